package cl.avance.entrada;

import java.util.Objects;

/**
 * One error in an input file.
 *
 * @param ruta    where, as a JSON path ({@code unidades[3].criterios.1.2.indicadores.PROGRAMA_ACORDAD});
 *                empty for an error of the whole file
 * @param mensaje what is wrong and, where it helps, what to write instead, in Spanish
 * @param linea   the line, from 1, for syntax errors; 0 when not known
 * @param columna the column, from 1, for syntax errors; 0 when not known
 */
public record ErrorDeEntrada(String ruta, String mensaje, int linea, int columna) {

    public ErrorDeEntrada {
        Objects.requireNonNull(ruta, "ruta");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    /** An error at {@code ruta} with no line or column (use "" for the whole document). */
    public static ErrorDeEntrada en(String ruta, String mensaje) {
        return new ErrorDeEntrada(ruta, mensaje, 0, 0);
    }

    /** {@code ruta: mensaje}, or {@code línea L, columna C: mensaje} for a syntax error. */
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
