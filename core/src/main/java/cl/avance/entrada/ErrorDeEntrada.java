package cl.avance.entrada;

import java.io.Serializable;
import java.util.Objects;

/**
 * One error in an input file.
 *
 * @param ruta    where, as the methodology writes paths
 *                ({@code unidades[3].criterios.1.2.indicadores.PROGRAMA_ACORDAD}); empty for the whole file
 * @param puntero the same place as an RFC 6901 JSON Pointer
 *                ({@code /unidades/3/criterios/1.2/indicadores/PROGRAMA_ACORDAD}), exact where keys hold dots;
 *                empty for the whole file
 * @param mensaje what is wrong and, where it helps, what to write instead, in Spanish
 * @param linea   the line, from 1; 0 when not known
 * @param columna the column, from 1; 0 when not known
 */
public record ErrorDeEntrada(String ruta, String puntero, String mensaje, int linea, int columna)
        implements Serializable {

    /** Creates a {@code ErrorDeEntrada}, checking and copying its components as described above. */
    public ErrorDeEntrada {
        Objects.requireNonNull(ruta, "ruta");
        Objects.requireNonNull(puntero, "puntero");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    /** An error at {@code donde}, with no line or column yet. */
    public static ErrorDeEntrada en(Ruta donde, String mensaje) {
        return new ErrorDeEntrada(donde.ruta(), donde.puntero(), mensaje, 0, 0);
    }

    /** An error of the whole document, with no line or column. */
    public static ErrorDeEntrada delDocumento(String mensaje) {
        return en(Ruta.raiz(), mensaje);
    }

    /** This error at {@code linea} and {@code columna}. */
    public ErrorDeEntrada en(int linea, int columna) {
        return new ErrorDeEntrada(ruta, puntero, mensaje, linea, columna);
    }

    /** {@code línea L, columna C (ruta): mensaje}, leaving out what is unknown. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (linea > 0) {
            sb.append("línea ").append(linea);
            if (columna > 0) {
                sb.append(", columna ").append(columna);
            }
        }
        if (!ruta.isEmpty()) {
            sb.append(sb.length() > 0 ? " (" + ruta + ")" : ruta);
        }
        return (sb.length() > 0 ? sb.append(": ") : sb).append(mensaje).toString();
    }
}
