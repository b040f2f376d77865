package cl.avance.cli;

import static cl.avance.cli.AvanceCliTest.avance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules folders that must not run: refused by the allow-list or for a link outside the folder (exit 3), and
 * {@code --plazo}: a rule that passes the allow-list but takes too long ends the command with exit 3 and the
 * message, on time (in a child JVM: the command halts the JVM).
 */
class PoliticaYPlazoCliTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");

    /** Allowed by the allow-list: value types only; slow because each firing computes a huge power. */
    private static final String LENTA = """
            package cl.avance.reglas.revision
            import cl.avance.hechos.CriterioDeUnidad
            import java.math.BigInteger
            rule "Calcula una potencia enorme una y otra vez"
            when
                $c : CriterioDeUnidad( codigo == "1.1" )
            then
                int bits = BigInteger.valueOf( 3 ).pow( 2000000 ).bitLength();
                update( $c );
            end
            """;

    private static Process avanceEnOtraJvm(String... args) throws Exception {
        List<String> comando = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "cl.avance.cli.Avance"));
        comando.addAll(List.of(args));
        return new ProcessBuilder(comando).redirectErrorStream(true).start();
    }

    @Test
    void unaReglaLentaSeDetieneAlPlazoConCodigo3(@TempDir Path dir) throws Exception {
        Path reglas = dir.resolve("r");
        assertEquals(0, avance("metodologia", "exportar", reglas.toString()).codigo());
        Files.writeString(reglas.resolve("revision/lenta.drl"), LENTA);

        long inicio = System.nanoTime();
        Process p = avanceEnOtraJvm("evaluar", SENCE.toString(), "--metodologia", reglas.toString(), "--plazo", "2");
        String salida = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        long segundos = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - inicio);
        assertEquals(3, p.exitValue(), salida);
        assertTrue(salida.contains("La evaluación no terminó en el plazo de 2 s y se detuvo. "
                + "La última regla en dispararse fue «Calcula una potencia enorme una y otra vez»."), salida);
        assertTrue(salida.contains("--plazo SEGUNDOS"), salida);
        assertFalse(salida.contains("lista permitida"), "la regla lenta cumple la política; la detiene el plazo: " + salida);
        assertTrue(!salida.contains("\tat ") && !salida.contains("Exception"), "sin traza: " + salida);
        // Generous: the child JVM compiles the rules first, on a machine that may be busy.
        assertTrue(segundos < 60, "terminó en " + segundos + " s");
    }

    @Test
    void unPlazoNegativoEsUnErrorDeUso() {
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--plazo", "-1");
        assertEquals(2, c.codigo());
        assertTrue(c.errores().contains("--plazo debe ser un número de segundos positivo"), c.errores());
    }

    @Test
    void unaCarpetaConSystemExitSeRechazaEnValidarYEnEvaluar(@TempDir Path dir) throws Exception {
        Path reglas = dir.resolve("r");
        assertEquals(0, avance("metodologia", "exportar", reglas.toString()).codigo());
        Files.writeString(reglas.resolve("revision/salir.drl"), """
                package cl.avance.reglas.revision
                import cl.avance.hechos.CriterioDeUnidad
                rule "Sale"
                when
                    $c : CriterioDeUnidad()
                then
                    System.exit( 0 );
                end
                """);
        Path lote = Files.writeString(dir.resolve("l.jsonl"), "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, "
                + "\"unidades\": [{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {}}]}\n");
        List<String[]> comandos = List.of(
                new String[] {"validar", "--metodologia", reglas.toString()},
                new String[] {"evaluar", SENCE.toString(), "--metodologia", reglas.toString()},
                new String[] {"evaluar", "--lote", lote.toString(), "--metodologia", reglas.toString()},
                new String[] {"probar", "--metodologia", reglas.toString()});
        for (String[] argumentos : comandos) {
            String comando = String.join(" ", argumentos);
            AvanceCliTest.Corrida c = avance(argumentos);
            assertEquals(3, c.codigo(), comando + ": " + c.errores());
            assertTrue(c.errores().contains("revision/salir.drl:7: «System» no está en la lista permitida"),
                    comando + ": " + c.errores());
            assertEquals("", c.salida(), comando);
        }
    }

    @Test
    void unEnlaceFueraDeLaCarpetaSeRechazaConCodigo3(@TempDir Path dir) throws Exception {
        Path reglas = dir.resolve("r");
        assertEquals(0, avance("metodologia", "exportar", reglas.toString()).codigo());
        Path fuera = Files.writeString(dir.resolve("fuera.drl"), "package x\n");
        Files.createSymbolicLink(reglas.resolve("revision/enlace.drl"), fuera);
        AvanceCliTest.Corrida c = avance("validar", "--metodologia", reglas.toString());
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("revision/enlace.drl: es un enlace a"), c.errores());
    }
}
