package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.conReglas;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.modelo.Avance;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way rules/README.md tells policy staff to ask about a criterion's indicators compiles and means
 * what the guide says. The unit reports 1.2 with PROGRAMA_INFORMADO and PROGRAMA_PRESENTADO met,
 * PROGRAMA_ACORDADO absent.
 */
class VocabularioDeReglasTest {

    private static final Evaluacion UNIDAD = new Evaluacion("S", null, 2008, List.of(new Unidad("u", "U", Map.of(
            criterio("1.2"), CriterioInformado.conIndicadores(criterio("1.2"), Map.of(
                    indicador("PROGRAMA_INFORMADO"), true,
                    indicador("PROGRAMA_PRESENTADO"), true,
                    indicador("PROGRAMA_ACORDADO"), false))))));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "cumple( \"PROGRAMA_INFORMADO\" )                                  | true",
            "cumple( \"PROGRAMA_ACORDADO\" )                                   | false",
            "cumple( \"PROGRAMA_ACORDADO\" ) == false                          | true",
            "cumpleAlguno                                                            | true",
            "cumpleAlguno == false                                                   | false",
            "cumpleTodos                                                             | false",
            "cumpleTodos == false                                                    | true",
            "cumpleAlgunoDe( \"PROGRAMA_ACORDADO\", \"PROGRAMA_PRESENTADO\" ) | true",
            "cumpleAlgunoDe( \"PROGRAMA_ACORDADO\" )                           | false",
            "cumplidos.size() >= 2                                                   | true",
            "cumplidos.size() >= 3                                                   | false",
            "noCumplidos contains \"PROGRAMA_ACORDADO\"                        | true",
    })
    void cadaFormaDeLaGuiaSignificaLoQueDice(String condicion, boolean esperado) {
        String drl = """
                package prueba
                import cl.avance.hechos.*
                import cl.avance.modelo.Avance

                rule "se cumple"
                when
                    $c : CriterioDeUnidad( codigo == "1.2", %1$s )
                then
                    insert( new Calificacion( $c, Avance.AVANCE_MAYOR ) );
                end

                rule "no se cumple"
                when
                    $c : CriterioDeUnidad( codigo == "1.2" )
                    not CriterioDeUnidad( this == $c, %1$s )
                then
                    insert( new Calificacion( $c, Avance.SIN_AVANCE ) );
                end

                rule "los demás criterios"
                when
                    $c : CriterioDeUnidad( codigo != "1.2" )
                then
                    insert( new Calificacion( $c, Avance.NO_APLICA ) );
                end
                """.formatted(condicion);
        Motor motor = Motor.con(conReglas(Map.of("prueba/reglas.drl", drl)));
        Avance avance = motor.evaluar(UNIDAD).unidades().get(0).criterio(criterio("1.2")).avance();
        assertEquals(esperado ? Avance.AVANCE_MAYOR : Avance.SIN_AVANCE, avance);
    }
}
