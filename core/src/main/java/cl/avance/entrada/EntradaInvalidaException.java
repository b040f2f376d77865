package cl.avance.entrada;

import java.util.List;
import java.util.Objects;

/** An input file has errors. Carries all of them; nothing of the file is evaluated. */
public final class EntradaInvalidaException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String archivo;
    private final transient List<ErrorDeEntrada> errores;

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
