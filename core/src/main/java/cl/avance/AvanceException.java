package cl.avance;

/**
 * The common type of every failure Avance reports: an input file with errors
 * ({@code cl.avance.entrada.EntradaInvalidaException}), rules that do not compile or are refused
 * ({@code cl.avance.motor.ReglasInvalidasException}), an evaluation the rules could not finish
 * ({@code cl.avance.motor.EvaluacionFallidaException}, its deadline and interruption subtypes), a year no
 * methodology governs ({@code cl.avance.motor.SinMetodologiaException}). One {@code catch} for all of them.
 *
 * <p>Unchecked, like the failures of the engine were from the start; the one checked exception of earlier
 * versions ({@code EntradaInvalidaException}) became unchecked with it, which keeps existing code compiling:
 * its {@code catch} blocks and {@code throws} clauses stay valid. The message is always plain Spanish for the
 * person who wrote the file or the rules. Every subtype survives Java serialization with its details, and
 * no cause in its chain is a Drools or KIE type.
 */
public abstract class AvanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With {@code mensaje}, in Spanish. */
    protected AvanceException(String mensaje) {
        super(mensaje);
    }

    /** With {@code mensaje}, in Spanish, and what caused it; {@code causa} must not be a Drools or KIE type. */
    protected AvanceException(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }
}
