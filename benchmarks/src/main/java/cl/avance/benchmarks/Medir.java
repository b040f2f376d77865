package cl.avance.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every measurement in one go and writes the table to docs/benchmarks.md. Run from the repository root
 * by scripts/benchmarks.sh. This machine is noisy: the figures that matter are the ratios measured side by
 * side in the same run.
 */
public final class Medir {

    private static final int CORRIDAS_DE_ARRANQUE = 7;
    private static final int JVMS_ALTERNADAS = 3;

    private Medir() {
    }

    public static void main(String[] args) throws Exception {
        Path destino = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\nOne run of `scripts/benchmarks.sh` on ").append(LocalDate.now()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(". JMH: JVMs with `-XX:+UseParallelGC` and a fixed heap, 1 fork, 3 × 1 s warm-up, 5 × 1 s measurement (cost per unit: 3 forks, 2 × 1 s warm-up, 3 × 1 s measurement; single-shot runs: no warm-up, 2 measured).\n")
                .append("Absolute times on this machine are noisy; the ratios are measured side by side in the same run.\n");

        // 1. Per-unit cost, engine against plain Java.
        // Three forks, spread over a couple of minutes, so that a slow spell of this shared machine does not
        // land on one side of the ratio only; each score is the mean over the forks.
        Collection<RunResult> costo = correr(base().include(CostoPorUnidad.class.getName()).forks(3)
                .warmupIterations(2).measurementIterations(3));
        md.append("\n## Grading cost per unit: engine against plain Java\n\n")
                .append("JMH, each benchmark in turn; the ratio against the target is measured below in alternating rounds.\n\n")
                .append("| units per evaluation | engine µs/unit | plain Java µs/unit | ratio | same rules compiled at start µs/unit | engine with one rule µs/unit (ratio) |\n|---:|---:|---:|---:|---:|---:|\n");
        for (String n : List.of("14", "1000")) {
            double motor = puntaje(costo, "motor", "unidades", n) / Integer.parseInt(n);
            double java = puntaje(costo, "javaPlano", "unidades", n) / Integer.parseInt(n);
            double compilado = puntaje(costo, "motorCompilado", "unidades", n) / Integer.parseInt(n);
            double unaRegla = puntaje(costo, "motorUnaRegla", "unidades", n) / Integer.parseInt(n);
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.3f | %.1f× | %.2f | %.2f (%.1f×) |%n", n, motor, java,
                    motor / java, compilado, unaRegla, unaRegla / java));
        }

        // 2. The two target ratios, in alternating rounds (see Alternado for why not JMH). How well the engine
        // scales varies from one JVM to the next here, so Alternado runs in three JVMs and the verdict is the
        // median of their medians.
        md.append("\n## The target ratios, in alternating rounds\n\n")
                .append("`Alternado` alternates one-second rounds in one JVM, ten series of: engine 1 thread, plain Java 1 thread, "
                        + "engine 2 threads, plain Java 2 threads (14-unit evaluations), and takes the median of each ratio over "
                        + "the series. It runs in ").append(JVMS_ALTERNADAS).append(" JVMs one after the other.\n\n")
                .append("| JVM | cost per unit, engine / plain Java | engine evaluations/s, 1 thread | 2 threads | engine speed-up | plain Java speed-up |\n|---:|---:|---:|---:|---:|---:|\n");
        List<Double> costos = new ArrayList<>();
        List<Double> aceleraciones = new ArrayList<>();
        List<Double> controles = new ArrayList<>();
        for (int jvm = 1; jvm <= JVMS_ALTERNADAS; jvm++) {
            String[] alternado = alternado();
            costos.add(Double.parseDouble(valor(alternado, "costo")));
            aceleraciones.add(Double.parseDouble(valor(alternado, "motor")));
            controles.add(Double.parseDouble(valor(alternado, "control")));
            md.append(String.format(Locale.ROOT, "| %d | %.1f× | %s | %s | %.2f× | %.2f× |%n", jvm, costos.get(jvm - 1),
                    valor(alternado, "motor1"), valor(alternado, "motor2"), aceleraciones.get(jvm - 1), controles.get(jvm - 1)));
        }
        double costoMediano = mediana(costos);
        double aceleracion = mediana(aceleraciones);
        md.append(String.format(Locale.ROOT, "%nMedians: cost per unit, engine against plain Java, **%.1f×** (target ≤ 5×: %s); "
                        + "speed-up with 2 threads, engine **%.2f×** (target ≥ 1.6×: %s), plain Java as a control of what this "
                        + "machine gives %.2f×.%n",
                costoMediano, costoMediano <= 5 ? "met" : "**not met**", aceleracion, aceleracion >= 1.6 ? "met" : "**not met**",
                mediana(controles)));

        // 3. Units per evaluation, one session each.
        Collection<RunResult> escala = correr(new OptionsBuilder().include(Escala.class.getName()).forks(1)
                .warmupIterations(0).measurementIterations(2).jvmArgsAppend("-XX:+UseParallelGC", "-Xms16g", "-Xmx16g"));
        md.append("\n## Units per evaluation (one session per evaluation)\n\n")
                .append("| units | ms per evaluation | µs per unit |\n|---:|---:|---:|\n");
        for (String n : List.of("14", "1000", "100000")) {
            double ms = puntaje(escala, "evaluar", "unidades", n);
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", n, ms, ms * 1000 / Integer.parseInt(n)));
        }

        // 4. Number of rules (compiled from source, as rules from a folder are).
        Collection<RunResult> reglas = correr(base().include(CantidadDeReglas.class.getName()));
        md.append("\n## Number of rules (14-unit evaluations, rules compiled from source)\n\n")
                .append("| rules | µs per evaluation | µs per unit |\n|---:|---:|---:|\n");
        for (String n : List.of("0", "100", "1000")) {
            double us = puntaje(reglas, "evaluar", "reglasExtra", n);
            md.append(String.format(Locale.ROOT, "| 36 + %s | %.0f | %.1f |%n", n, us, us / 14));
        }

        // 5. Whole process: the CLI printing the SENCE report.
        double empaquetadas = arranque();
        double carpeta = arranque("--reglas", "rules/src/main/resources");
        md.append("\n## Time to the SENCE 2007 report, whole process (`./avance evaluar`, median of ")
                .append(CORRIDAS_DE_ARRANQUE).append(" runs)\n\n| rules | seconds | target |\n|---|---:|---|\n")
                .append(String.format(Locale.ROOT, "| packaged (prebuilt executable model) | %.2f | ≤ 1.5 s %s |%n", empaquetadas,
                        empaquetadas <= 1.5 ? "met" : "**not met**"))
                .append(String.format(Locale.ROOT, "| from a folder (DRL compiled at start) | %.2f | — |%n", carpeta));

        escribir(destino, md.toString());
        System.out.println(md);
    }

    /**
     * Replaces the measured part of {@code destino} (between the two markers) and keeps the hand-written
     * analysis around it.
     */
    static void escribir(Path destino, String medido) throws IOException {
        String bloque = INICIO + "\n" + medido + FIN;
        String texto = Files.exists(destino) ? Files.readString(destino, StandardCharsets.UTF_8) : "";
        int a = texto.indexOf(INICIO);
        int b = texto.indexOf(FIN);
        texto = a >= 0 && b > a ? texto.substring(0, a) + bloque + texto.substring(b + FIN.length()) : bloque + "\n" + texto;
        Files.createDirectories(destino.toAbsolutePath().getParent());
        Files.writeString(destino, texto, StandardCharsets.UTF_8);
    }

    private static final String INICIO = "<!-- medido: inicio (scripts/benchmarks.sh reescribe esta parte) -->";
    private static final String FIN = "<!-- medido: fin -->";

    private static ChainedOptionsBuilder base() {
        return new OptionsBuilder().forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                // G1 with a growing heap cost 3-6x more per unit on this 2-core machine than a fixed-size
                // parallel collector; both sides of every comparison run with the same settings.
                .jvmArgsAppend("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g");
    }

    private static Collection<RunResult> correr(ChainedOptionsBuilder opciones) throws RunnerException {
        return new Runner(opciones.shouldFailOnError(true).build()).run();
    }

    private static double puntaje(Collection<RunResult> resultados, String metodo, String parametro, String valor) {
        return resultados.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + metodo))
                .filter(r -> parametro == null || valor.equals(r.getParams().getParam(parametro)))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst().orElseThrow(() -> new IllegalStateException("sin resultado para " + metodo + " " + valor));
    }

    /** Median wall time, in seconds, of {@code ./avance evaluar} on the SENCE example. */
    private static double arranque(String... extra) throws IOException, InterruptedException {
        List<String> comando = new ArrayList<>(List.of("./avance", "evaluar", "examples/evaluaciones/sence-2007.yaml"));
        comando.addAll(List.of(extra));
        List<Double> tiempos = new ArrayList<>();
        for (int i = 0; i < CORRIDAS_DE_ARRANQUE + 1; i++) {
            long inicio = System.nanoTime();
            Process p = new ProcessBuilder(comando).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("./avance evaluar falló: " + comando);
            }
            if (i > 0) { // the first run may build the program
                tiempos.add((System.nanoTime() - inicio) / 1e9);
            }
        }
        return mediana(tiempos);
    }

    private static double mediana(List<Double> valores) {
        return Alternado.mediana(valores);
    }

    /** Runs {@link Alternado} in a JVM of its own, with the JMH forks' flags; returns its last line's fields. */
    private static String[] alternado() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseParallelGC", "-Xms2g", "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                Alternado.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lineas = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || lineas.isEmpty()
                || !lineas.get(lineas.size() - 1).startsWith("mediana ")) {
            throw new IllegalStateException("Alternado falló: " + lineas);
        }
        lineas.forEach(System.out::println);
        return lineas.get(lineas.size() - 1).substring("mediana ".length()).split(" ");
    }

    private static String valor(String[] campos, String nombre) {
        for (String campo : campos) {
            if (campo.startsWith(nombre + "=")) {
                return campo.substring(nombre.length() + 1);
            }
        }
        throw new IllegalStateException("falta " + nombre);
    }
}
