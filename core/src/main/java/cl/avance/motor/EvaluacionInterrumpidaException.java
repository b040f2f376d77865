package cl.avance.motor;

/**
 * The thread that asked for an evaluation was interrupted (for example by {@code Future.cancel(true)}):
 * the rules were halted and the session discarded. The thread's interrupt status stays set. No partial
 * result is produced.
 */
public final class EvaluacionInterrumpidaException extends EvaluacionFallidaException {
    private static final long serialVersionUID = 1L;

    EvaluacionInterrumpidaException(String ultimaRegla) {
        super("La evaluación se interrumpió y se detuvo"
                + (ultimaRegla == null ? "." : "; la última regla en dispararse fue «" + ultimaRegla + "»."));
    }
}
