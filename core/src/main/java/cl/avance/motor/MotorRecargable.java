package cl.avance.motor;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * An engine whose rules can be reloaded while evaluations run, for embedders that let policy staff edit a
 * rules folder. Each evaluation uses the engine current when it starts, from start to end, so rule sets
 * are never mixed within one evaluation. A reload that fails keeps the rules in use.
 *
 * <pre>{@code
 * MotorRecargable motor = MotorRecargable.desdeCarpeta(Path.of("reglas"));
 * motor.actual().evaluar(evaluacion);      // from any thread
 * motor.recargar();                         // after the folder changed; throws if the new rules are broken
 * }</pre>
 */
public final class MotorRecargable {

    private final Supplier<Metodologia> fuente;
    private final AtomicReference<Motor> actual;

    /**
     * Compiles the rules {@code fuente} gives now; {@link #recargar()} asks it again.
     *
     * @throws ReglasInvalidasException when the first rules do not compile
     */
    public MotorRecargable(Supplier<Metodologia> fuente) {
        this.fuente = Objects.requireNonNull(fuente, "fuente");
        this.actual = new AtomicReference<>(Motor.con(fuente.get()));
    }

    /** Rules read from {@code carpeta} now and at each reload. */
    public static MotorRecargable desdeCarpeta(Path carpeta) {
        return new MotorRecargable(() -> Metodologia.desdeCarpeta(carpeta));
    }

    /** The engine to use for the next evaluation; never null. */
    public Motor actual() {
        return actual.get();
    }

    /**
     * Reads and compiles the rules again and, if they compile, makes them current. Evaluations already
     * running finish with the rules they started with.
     *
     * @return the new engine
     * @throws ReglasInvalidasException when the new rules do not compile: the old rules stay in use
     * @throws IllegalArgumentException when the rules cannot be read: the old rules stay in use
     */
    public Motor recargar() {
        Motor nuevo = Motor.con(fuente.get());
        actual.set(nuevo);
        return nuevo;
    }
}
