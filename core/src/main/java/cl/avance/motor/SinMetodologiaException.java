package cl.avance.motor;

import cl.avance.AvanceException;

/**
 * No methodology in use governs an evaluation's year. The message names the years available. (Until the
 * common {@link AvanceException} it was an {@link IllegalArgumentException}.)
 */
public final class SinMetodologiaException extends AvanceException {
    private static final long serialVersionUID = 1L;

    /** With {@code mensaje}, in Spanish, naming the years the methodologies in use govern. */

    public SinMetodologiaException(String mensaje) {
        super(mensaje);
    }
}
