package cl.avance.motor;

/**
 * The rules compiled but could not grade an evaluation: a rule failed while running (also with a
 * {@link StackOverflowError} or {@link OutOfMemoryError}), kept firing without end, or left a criterion
 * with no grade or with two different grades; or the evaluation passed its deadline
 * ({@link PlazoVencidoException}) or was interrupted ({@link EvaluacionInterrumpidaException}). No partial
 * result is produced.
 */
public class EvaluacionFallidaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluacionFallidaException(String mensaje) {
        super(mensaje);
    }

    public EvaluacionFallidaException(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }
}
