package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of mistake in a rule file, of syntax or of meaning: `avance validar` names file and line, and exits with 3. */
class ValidarErroresTest {

    private static final String CABECERA = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.*\n";

    static Stream<Arguments> errores() {
        return Stream.of(
                Arguments.of("error de sintaxis", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthn\n"
                        + "  insert( new Calificacion( $c, Avance.AVANCE_MAYOR ) );\nend\n", "prueba/r.drl:8:3: no se esperaba «insert»"),
                Arguments.of("campo desconocido", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codgo == \"1.1\" )\nthen\nend\n",
                        "prueba/r.drl:6: el hecho CriterioDeUnidad no tiene el campo «codgo»"),
                Arguments.of("tipo desconocido", "rule \"a\"\nwhen\n  $c : CriterioDeUnida()\nthen\nend\n",
                        "prueba/r.drl:6: el tipo de hecho «CriterioDeUnida» no existe"),
                Arguments.of("indicador desconocido", "rule \"a\"\nwhen\n  Brecha( indicador == \"PROGRAMA_ACORDAD\" )\n"
                        + "then\nend\n", "prueba/r.drl:6: «PROGRAMA_ACORDAD» no es un indicador del catálogo"),
                Arguments.of("indicador desconocido en cumple, en otra línea", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\",\n"
                        + "     cumple( \"TERRITORIO_DEFINID\" ) )\nthen\nend\n", "prueba/r.drl:7: «TERRITORIO_DEFINID» no es un indicador del catálogo"),
                Arguments.of("criterio desconocido", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1,2\" )\n"
                        + "then\nend\n", "prueba/r.drl:6: «1,2» no es un criterio del catálogo"),
                Arguments.of("instancia desconocida", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( instancias contains \"GOBIERNO_REGINAL\" )\n"
                        + "then\nend\n", "prueba/r.drl:6: «GOBIERNO_REGINAL» no es una instancia del catálogo"),
                Arguments.of("palabra entre comillas contra un avance", "rule \"a\"\nwhen\n"
                        + "  $c : CriterioDeUnidad( autoevaluacion == \"AVANCE_MAYOR\" )\nthen\nend\n",
                        "prueba/r.drl:6: «autoevaluacion» es un Avance y se compara con el texto \"AVANCE_MAYOR\""),
                Arguments.of("el mismo nombre de regla dos veces", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\nend\n"
                        + "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\nend\n", "prueba/r.drl:9: la regla «a» ya existe en prueba/r.drl:4"),
                Arguments.of("error en then", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n"
                        + "  insert( new Calificacion( $c, Avance.MAYOR ) );\nend\n", "prueba/r.drl:8: «MAYOR» no existe (en el bloque then)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errores")
    void validarDaArchivoLineaYCodigo3(String caso, String regla, String esperado, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("prueba"));
        Files.writeString(dir.resolve("prueba/r.drl"), CABECERA + regla);
        Files.writeString(dir.resolve("metodologia.yaml"), cl.avance.motor.Metodologia.porDefecto().archivos().get("metodologia.yaml"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(new String[] {"validar", "--metodologia", dir.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(3, codigo, err.toString());
        assertTrue(err.toString().contains(esperado), err.toString());
        assertTrue(err.toString().contains("pista: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
