package cl.avance.motor;

/** No methodology in use governs an evaluation's year. The message names the years available. */
public final class SinMetodologiaException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SinMetodologiaException(String mensaje) {
        super(mensaje);
    }
}
