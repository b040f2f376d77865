package cl.avance.motor;

import java.time.Duration;
import java.util.Optional;

/**
 * An evaluation passed the deadline of its engine ({@link Motor#conPlazo(Duration)}): the rules were halted
 * and the session discarded. No partial result is produced.
 */
public final class PlazoVencidoException extends EvaluacionFallidaException {
    private static final long serialVersionUID = 1L;

    /** The deadline that passed. */

    private final Duration plazo;
    /** The name of the last rule that fired, or null. */
    private final String ultimaRegla;

    PlazoVencidoException(Duration plazo, String ultimaRegla) {
        super("La evaluación no terminó en el plazo de " + Plazo.texto(plazo) + " y se detuvo"
                + (ultimaRegla == null ? ", antes de que se disparara alguna regla."
                        : ". La última regla en dispararse fue «" + ultimaRegla + "».")
                + " Revise si esa regla se vuelve a activar sin fin o hace un cálculo muy largo.");
        this.plazo = plazo;
        this.ultimaRegla = ultimaRegla;
    }

    /** The deadline that passed. */
    public Duration plazo() {
        return plazo;
    }

    /** The last rule that started firing before the deadline, if any did. */
    public Optional<String> ultimaRegla() {
        return Optional.ofNullable(ultimaRegla);
    }
}
