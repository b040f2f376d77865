package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI's main class in a separate JVM with the test class path: what only a real process shows
 * (exit codes set by System.exit or signals, file descriptors, the JVM's decoding of arguments).
 */
final class ProcesoHijo {

    record Resultado(int codigo, String salida, String errores) {
        void sinTraza() {
            assertTrue(!errores.contains("\tat ") && !errores.contains("Exception"), errores);
        }
    }

    /** One thread per stream: the common pool may have a single thread on a small machine. */
    private static final ExecutorService LECTORES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lector-de-proceso");
        t.setDaemon(true);
        return t;
    });

    private ProcesoHijo() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The command line that runs {@code avance args} with {@code jvm} options. */
    static List<String> comando(List<String> jvm, String... args) {
        List<String> comando = new ArrayList<>();
        comando.add(java());
        comando.add("-XX:TieredStopAtLevel=1");
        comando.add("-XX:+UseSerialGC");
        comando.addAll(jvm);
        comando.add("-cp");
        comando.add(System.getProperty("java.class.path"));
        comando.add("cl.avance.cli.Avance");
        comando.addAll(List.of(args));
        return comando;
    }

    static ProcessBuilder constructor(List<String> jvm, String... args) {
        return new ProcessBuilder(comando(jvm, args));
    }

    static Resultado correr(String... args) throws Exception {
        return correr(constructor(List.of(), args));
    }

    static Resultado correr(ProcessBuilder pb) throws Exception {
        return correr(pb, Map.of());
    }

    /** Starts {@code pb}, collects both outputs as UTF-8, waits at most two minutes. */
    static Resultado correr(ProcessBuilder pb, Map<String, String> entorno) throws Exception {
        pb.environment().putAll(entorno);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> salida = leer(p.getInputStream());
        CompletableFuture<String> errores = leer(p.getErrorStream());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "el proceso no terminó");
        return new Resultado(p.exitValue(), salida.get(), errores.get());
    }

    static CompletableFuture<String> leer(InputStream flujo) {
        return CompletableFuture.supplyAsync(() -> {
            try (flujo) {
                return new String(flujo.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, LECTORES);
    }
}
