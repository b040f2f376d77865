package cl.avance.entrada;

import java.util.List;

/**
 * Thrown inside the package when a document cannot be turned into a tree; {@link LectorEvaluacion} turns it
 * into an {@link EntradaInvalidaException} that names the document.
 */
final class DocumentoIlegible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ErrorDeEntrada> errores;

    DocumentoIlegible(List<ErrorDeEntrada> errores) {
        super(errores.toString(), null, false, false);
        this.errores = List.copyOf(errores);
    }

    DocumentoIlegible(ErrorDeEntrada error) {
        this(List.of(error));
    }

    List<ErrorDeEntrada> errores() {
        return errores;
    }
}
