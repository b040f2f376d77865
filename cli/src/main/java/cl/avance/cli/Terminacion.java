package cl.avance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import sun.misc.Signal;

/**
 * How the process ends when something other than the finished command ends it.
 *
 * <p><b>Signals</b> (SIGINT, SIGTERM, SIGHUP): the handler waits for the record being written to
 * standard output to be whole ({@link #registroEntero()}, at most {@value #GRACIA_MS} ms), removes the
 * temporary files, says «interrumpido» on standard error and halts with 128 + the signal's number.
 *
 * <p><b>{@code System.exit} while a command runs</b>: the CLI itself exits once, after the command, so an
 * earlier exit comes from a rule. A shutdown hook then removes the temporary files and halts with exit
 * code 3, never the 0 the rule asked for.
 *
 * <p>Signals use {@code sun.misc.Signal} (module jdk.unsupported, present in every JDK from 8 to 25)
 * rather than shutdown hooks: a hook runs the same way for a signal and for {@code System.exit}, and the
 * two must end with different codes. A signal already ignored when the JVM started (nohup) stays ignored.
 */
final class Terminacion {

    private static final long GRACIA_MS = 5_000;
    private static final ReentrantLock ESCRIBIENDO = new ReentrantLock();
    private static volatile boolean comandoEnCurso;

    private Terminacion() {
    }

    /** Held while one whole record or report goes out; {@link #close()} releases it. */
    interface Bloqueo extends AutoCloseable {
        @Override
        void close();
    }

    /** Installs the signal handlers and the exit hook; the command is then running. Call once, from main. */
    static void vigilar() {
        comandoEnCurso = true;
        for (String nombre : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(nombre), Terminacion::alRecibir);
            } catch (IllegalArgumentException e) {
                // Unknown on this system, or reserved by the JVM (-Xrs): the JVM's default applies.
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(Terminacion::alSalir, "avance-fin"));
    }

    /** Ends the process with {@code codigo}: the command has finished. */
    static void terminar(int codigo) {
        comandoEnCurso = false;
        System.exit(codigo);
    }

    /** Hold while writing one record (or a whole report) to standard output: a signal waits for it. */
    static Bloqueo registroEntero() {
        ESCRIBIENDO.lock();
        return ESCRIBIENDO::unlock;
    }

    private static void alRecibir(Signal senal) {
        try {
            ESCRIBIENDO.tryLock(GRACIA_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Archivos.borrarTemporales();
        aviso("avance: interrumpido (SIG" + senal.getName() + "); no queda ningún archivo temporal.");
        Runtime.getRuntime().halt(Codigos.SENAL_BASE + senal.getNumber());
    }

    private static void alSalir() {
        if (comandoEnCurso) {
            Archivos.borrarTemporales();
            aviso("avance: una regla pidió terminar el programa (System.exit) antes de que el comando acabara;"
                    + " se detiene con código 3. Las reglas no deben terminar el programa.");
            Runtime.getRuntime().halt(Codigos.REGLAS);
        }
    }

    /** Straight to file descriptor 2: the handlers must not wait on a writer the command may hold. */
    private static void aviso(String mensaje) {
        try {
            FileOutputStream err = new FileOutputStream(FileDescriptor.err);
            // On a terminal the batch's progress line may be half written: start on a line of our own.
            String inicio = Boolean.getBoolean("avance.terminal") ? "\n" : "";
            err.write((inicio + mensaje + "\n").getBytes(StandardCharsets.UTF_8));
            err.flush();
        } catch (IOException e) {
            // Standard error is gone: the exit code still tells.
        }
    }
}
