package cl.avance.entrada;

import cl.avance.AvanceException;
import java.util.List;
import java.util.Objects;

/**
 * An input file, or an evaluation built in code ({@code Evaluacion.nueva}), has errors. Carries all of them;
 * nothing of it is evaluated. Unchecked since {@link AvanceException} became the common type (it was a checked
 * exception before: code that catches or declares it compiles as it did). The list of errors survives Java
 * serialization.
 */
public final class EntradaInvalidaException extends AvanceException {
    private static final long serialVersionUID = 1L;

    /** The file, as given to the reader. */

    private final String archivo;
    /** Every error, in the order of the file. */
    private final List<ErrorDeEntrada> errores;

    /** {@code archivo} (as the reader was given it) has {@code errores}, every one of them. */

    public EntradaInvalidaException(String archivo, List<ErrorDeEntrada> errores) {
        super(mensaje(Objects.requireNonNull(archivo, "archivo"), Objects.requireNonNull(errores, "errores")));
        this.archivo = archivo;
        this.errores = List.copyOf(errores);
    }

    /** The name of the file, as given to the reader. */
    public String archivo() {
        return archivo;
    }

    /** Every error, in the order of the file. */
    public List<ErrorDeEntrada> errores() {
        return errores;
    }

    private static String mensaje(String archivo, List<ErrorDeEntrada> errores) {
        StringBuilder sb = new StringBuilder("«").append(archivo).append("» tiene ").append(errores.size())
                .append(errores.size() == 1 ? " error:" : " errores:");
        errores.forEach(e -> sb.append("\n  ").append(e));
        return sb.toString();
    }
}
