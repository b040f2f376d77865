package cl.avance.cli;

import cl.avance.motor.Motor;
import cl.avance.motor.PlazoVencidoException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The command line's deadline per evaluation ({@code --plazo}). When it passes, wherever the evaluation
 * runs ({@code evaluar}, {@code --lote}, {@code probar}), the command prints the message and ends the JVM at
 * once with exit 3: {@code Runtime.halt}, because a rule stuck in a Java loop cannot be stopped and shutdown
 * must not wait for anything.
 */
final class PlazoDeEvaluacion {

    /** Generous: a normal evaluation takes milliseconds, a 100,000-unit batch line well under a second. */
    static final String SEGUNDOS_POR_DEFECTO = "60";

    /**
     * Runs just before the JVM halts on a deadline: the place to remove temporary files (the {@code --salida}
     * temporary file), which shutdown hooks would not do after {@code Runtime.halt}. Set by whoever owns them.
     */
    static volatile Runnable antesDeTerminar = () -> { };

    private PlazoDeEvaluacion() {
    }

    /** {@code motor} with a deadline of {@code segundos}; {@code motor} itself when it is 0 (no deadline). */
    static Motor aplicar(Motor motor, BigDecimal segundos) {
        if (segundos.signum() < 0) {
            throw new UsoIncorrecto("--plazo debe ser un número de segundos positivo, o 0 para no tener plazo: "
                    + segundos.toPlainString());
        }
        if (segundos.signum() == 0) {
            return motor;
        }
        Duration plazo = Duration.ofMillis(Math.max(1, segundos.movePointRight(3).longValue()));
        return motor.conPlazo(plazo, PlazoDeEvaluacion::terminar);
    }

    private static void terminar(PlazoVencidoException e) {
        // Straight to file descriptor 2 in UTF-8: whatever System.err has become, this line must get out.
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println(e.getMessage() + " Para dar más tiempo a cada evaluación: --plazo SEGUNDOS.");
        err.flush();
        try {
            antesDeTerminar.run();
        } catch (RuntimeException ignorada) {
            // Ending on time matters more than a leftover temporary file.
        } finally {
            Runtime.getRuntime().halt(Codigos.REGLAS);
        }
    }
}
