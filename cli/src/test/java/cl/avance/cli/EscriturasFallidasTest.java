package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails ends the command with exit 4 and a Spanish message, never 0. */
class EscriturasFallidasTest {

    private static final String SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml").toAbsolutePath().toString();

    @Test
    void laSalidaEstandarEnUnDiscoLlenoTermina4() throws Exception {
        for (String formato : List.of("texto", "json")) {
            ProcesoHijo.Resultado r = ProcesoHijo.correr(ProcesoHijo.constructor(List.of(), "evaluar", SENCE, "--formato", formato)
                    .redirectOutput(new File("/dev/full")));
            assertEquals(4, r.codigo(), formato + ": " + r.errores());
            assertTrue(r.errores().contains("no se pudo escribir en la salida estándar: el disco está lleno"), r.errores());
            r.sinTraza();
        }
    }

    @Test
    void unArchivoEnUnDiscoLlenoTermina4() {
        AvanceCliTest.Corrida c = AvanceCliTest.avance("evaluar", SENCE, "--salida", "/dev/full");
        assertEquals(4, c.codigo(), c.errores());
        assertTrue(c.errores().contains("no se pudo escribir en «/dev/full»"), c.errores());
        c.sinTraza();
    }

    @Test
    void elLimiteDeTamanoDeArchivoCortaElInformeYTermina4(@TempDir Path dir) throws Exception {
        Path informe = dir.resolve("informe.json");
        Files.writeString(informe, "anterior");
        String java = String.join(" ", ProcesoHijo.comando(List.of(), "evaluar", SENCE, "--formato", "json")
                .stream().map(a -> "'" + a + "'").toList());
        // To standard output: the shell's file is cut at 10 KiB.
        ProcesoHijo.Resultado r = ProcesoHijo.correr(new ProcessBuilder("bash", "-c", "ulimit -f 10; exec " + java)
                .redirectOutput(dir.resolve("salida.json").toFile()));
        assertEquals(4, r.codigo(), r.errores());
        assertTrue(r.errores().contains("ulimit -f"), r.errores());
        // To --salida: the previous file stays as it was, and no temporary file is left.
        r = ProcesoHijo.correr(new ProcessBuilder("bash", "-c", "ulimit -f 10; exec " + java + " --salida '" + informe + "'"));
        assertEquals(4, r.codigo(), r.errores());
        assertEquals("anterior", Files.readString(informe));
        try (var archivos = Files.list(dir)) {
            assertEquals(List.of(), archivos.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
        r.sinTraza();
    }

    @Test
    void unLoteHaciaUnaTuberiaCerradaSeDetieneEnPocosRegistrosYLosCuenta(@TempDir Path dir) throws Exception {
        Path lote = Lotes.generar(dir.resolve("lote.jsonl"), 5_000, 10);
        Process p = ProcesoHijo.constructor(List.of(), "evaluar", "--lote", lote.toString()).start();
        var errores = ProcesoHijo.leer(p.getErrorStream());
        p.getInputStream().readNBytes(100); // like «| head -c 100»
        p.getInputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "el lote siguió tras cerrarse la tubería");
        assertEquals(4, p.exitValue(), errores.get());
        Matcher escritos = Pattern.compile("se detuvo tras escribir (\\d+) registros completos").matcher(errores.get());
        assertTrue(escritos.find(), errores.get());
        assertTrue(Long.parseLong(escritos.group(1)) < 100, "se detuvo pronto: " + errores.get());
    }

    @Test
    void unaSalidaQueFallaEnSilencioSeDescubreAlFinal() {
        // A PrintWriter swallows errors; the final check (as coreutils' close_stdout) finds them.
        PrintWriter rota = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(new String[] {"validar"}, rota, new PrintWriter(err, true));
        assertEquals(4, codigo, err.toString());
        assertTrue(err.toString().startsWith("avance: no se pudo escribir en la salida estándar"), err.toString());
    }

    @Test
    void laAyudaYLaVersionEnUnDiscoLlenoTerminan4SinTraza() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-V"}, new String[] {"evaluar", "--ayuda"})) {
            // As Consola builds standard output in main: a stream that throws, under a PrintWriter.
            PrintWriter llena = new PrintWriter(new java.io.OutputStreamWriter(new FlujoVigilado(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            }, "la salida estándar"), java.nio.charset.StandardCharsets.UTF_8));
            StringWriter err = new StringWriter();
            assertEquals(4, Avance.ejecutar(args, llena, new PrintWriter(err, true)), err.toString());
            assertEquals("avance: no se pudo escribir en la salida estándar: el disco está lleno\n", err.toString());
        }
    }

    /** Big generated batches. */
    static final class Lotes {
        private Lotes() {
        }

        static Path generar(Path archivo, int lineas, int unidadesPorLinea) throws IOException {
            List<String> unidades = new ArrayList<>();
            for (int u = 0; u < unidadesPorLinea; u++) {
                unidades.add("{\"id\": \"u" + u + "\", \"nombre\": \"Unidad ñ\", "
                        + "\"criterios\": {\"1.1\": {\"indicadores\": {\"TERRITORIO_DEFINIDO\": true}}}}");
            }
            String linea = "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": ["
                    + String.join(",", unidades) + "]}\n";
            try (var w = Files.newBufferedWriter(archivo)) {
                for (int i = 0; i < lineas; i++) {
                    w.write(linea);
                }
            }
            return archivo;
        }
    }
}
