package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the process ends when something other than the command ends it, in a separate JVM: a signal
 * mid-batch, a rule that calls System.exit, a rule that prints.
 *
 * <p>The rules here run Java that the rules-folder allow-list will refuse when it lands; these tests then
 * check the second line of defence, and should run with the allow-list bypassed or be adapted to assert
 * the refusal (exit 3 from validation) instead.
 */
class TerminacionTest {

    private static final String SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml").toAbsolutePath().toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> temporales(Path dir) throws Exception {
        try (var archivos = Files.list(dir)) {
            return archivos.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void sigtermEnMedioDeUnLoteHaciaLaSalidaEstandarNoCortaNingunaLinea(@TempDir Path dir) throws Exception {
        Path lote = EscriturasFallidasTest.Lotes.generar(dir.resolve("lote.jsonl"), 20_000, 10);
        // Files, not pipes: Process.destroy() closes the pipes it reads from.
        Path salida = dir.resolve("salida.jsonl");
        Path errores = dir.resolve("errores.txt");
        Process p = ProcesoHijo.constructor(List.of(), "evaluar", "--lote", lote.toString())
                .redirectOutput(salida.toFile()).redirectError(errores.toFile()).start();
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.size(salida) == 0) {
            assertTrue(System.nanoTime() < limite && p.isAlive(), "el lote no escribió nada: " + Files.readString(errores));
            Thread.sleep(20);
        }
        Thread.sleep(300);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), Files.readString(errores));
        assertTrue(Files.readString(errores).contains("interrumpido (SIGTERM)"), Files.readString(errores));
        String texto = Files.readString(salida);
        assertTrue(texto.endsWith("\n"), "la última línea está entera");
        List<String> lineas = texto.lines().toList();
        assertTrue(lineas.size() < 20_000, "se detuvo antes del final: " + lineas.size());
        for (String linea : lineas) {
            assertEquals(1, JSON.readTree(linea).get("formato").asInt(), linea);
        }
    }

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void unaSenalEnMedioDeUnLoteHaciaUnArchivoNoDejaTemporalesNiTocaElAnterior(String senal, int codigo, @TempDir Path dir)
            throws Exception {
        Path lote = EscriturasFallidasTest.Lotes.generar(dir.resolve("lote.jsonl"), 20_000, 10);
        Path destino = Files.writeString(dir.resolve("resultados.jsonl"), "anterior\n");
        Path errores = dir.resolve("errores.txt");
        Process p = ProcesoHijo.constructor(List.of(), "evaluar", "--lote", lote.toString(), "--salida", destino.toString())
                .redirectError(errores.toFile()).start();
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (temporales(dir).isEmpty() || Files.size(temporales(dir).get(0)) == 0) {
            assertTrue(System.nanoTime() < limite && p.isAlive(), "no apareció el archivo temporal: " + Files.readString(errores));
            Thread.sleep(20);
        }
        assertEquals(0, new ProcessBuilder("kill", "-" + senal, String.valueOf(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(codigo, p.exitValue(), Files.readString(errores));
        assertTrue(Files.readString(errores).contains("interrumpido (SIG" + senal + ")"), Files.readString(errores));
        assertEquals(List.of(), temporales(dir));
        assertEquals("anterior\n", Files.readString(destino));
    }

    @Test
    void unaReglaQueLlamaASystemExitSeRechazaAntesDeCorrerConCodigo3(@TempDir Path dir) throws Exception {
        Path reglas = reglasCon(dir, "System.exit(0);");
        ProcesoHijo.Resultado r = ProcesoHijo.correr("evaluar", SENCE, "--metodologia", reglas.toString(), "--formato", "json");
        assertEquals(3, r.codigo(), r.errores());
        assertTrue(r.errores().contains("revision/hostil.drl:7: «System» no está en la lista permitida"), r.errores());
        assertEquals("", r.salida());
    }

    @Test
    void siAunAsiAlgoPideTerminarConCeroMientrasCorreElComandoTerminaConCodigo3() throws Exception {
        // The second line of defence, for what the allow-list could miss: the exit hook.
        List<String> comando = new java.util.ArrayList<>(List.of(ProcesoHijo.java(), "-cp",
                System.getProperty("java.class.path"), SalidaPrematura.class.getName()));
        ProcesoHijo.Resultado r = ProcesoHijo.correr(new ProcessBuilder(comando));
        assertEquals(3, r.codigo(), r.errores());
        assertTrue(r.errores().contains("una regla pidió terminar el programa (System.exit)"), r.errores());
    }

    @Test
    void unaReglaQueImprimeSeRechazaYNadaLlegaALaSalida(@TempDir Path dir) throws Exception {
        Path reglas = reglasCon(dir, "System.out.println(\"ruido de una regla\");");
        ProcesoHijo.Resultado r = ProcesoHijo.correr("evaluar", SENCE, "--metodologia", reglas.toString(), "--formato", "json");
        assertEquals(3, r.codigo(), r.errores());
        assertEquals("", r.salida());
        assertTrue(r.errores().contains("«System» no está en la lista permitida"), r.errores());
    }

    @Test
    void unaReglaConUnBucleQueAgotariaLaMemoriaSeRechazaConCodigo3(@TempDir Path dir) throws Exception {
        Path reglas = reglasCon(dir, """
                java.util.List l = new java.util.ArrayList();
                    while (l.size() >= 0) { l.add(new long[1000000]); }""");
        AvanceCliTest.Corrida c = AvanceCliTest.avance("evaluar", SENCE, "--metodologia", reglas.toString());
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("revision/hostil.drl:"), c.errores());
        c.sinTraza();
    }

    @Test
    void unaFuncionQueSeLlamaASiMismaSeRechazaConCodigo3(@TempDir Path dir) throws Exception {
        Path reglas = reglasCon(dir, "sinFin(0);");
        Path archivo = reglas.resolve("revision/hostil.drl");
        Files.writeString(archivo, Files.readString(archivo).replace("rule ",
                "function int sinFin(int n) { return sinFin(n + 1); }\nrule "));
        AvanceCliTest.Corrida c = AvanceCliTest.avance("evaluar", SENCE, "--metodologia", reglas.toString());
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("revision/hostil.drl:"), c.errores());
        c.sinTraza();
    }

    /** The default methodology plus one rule that runs {@code java} once per criterion of each unit. */
    private static Path reglasCon(Path dir, String java) throws Exception {
        Path reglas = dir.resolve("reglas");
        assertEquals(0, AvanceCliTest.avance("metodologia", "exportar", reglas.toString()).codigo());
        Files.writeString(reglas.resolve("revision/hostil.drl"), """
                package cl.avance.reglas.revision
                import cl.avance.hechos.CriterioDeUnidad
                rule "Regla hostil de prueba: ejecuta Java cualquiera"
                when
                    $c : CriterioDeUnidad()
                then
                    %s
                end
                """.formatted(java));
        return reglas;
    }
}
