package cl.avance.motor;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found while compiling rule files.
 *
 * @param archivo the rule file's path as given in {@link Reglas#archivos()}, or empty when unknown
 * @param linea   the line, from 1; 0 when unknown
 * @param columna the column, from 1; 0 when unknown
 * @param mensaje what is wrong, as the rule compiler says it
 * @param pista   a one-line hint in Spanish where the cause is a common one, or null
 */
public record ProblemaDeRegla(String archivo, int linea, int columna, String mensaje, String pista)
        implements Serializable {

    /** Creates a {@code ProblemaDeRegla}, checking and copying its components as described above. */
    public ProblemaDeRegla {
        Objects.requireNonNull(archivo, "archivo");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    /** Where: {@code archivo.drl:línea:columna}, leaving out what is unknown. */
    public String lugar() {
        StringBuilder sb = new StringBuilder(archivo.isEmpty() ? "(archivo desconocido)" : archivo);
        if (linea > 0) {
            sb.append(':').append(linea);
            if (columna > 0) {
                sb.append(':').append(columna);
            }
        }
        return sb.toString();
    }

    /** {@code archivo.drl:línea:columna: mensaje (pista: …)}, leaving out what is unknown. */
    @Override
    public String toString() {
        return lugar() + ": " + mensaje + (pista == null ? "" : " (pista: " + pista + ")");
    }
}
