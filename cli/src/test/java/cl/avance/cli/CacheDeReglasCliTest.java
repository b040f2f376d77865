package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.CacheDeReglas;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands use the compiled-rules cache without being asked, and what it gives grades as the packaged rules. */
class CacheDeReglasCliTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");

    @Test
    void unaCarpetaSinCambiosSeCalificaConLaEntradaDeLaCache(@TempDir Path dir) throws Exception {
        Path metodologia = dir.resolve("metodologia");
        Path cache = dir.resolve("cache");
        avance("metodologia", "exportar", metodologia.toString());
        // An earlier command left the entry (built here directly, not by the background process).
        Motor.con(Metodologia.desdeCarpeta(metodologia), CacheDeReglas.en(cache));
        Path entrada;
        try (Stream<Path> archivos = Files.list(cache)) {
            List<Path> entradas = archivos.filter(p -> p.getFileName().toString().endsWith(".kjar")).toList();
            assertEquals(1, entradas.size());
            entrada = entradas.get(0);
        }
        FileTime antes = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(entrada, antes);

        String activa = System.getProperty(CacheDeReglas.PROPIEDAD_ACTIVA);
        String carpeta = System.getProperty(CacheDeReglas.PROPIEDAD_CARPETA);
        try {
            System.setProperty(CacheDeReglas.PROPIEDAD_ACTIVA, "true");
            System.setProperty(CacheDeReglas.PROPIEDAD_CARPETA, cache.toString());
            String[] desdeLaCarpeta = avance("evaluar", SENCE.toString(), "--formato", "json", "--metodologia", metodologia.toString());
            // A hit marks the entry as used.
            assertTrue(Files.getLastModifiedTime(entrada).compareTo(antes) > 0, "la entrada no se usó");
            String[] empaquetadas = avance("evaluar", SENCE.toString(), "--formato", "json");
            assertEquals(empaquetadas[0], desdeLaCarpeta[0]);
            assertEquals("", desdeLaCarpeta[1]);

            String[] validar = avance("validar", "--metodologia", metodologia.toString());
            assertTrue(validar[0].contains("está bien"), validar[0] + validar[1]);
            // Only the entry: a hit starts no builder.
            try (Stream<Path> archivos = Files.list(cache)) {
                assertEquals(List.of(entrada), archivos.toList());
            }
        } finally {
            restaurar(CacheDeReglas.PROPIEDAD_ACTIVA, activa);
            restaurar(CacheDeReglas.PROPIEDAD_CARPETA, carpeta);
        }
    }

    /** Standard output and standard error of one in-process run. */
    private static String[] avance(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Avance.ejecutar(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {out.toString(), err.toString()};
    }

    private static void restaurar(String propiedad, String valor) {
        if (valor == null) {
            System.clearProperty(propiedad);
        } else {
            System.setProperty(propiedad, valor);
        }
    }
}
