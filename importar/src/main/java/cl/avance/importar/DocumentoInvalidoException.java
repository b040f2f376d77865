package cl.avance.importar;

import cl.avance.AvanceException;

/** The questionnaire could not be read: a missing or damaged file, or no unit in it. The message is Spanish. */
public final class DocumentoInvalidoException extends AvanceException {

    private static final long serialVersionUID = 1L;

    /** With {@code mensaje}, in Spanish: what could not be read and why. */
    public DocumentoInvalidoException(String mensaje) {
        super(mensaje);
    }
}
