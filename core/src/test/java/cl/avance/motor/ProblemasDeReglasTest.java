package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.conReglas;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each common mistake in a rule file gives a Spanish message at the right line, with a hint. */
class ProblemasDeReglasTest {

    private static final String CABECERA = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.*\n";

    static Stream<Arguments> errores() {
        return Stream.of(
                Arguments.of("campo desconocido",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codgo == \"1.1\" )\nthen\nend\n",
                        "prueba/r.drl:6: el hecho CriterioDeUnidad no tiene el campo «codgo» (pista: ¿quiso decir «codigo»?)"),
                Arguments.of("tipo desconocido",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnida( codigo == \"1.1\" )\nthen\nend\n",
                        "prueba/r.drl:6: el tipo de hecho «CriterioDeUnida» no existe (pista: ¿quiso decir «CriterioDeUnidad»?)"),
                Arguments.of("código de indicador desconocido (compila, pero nunca se cumpliría)",
                        "rule \"a\"\nwhen\n  Brecha( indicador == \"TERRITORIO_DEFINID\" )\nthen\nend\n",
                        "prueba/r.drl:6: «TERRITORIO_DEFINID» no es un indicador del catálogo: la condición nunca se cumpliría"
                                + " (regla «a») (pista: ¿quiso decir «TERRITORIO_DEFINIDO»?)"),
                Arguments.of("error dentro de then (el compilador da la cabecera de la regla)",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n  insert( new Calificacion( $c, Avance.MAYOR ) );\nend\n",
                        "prueba/r.drl:8: «MAYOR» no existe (en el bloque then) (pista: revise el nombre; los avances son"
                                + " SIN_AVANCE, AVANCE_MENOR, AVANCE_MAYOR, NO_APLICA y SIN_INFORMACION)"),
                Arguments.of("constructor equivocado en then",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n  insert( new Calificacion( $c ) );\nend\n",
                        "prueba/r.drl:8: no se puede crear Calificacion con (CriterioDeUnidad) (en el bloque then)"
                                + " (pista: Calificacion se crea con new Calificacion(CriterioDeUnidad, Avance))"),
                Arguments.of("then mal escrito",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthn\n  insert( new Calificacion( $c, Avance.AVANCE_MAYOR ) );\nend\n",
                        "prueba/r.drl:8:3: no se esperaba «insert» aquí (regla «a») (pista: en la línea 7 dice «thn»: ¿quiso escribir «then»?)"),
                Arguments.of("when mal escrito",
                        "rule \"a\"\nwen\n  $c : CriterioDeUnidad()\nthen\nend\n",
                        "prueba/r.drl:5:1: no se esperaba «wen» aquí (regla «a») (pista: en la línea 5 dice «wen»: ¿quiso escribir «when»?)"),
                Arguments.of("condición mal escrita",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\",\n      cumpe( \"TERRITORIO_DEFINIDO\" ) == false )\nthen\nend\n",
                        "prueba/r.drl:6: el hecho CriterioDeUnidad no tiene la condición «cumpe( … )» (pista: ¿quiso decir «cumple»?)"),
                Arguments.of("condición con un argumento que no corresponde",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( cumple( 3 ) )\nthen\nend\n",
                        "prueba/r.drl:6: «cumple» no se puede usar con (Integer) (pista: se escribe cumple( String ))"),
                Arguments.of("falta end",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n  insert( new Calificacion( $c, Avance.AVANCE_MAYOR ) );\n",
                        "prueba/r.drl:9:1: el archivo termina antes de cerrar la regla (regla «a») (pista: falta «end» al final de la regla)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errores")
    void cadaErrorComunDaArchivoLineaMensajeYPista(String caso, String regla, String esperado) {
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", CABECERA + regla))));
        assertEquals(esperado, e.problemas().get(0).toString(), e.getMessage());
    }

    /** Drools reports a wrong condition three times (two phrasings); the author reads it once. */
    @Test
    void unaCondicionMalEscritaSeInformaUnaVez() {
        String regla = "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( cumpe( \"TERRITORIO_DEFINIDO\" ) == false )\nthen\nend\n";
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", CABECERA + regla))));
        assertEquals(1, e.problemas().size(), e.getMessage());
    }
}
