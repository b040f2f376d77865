package cl.avance.motor;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;

/**
 * Runs one evaluation's rules, with or without a deadline, so that the caller gets control back: on time
 * when there is a deadline, and promptly when its thread is interrupted.
 *
 * <p>With a deadline the rules run on a worker thread and the caller waits at most that long. When the
 * deadline passes, or the caller is interrupted, the session is halted ({@code halt()} stops rules that
 * keep firing at the next firing), the worker is interrupted, and the session is discarded. A Java loop
 * inside one consequence ignores both: its worker thread keeps running, and costing CPU, until the loop
 * ends or the JVM exits (the thread is a daemon, so it does not keep the JVM alive). The rules-folder
 * allow-list ({@link PoliticaDeReglas}) refuses loops, so only rules compiled without it can do that.
 */
final class Plazo {

    private static final AtomicInteger HILO = new AtomicInteger();
    /** Cached: a worker that a runaway consequence never gives back is simply replaced. */
    private static final ExecutorService TRABAJADORES = Executors.newCachedThreadPool(tarea -> {
        Thread t = new Thread(tarea, "avance-evaluacion-" + HILO.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Plazo() {
    }

    /**
     * Runs {@code trabajo} on this thread; an interrupt of this thread halts the rules at the next firing.
     *
     * @throws EvaluacionInterrumpidaException when this thread is or gets interrupted
     */
    static <T> T sinPlazo(KieSession sesion, Registro registro, Callable<T> trabajo) throws Exception {
        if (Thread.currentThread().isInterrupted()) {
            throw new EvaluacionInterrumpidaException(null);
        }
        T resultado = trabajo.call();
        if (registro.detenida()) {
            throw new EvaluacionInterrumpidaException(registro.ultimaRegla());
        }
        return resultado;
    }

    /**
     * Runs {@code trabajo} on a worker thread and waits for it at most {@code plazo}.
     *
     * @throws PlazoVencidoException           when the deadline passes first
     * @throws EvaluacionInterrumpidaException when this thread is interrupted while waiting
     * @throws Exception                       what {@code trabajo} threw (an {@link Error} as itself)
     */
    static <T> T con(Duration plazo, KieSession sesion, Registro registro, Callable<T> trabajo,
            Consumer<? super PlazoVencidoException> alVencer) throws Exception {
        if (Thread.currentThread().isInterrupted()) {
            throw new EvaluacionInterrumpidaException(null);
        }
        Future<T> enCurso = TRABAJADORES.submit(trabajo);
        try {
            return enCurso.get(plazo.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable causa = e.getCause();
            if (causa instanceof Error error) {
                throw error;
            }
            throw causa instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            detener(enCurso, sesion, registro);
            PlazoVencidoException vencido = new PlazoVencidoException(plazo, registro.ultimaRegla());
            alVencer.accept(vencido);
            throw vencido;
        } catch (InterruptedException e) {
            detener(enCurso, sesion, registro);
            Thread.currentThread().interrupt();
            throw new EvaluacionInterrumpidaException(registro.ultimaRegla());
        }
    }

    private static void detener(Future<?> enCurso, KieSession sesion, Registro registro) {
        registro.detener(sesion);
        enCurso.cancel(true);
    }

    /** "30 s", "1,5 s", "250 ms": for messages. */
    static String texto(Duration plazo) {
        long ms = plazo.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0).replace('.', ',');
    }
}
