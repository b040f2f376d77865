package cl.avance.importar;

import cl.avance.AvanceException;

/** The questionnaire could not be read: a missing or damaged file, or no unit in it. The message is Spanish. */
public final class DocumentoInvalidoException extends AvanceException {

    private static final long serialVersionUID = 1L;

    public DocumentoInvalidoException(String mensaje) {
        super(mensaje);
    }
}
