package cl.avance.motor;

import cl.avance.AvanceException;

/**
 * The rules compiled but could not grade an evaluation: a rule failed while running (also with a
 * {@link StackOverflowError} or {@link OutOfMemoryError}), kept firing without end, or left a criterion
 * with no grade or with two different grades; or the evaluation passed its deadline
 * ({@link PlazoVencidoException}) or was interrupted ({@link EvaluacionInterrumpidaException}). No partial
 * result is produced. Its cause, when there is one, is never a Drools or KIE type.
 */
public class EvaluacionFallidaException extends AvanceException {
    private static final long serialVersionUID = 1L;

    /** With {@code mensaje}, in Spanish: what failed and, where known, which rule. */

    public EvaluacionFallidaException(String mensaje) {
        super(mensaje);
    }

    /**
     * With {@code causa} as the cause, turned into plain Java exceptions where it is a Drools or KIE type (its
     * class name and message kept in the text): no KIE type is reachable from the exception.
     */
    public EvaluacionFallidaException(String mensaje, Throwable causa) {
        super(mensaje, CausaSinKie.de(causa));
    }
}
