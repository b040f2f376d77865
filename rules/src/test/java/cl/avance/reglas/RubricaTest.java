package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.indicador;


import static cl.avance.modelo.Avance.AVANCE_MAYOR;
import static cl.avance.modelo.Avance.AVANCE_MENOR;
import static cl.avance.modelo.Avance.NO_APLICA;
import static cl.avance.modelo.Avance.SIN_AVANCE;
import static cl.avance.modelo.Avance.SIN_INFORMACION;
import static cl.avance.reglas.MotorCompartido.avance;
import static cl.avance.reglas.MotorCompartido.calificar;
import static cl.avance.reglas.MotorCompartido.criterio;
import static cl.avance.reglas.MotorCompartido.soloCumplidos;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.ResultadoCriterio;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the methodology's default rubric, criterion by criterion. */
class RubricaTest {

    @Nested
    @DisplayName("1.1 Perspectiva territorial del programa")
    class Criterio11 {
        @Test
        void sinTerritorioNoHayAvanceAunqueSeCumplaTodoLoDemas() {
            assertEquals(SIN_AVANCE, avance(soloCumplidos(criterio("1.1"),
                    indicador("PROBLEMA_COMUN"), indicador("DIAGNOSTICO_COMPARTIDO"), indicador("AGENDA_COMPARTIDA"), indicador("ACCIONES_COMPLEMENTARIAS"))));
        }

        @Test
        void territorioNoInformadoCuentaComoNoCumplido() {
            CriterioInformado c = criterio(criterio("1.1"),
                    List.of(indicador("PROBLEMA_COMUN"), indicador("DIAGNOSTICO_COMPARTIDO"), indicador("AGENDA_COMPARTIDA"), indicador("ACCIONES_COMPLEMENTARIAS")), List.of());
            ResultadoCriterio r = calificar(c);
            assertEquals(SIN_AVANCE, r.avance());
            assertEquals(List.of(indicador("TERRITORIO_DEFINIDO")), r.indicadoresSinInformacion());
            assertEquals(List.of("1.1 Sin avance: el territorio no está definido"), r.reglas());
        }

        @Test
        void territorioDefinidoSoloEsAvanceMenor() {
            assertEquals(AVANCE_MENOR, avance(soloCumplidos(criterio("1.1"), indicador("TERRITORIO_DEFINIDO"))));
        }

        @Test
        void territorioYTodoMenosUnoEsAvanceMenor() {
            assertEquals(AVANCE_MENOR, avance(soloCumplidos(criterio("1.1"),
                    indicador("TERRITORIO_DEFINIDO"), indicador("PROBLEMA_COMUN"), indicador("DIAGNOSTICO_COMPARTIDO"), indicador("AGENDA_COMPARTIDA"))));
        }

        @Test
        void losCincoCumplidosEsAvanceMayor() {
            ResultadoCriterio r = calificar(soloCumplidos(criterio("1.1"), criterio("1.1").indicadores().toArray(Indicador[]::new)));
            assertEquals(AVANCE_MAYOR, r.avance());
            assertEquals(List.of("1.1 Avance mayor: se cumplen los cinco indicadores"), r.reglas());
            assertEquals(List.of(), r.recomendaciones());
        }
    }

    static Stream<Arguments> escalaDeTresIndicadores() {
        return Stream.of(criterio("1.2"), criterio("1.3")).flatMap(c -> {
            List<Indicador> ind = c.indicadores();
            return Stream.of(
                    Arguments.of(c, List.<Indicador>of(), SIN_AVANCE),
                    Arguments.of(c, List.of(ind.get(0)), AVANCE_MENOR),
                    Arguments.of(c, List.of(ind.get(2)), AVANCE_MENOR),
                    Arguments.of(c, List.of(ind.get(0), ind.get(1)), AVANCE_MENOR),
                    Arguments.of(c, ind, AVANCE_MAYOR));
        });
    }

    @ParameterizedTest(name = "{0} con {1} cumplidos: {2}")
    @MethodSource("escalaDeTresIndicadores")
    void criterios12y13(Criterio criterio, List<Indicador> cumplidos, Avance esperado) {
        assertEquals(esperado, avance(soloCumplidos(criterio, cumplidos.toArray(Indicador[]::new))));
    }

    @Test
    void criterio12ConDesarrolloPeroSinIndicadoresEsSinAvance() {
        ResultadoCriterio r = calificar(CriterioInformado.conIndicadores(criterio("1.2"), Map.of())
                .conDesarrollo("Se informa a las instancias."));
        assertEquals(SIN_AVANCE, r.avance());
        assertEquals(criterio("1.2").indicadores(), r.indicadoresSinInformacion());
    }

    @Nested
    @DisplayName("2.1 Información de interés regional")
    class Criterio21 {
        @Test
        void procedimientoYEntregaSinNingunaInformacionEsSinAvance() {
            assertEquals(SIN_AVANCE, avance(soloCumplidos(criterio("2.1"), indicador("PROCEDIMIENTO_ACORDADO"), indicador("ENTREGA_PERIODICA"))));
        }

        @Test
        void ningunoEsSinAvance() {
            assertEquals(SIN_AVANCE, avance(soloCumplidos(criterio("2.1"))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"INFO_OFERTA", "INFO_GASTOS", "INFO_INVERSIONES", "INFO_BENEFICIARIOS"})
        void unaInformacionBastaParaAvanceMenor(String info) {
            assertEquals(AVANCE_MENOR, avance(soloCumplidos(criterio("2.1"), indicador(info))));
        }

        @Test
        void lasCuatroInformacionesSinProcedimientoEsAvanceMenor() {
            assertEquals(AVANCE_MENOR, avance(soloCumplidos(criterio("2.1"),
                    indicador("INFO_OFERTA"), indicador("INFO_GASTOS"), indicador("INFO_INVERSIONES"), indicador("INFO_BENEFICIARIOS"), indicador("ENTREGA_PERIODICA"))));
        }

        @Test
        void losSeisEsAvanceMayor() {
            assertEquals(AVANCE_MAYOR, avance(soloCumplidos(criterio("2.1"), criterio("2.1").indicadores().toArray(Indicador[]::new))));
        }
    }

    @Nested
    @DisplayName("Precedencia: No aplica, luego Sin información, luego la escala")
    class Precedencia {
        @ParameterizedTest
        @ValueSource(strings = {"1.1", "1.2", "1.3", "2.1"})
        void noAplicaPrimaSobreIndicadoresYDesarrollo(String codigo) {
            Criterio criterio = criterio(codigo);
            CriterioInformado c = new CriterioInformado(criterio,
                    Map.of(criterio.indicadores().get(0), true), AVANCE_MAYOR, "texto", List.of(),
                    "El nivel central no tiene programa territorial", java.util.Set.of());
            ResultadoCriterio r = calificar(c);
            assertEquals(NO_APLICA, r.avance());
            assertEquals(List.of("Un criterio que la unidad declara no aplicable queda como No aplica"), r.reglas());
            assertEquals(List.of(), r.recomendaciones());
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.1", "1.2", "1.3", "2.1"})
        void criterioOmitidoEsSinInformacion(String codigo) {
            Criterio criterio = criterio(codigo);
            ResultadoCriterio r = MotorCompartido.MOTOR.evaluar(MotorCompartido.evaluacion(MotorCompartido.unidad("u")))
                    .unidades().get(0).criterio(criterio);
            assertEquals(SIN_INFORMACION, r.avance());
            assertEquals(criterio.indicadores(), r.indicadoresSinInformacion());
            assertEquals(List.of("REC-COMPLETAR_REPORTE"), r.recomendaciones().stream().map(x -> x.codigo()).toList());
        }

        @Test
        void criterioPresenteSinIndicadoresNiDesarrolloEsSinInformacion() {
            CriterioInformado c = CriterioInformado.conIndicadores(criterio("1.3"), Map.of()).conDesarrollo("   ");
            assertEquals(SIN_INFORMACION, avance(c));
        }

        @Test
        void unSoloIndicadorAusenteYaEsInformacion() {
            assertEquals(SIN_AVANCE, avance(criterio(criterio("1.3"), List.of(), List.of(indicador("ACUERDO_FORMAL")))));
        }
    }
}
