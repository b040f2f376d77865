package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The two ratios the targets are about, measured in alternating rounds: the engine's cost per unit against
 * the plain-Java rubric, and the speed-up with 2 threads against 1 (engine through one shared {@link Motor},
 * plain Java as a control), on 14-unit evaluations. On this shared machine the speed of a run drifts by tens
 * of percent within a minute, more than some of the effects measured, and JMH runs one benchmark and one
 * thread count at a time; so this harness alternates one-second rounds of each case in one JVM, ten times,
 * and reports the median of the ratios of neighbouring rounds. Medir runs it in three JVMs of their own, with the
 * same flags as the JMH forks.
 *
 * <p>Prints one Markdown table row per series and, last, {@code mediana costo=… motor=… control=… motor1=… motor2=…}
 * (engine cost over plain-Java cost; 2-thread over 1-thread throughput for the engine and for plain Java;
 * the engine's evaluations per second with 1 and 2 threads).
 */
public final class Alternado {

    private static final long RONDA_NANOS = 1_000_000_000L;
    private static final int PARES = 10;

    private Alternado() {
    }

    public static void main(String[] args) throws InterruptedException {
        Motor motor = Motor.porDefecto();
        Evaluacion evaluacion = Datos.evaluacion(14, 7);
        Consumer<Evaluacion> engine = motor::evaluar;
        Consumer<Evaluacion> java = RubricaJava::evaluar;
        for (int i = 0; i < 5; i++) { // warm-up: both paths, both thread counts
            ronda(engine, evaluacion, 2);
            ronda(java, evaluacion, 2);
            ronda(engine, evaluacion, 1);
            ronda(java, evaluacion, 1);
        }
        List<Double> costo = new ArrayList<>();
        List<Double> motorRatios = new ArrayList<>();
        List<Double> controlRatios = new ArrayList<>();
        List<Double> motorUno = new ArrayList<>();
        List<Double> motorDos = new ArrayList<>();
        for (int par = 1; par <= PARES; par++) {
            double uno = ronda(engine, evaluacion, 1);
            double javaUno = ronda(java, evaluacion, 1);
            double dos = ronda(engine, evaluacion, 2);
            double javaDos = ronda(java, evaluacion, 2);
            costo.add(javaUno / uno);
            motorRatios.add(dos / uno);
            controlRatios.add(javaDos / javaUno);
            motorUno.add(uno);
            motorDos.add(dos);
            System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.1f× | %.0f | %.2f× | %.2f× |%n",
                    par, uno, javaUno, javaUno / uno, dos, dos / uno, javaDos / javaUno);
        }
        System.out.printf(Locale.ROOT, "mediana costo=%.2f motor=%.3f control=%.3f motor1=%.0f motor2=%.0f%n",
                mediana(costo), mediana(motorRatios), mediana(controlRatios), mediana(motorUno), mediana(motorDos));
    }

    /** Evaluations per second with {@code hilos} threads, over one round. */
    private static double ronda(Consumer<Evaluacion> trabajo, Evaluacion evaluacion, int hilos) throws InterruptedException {
        AtomicBoolean parar = new AtomicBoolean();
        LongAdder hechas = new LongAdder();
        List<Thread> trabajadores = new ArrayList<>();
        for (int h = 0; h < hilos; h++) {
            trabajadores.add(new Thread(() -> {
                while (!parar.get()) {
                    trabajo.accept(evaluacion);
                    hechas.increment();
                }
            }));
        }
        long inicio = System.nanoTime();
        trabajadores.forEach(Thread::start);
        Thread.sleep(RONDA_NANOS / 1_000_000);
        parar.set(true);
        for (Thread t : trabajadores) {
            t.join();
        }
        return hechas.sum() / ((System.nanoTime() - inicio) / 1e9);
    }

    static double mediana(List<Double> valores) {
        List<Double> ordenados = new ArrayList<>(valores);
        ordenados.sort(null);
        return ordenados.get(ordenados.size() / 2);
    }
}
