package cl.avance.salida;

import java.util.function.Function;

/**
 * Lambdas the text template calls on rendered (already escaped) text: column padding and wrapping at
 * {@value #ANCHO} columns. Widths count characters, as a terminal with a monospaced font shows them.
 */
final class AyudasTexto {

    static final int ANCHO = 100;

    /** Width of the matrix's first column: the longest short unit name, at least "Unidad". */
    private final int anchoUnidad;

    AyudasTexto(VistaInforme vista) {
        this.anchoUnidad = Math.max(6, vista.matriz().stream().mapToInt(f -> f.nombreCorto().length()).max().orElse(6));
    }

    public Function<String, String> rellenoUnidad() {
        return t -> relleno(t, anchoUnidad);
    }

    public Function<String, String> relleno9() {
        return t -> relleno(t, 9);
    }

    public Function<String, String> relleno15() {
        return t -> relleno(t, 15);
    }

    public Function<String, String> relleno17() {
        return t -> relleno(t, 17);
    }

    /** Right-aligned in three columns, like {@code %3d}. */
    public Function<String, String> derecha3() {
        return t -> t.length() >= 3 ? t : " ".repeat(3 - t.length()) + t;
    }

    /** Wraps, continuing with two spaces. */
    public Function<String, String> envolver2() {
        return t -> envolver(t, "  ");
    }

    /** Wraps, continuing with four spaces. */
    public Function<String, String> envolver4() {
        return t -> envolver(t, "    ");
    }

    /** Wraps, continuing with five spaces. */
    public Function<String, String> envolver5() {
        return t -> envolver(t, "     ");
    }

    /** Wraps, continuing with six spaces. */
    public Function<String, String> envolver6() {
        return t -> envolver(t, "      ");
    }

    /** Wraps, continuing with eight spaces. */
    public Function<String, String> envolver8() {
        return t -> envolver(t, "        ");
    }

    /** Wraps, continuing with nine spaces. */
    public Function<String, String> envolver9() {
        return t -> envolver(t, "         ");
    }

    /** The title, then a line of {@code =} as long. */
    public Function<String, String> titulo() {
        return t -> t + "\n" + "=".repeat(t.length());
    }

    /** A section title, then a line of {@code -} as long. */
    public Function<String, String> seccion() {
        return t -> t + "\n" + "-".repeat(t.length());
    }

    /**
     * Wraps a line at {@value #ANCHO} columns between words, indenting continuation lines with {@code sangria};
     * the line's own leading spaces are kept. No final line end.
     */
    static String envolver(String linea, String sangria) {
        String texto = linea.stripLeading();
        StringBuilder sb = new StringBuilder();
        StringBuilder actual = new StringBuilder(linea.substring(0, linea.length() - texto.length()));
        int inicio = actual.length();
        for (String palabra : texto.split(" +")) {
            if (actual.length() > inicio && actual.length() + 1 + palabra.length() > ANCHO) {
                sb.append(actual).append('\n');
                actual.setLength(0);
                actual.append(sangria);
                inicio = actual.length();
            } else if (actual.length() > inicio) {
                actual.append(' ');
            }
            actual.append(palabra);
        }
        return sb.append(actual).toString();
    }

    private static String relleno(String texto, int ancho) {
        return texto.length() >= ancho ? texto : texto + " ".repeat(ancho - texto.length());
    }
}
