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

/** Each kind of mistake in a rule file: `avance validar` names file and line, and exits with 3. */
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
                Arguments.of("constante desconocida", "rule \"a\"\nwhen\n  Brecha( indicador == \"PROGRAMA_ACORDAD\" )\n"
                        + "then\nend\n", "prueba/r.drl:6: «PROGRAMA_ACORDAD» no es un valor de Indicador"),
                Arguments.of("error en then", "rule \"a\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n"
                        + "  insert( new Calificacion( $c, Avance.MAYOR ) );\nend\n", "prueba/r.drl:8: «MAYOR» no existe (en el bloque then)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errores")
    void validarDaArchivoLineaYCodigo3(String caso, String regla, String esperado, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("prueba"));
        Files.writeString(dir.resolve("prueba/r.drl"), CABECERA + regla);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(new String[] {"validar", "--reglas", dir.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(3, codigo, err.toString());
        assertTrue(err.toString().contains(esperado), err.toString());
        assertTrue(err.toString().contains("pista: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
