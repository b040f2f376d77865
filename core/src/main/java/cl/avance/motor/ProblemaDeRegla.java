package cl.avance.motor;

import java.util.Objects;

/**
 * One problem found while compiling rule files.
 *
 * @param archivo the rule file's path as given in {@link Reglas#archivos()}, or empty when unknown
 * @param linea   the line, from 1; 0 when unknown
 * @param columna the column, from 1; 0 when unknown
 * @param mensaje what is wrong
 */
public record ProblemaDeRegla(String archivo, int linea, int columna, String mensaje) {

    public ProblemaDeRegla {
        Objects.requireNonNull(archivo, "archivo");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    /** {@code archivo.drl:línea:columna: mensaje}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(archivo.isEmpty() ? "(archivo desconocido)" : archivo);
        if (linea > 0) {
            sb.append(':').append(linea);
            if (columna > 0) {
                sb.append(':').append(columna);
            }
        }
        return sb.append(": ").append(mensaje).toString();
    }
}
