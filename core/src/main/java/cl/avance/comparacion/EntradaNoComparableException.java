package cl.avance.comparacion;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import java.util.List;
import java.util.Objects;

/**
 * An evaluation one of the two methodologies (or both) cannot grade: its catalogue refuses the file (an
 * indicator only the other one has, say), or it governs none of the file's year. Carries every error, per
 * methodology; nothing is compared.
 */
public final class EntradaNoComparableException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * The refusal of one methodology.
     *
     * @param metodologia {@code "A"} or {@code "B"}
     * @param origen      its name and version, or what it was given as when none could be chosen
     * @param errores     every error, in the order of the file; never empty
     */
    public record Rechazo(String metodologia, String origen, List<ErrorDeEntrada> errores) {
        /** Creates a {@code Rechazo}, checking and copying its components as described above. */
        public Rechazo {
            Objects.requireNonNull(metodologia, "metodologia");
            Objects.requireNonNull(origen, "origen");
            errores = List.copyOf(errores);
            if (errores.isEmpty()) {
                throw new IllegalArgumentException("Un rechazo sin errores");
            }
        }
    }

    /** The file, as given to the comparison. */

    private final String archivo;
    private final transient List<Rechazo> rechazos;

    /** {@code archivo} cannot be compared: each methodology that refuses it, with its errors. */

    public EntradaNoComparableException(String archivo, List<Rechazo> rechazos) {
        super(mensaje(archivo, rechazos));
        this.archivo = Objects.requireNonNull(archivo, "archivo");
        this.rechazos = List.copyOf(rechazos);
    }

    /**
     * A document that cannot be read at all (missing, not UTF-8, bad syntax): both methodologies refuse it,
     * with the same errors.
     */
    public static EntradaNoComparableException ilegible(EntradaInvalidaException e, String origenA, String origenB) {
        return new EntradaNoComparableException(e.archivo(),
                List.of(new Rechazo("A", origenA, e.errores()), new Rechazo("B", origenB, e.errores())));
    }

    /** Whether both methodologies refuse the evaluation for the same reasons: the file's fault, not a methodology's. */
    public boolean ambasIgual() {
        return rechazos.size() == 2 && rechazos.get(0).errores().equals(rechazos.get(1).errores());
    }

    /** The evaluation's name, as given. */
    public String archivo() {
        return archivo;
    }

    /** Each methodology that refused the evaluation, A before B. */
    public List<Rechazo> rechazos() {
        return rechazos;
    }

    private static String mensaje(String archivo, List<Rechazo> rechazos) {
        StringBuilder sb = new StringBuilder("«").append(archivo).append("» no se puede comparar: ");
        if (rechazos.size() == 2 && rechazos.get(0).errores().equals(rechazos.get(1).errores())) {
            // The same errors for both: the file's own, whichever methodology reads it.
            sb.setLength(0);
            sb.append("«").append(archivo).append("» no se puede comparar");
            errores(sb, rechazos.get(0).errores());
            return sb.toString();
        }
        for (int i = 0; i < rechazos.size(); i++) {
            Rechazo r = rechazos.get(i);
            sb.append(i == 0 ? "" : "\ny ").append("la metodología ").append(r.metodologia()).append(" («")
                    .append(r.origen()).append("») no la acepta");
            errores(sb, r.errores());
        }
        return sb.toString();
    }

    private static void errores(StringBuilder sb, List<ErrorDeEntrada> errores) {
        sb.append(" (").append(errores.size()).append(errores.size() == 1 ? " error):" : " errores):");
        errores.forEach(e -> sb.append("\n  ").append(e));
    }
}
