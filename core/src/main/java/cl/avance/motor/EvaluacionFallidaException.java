package cl.avance.motor;

/**
 * The rules compiled but could not grade an evaluation: a rule failed while running, kept firing
 * without end, or left a criterion with no grade or with two different grades. No partial result is
 * produced.
 */
public final class EvaluacionFallidaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluacionFallidaException(String mensaje) {
        super(mensaje);
    }

    public EvaluacionFallidaException(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }
}
