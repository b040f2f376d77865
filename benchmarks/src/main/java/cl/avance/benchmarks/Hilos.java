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
 * Speed-up with 2 threads against 1, for the engine (one shared {@link Motor}) and for the plain-Java rubric
 * as a control. JMH fixes the thread count for a whole run, and on this shared machine the speed of a run
 * drifts by tens of percent within a minute, more than the effect measured; so this harness alternates
 * one-second rounds of 1 and 2 threads in one JVM, many times, and reports the median of the ratios of
 * neighbouring rounds. Medir runs it in a JVM of its own, with the same flags as the JMH forks.
 *
 * <p>Prints one line per pair of rounds and, last, {@code mediana motor=… control=… motor1=… motor2=…}
 * (ratios, and the engine's 14-unit evaluations per second with 1 and 2 threads).
 */
public final class Hilos {

    private static final long RONDA_NANOS = 1_000_000_000L;
    private static final int PARES = 10;

    private Hilos() {
    }

    public static void main(String[] args) throws InterruptedException {
        Motor motor = Motor.conReglasPorDefecto();
        Evaluacion evaluacion = Datos.evaluacion(14, 7);
        Consumer<Evaluacion> engine = motor::evaluar;
        Consumer<Evaluacion> java = RubricaJava::evaluar;
        for (int i = 0; i < 5; i++) { // warm-up: both paths, both thread counts
            ronda(engine, evaluacion, 2);
            ronda(java, evaluacion, 2);
            ronda(engine, evaluacion, 1);
        }
        List<Double> motorRatios = new ArrayList<>();
        List<Double> controlRatios = new ArrayList<>();
        List<Double> motorUno = new ArrayList<>();
        List<Double> motorDos = new ArrayList<>();
        for (int par = 1; par <= PARES; par++) {
            double uno = ronda(engine, evaluacion, 1);
            double dos = ronda(engine, evaluacion, 2);
            double javaUno = ronda(java, evaluacion, 1);
            double javaDos = ronda(java, evaluacion, 2);
            motorRatios.add(dos / uno);
            controlRatios.add(javaDos / javaUno);
            motorUno.add(uno);
            motorDos.add(dos);
            System.out.printf(Locale.ROOT, "par %d motor %.0f %.0f %.2f control %.2f%n", par, uno, dos, dos / uno, javaDos / javaUno);
        }
        System.out.printf(Locale.ROOT, "mediana motor=%.3f control=%.3f motor1=%.0f motor2=%.0f%n", mediana(motorRatios),
                mediana(controlRatios), mediana(motorUno), mediana(motorDos));
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
