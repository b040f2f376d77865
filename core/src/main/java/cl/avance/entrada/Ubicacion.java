package cl.avance.entrada;

/**
 * Where something is written in a document.
 *
 * @param linea   the line, from 1
 * @param columna the column, from 1
 */
public record Ubicacion(int linea, int columna) {

    /** Creates a {@code Ubicacion}, checking and copying its components as described above. */
    public Ubicacion {
        if (linea < 1 || columna < 1) {
            throw new IllegalArgumentException("la línea y la columna empiezan en 1: " + linea + ", " + columna);
        }
    }

    /** Packs a line and a column into one long, so that large documents keep one primitive per position. */
    static long empacar(int linea, int columna) {
        return ((long) linea << 32) | (columna & 0xFFFF_FFFFL);
    }

    static Ubicacion desempacar(long empacada) {
        return new Ubicacion((int) (empacada >>> 32), (int) empacada);
    }

    /** The position of the character at {@code indice} of {@code texto}; CR, LF and CRLF each end a line. */
    static long enTexto(String texto, int indice) {
        int linea = 1;
        int inicioDeLinea = 0;
        for (int i = 0; i < indice && i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= texto.length() || texto.charAt(i + 1) != '\n'))) {
                linea++;
                inicioDeLinea = i + 1;
            }
        }
        return empacar(linea, indice - inicioDeLinea + 1);
    }
}
