package cl.avance.salida;

/**
 * How user and methodology text is made safe in each report format. Mustache escapes every {@code {{valor}}}
 * through one of these (see {@link Plantillas}); templates write a value unescaped only into a helper that
 * escapes it itself ({@link #codigoMarkdown}).
 *
 * <p>All three formats first pass text through {@link #sinControles}: no control character from the input
 * reaches a terminal, a Markdown viewer or a browser. Line breaks and tabs become spaces (every value of a
 * report sits on one line or in one paragraph); any other C0 control and DEL become their visible Unicode
 * "control picture" (ESC → ␛, BEL → ␇, NUL → ␀), so a reviewer sees that the input held one; C1 controls
 * (U+0080–U+009F) and the bidirectional overrides and isolates that can reorder what a terminal shows
 * become U+FFFD (�).
 */
final class Escapes {

    /** What replaces a C1 control or a bidirectional override. */
    static final char REEMPLAZO = '\uFFFD';

    private Escapes() {
    }

    /** Text for a terminal: {@link #sinControles}, nothing else. */
    static String texto(String texto) {
        return sinControles(texto);
    }

    /**
     * Text that renders as itself in Markdown (CommonMark and GitHub's extensions), wherever the template
     * puts it: in a paragraph, a list item, a heading, a table cell or between {@code **}. Every ASCII
     * character that can open markup is escaped with a backslash (links, images, emphasis, strikethrough,
     * code spans, HTML, entities, pipes of tables, math, backslashes themselves), and so are the characters
     * that make a block only at the start of a line ({@code -}, {@code +}, {@code =}, {@code 1.}, {@code 1)}).
     * Leading spaces are dropped so that text never becomes an indented code block.
     */
    static String markdown(String texto) {
        String limpio = sinControles(texto).stripLeading();
        StringBuilder sb = new StringBuilder(limpio.length() + 16);
        for (int i = 0; i < limpio.length(); i++) {
            char c = limpio.charAt(i);
            if ("\\`*_[]<>#|!~&$".indexOf(c) >= 0 || (i == 0 && "-+=".indexOf(c) >= 0)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        // "1. texto" or "1) texto" at the start would open an ordered list ("1.1 texto" would not).
        int digitos = 0;
        while (digitos < sb.length() && sb.charAt(digitos) >= '0' && sb.charAt(digitos) <= '9') {
            digitos++;
        }
        int despues = digitos + 1;
        if (digitos > 0 && digitos < sb.length() && (sb.charAt(digitos) == '.' || sb.charAt(digitos) == ')')
                && (despues == sb.length() || sb.charAt(despues) == ' ')) {
            sb.insert(digitos, '\\');
        }
        return sb.toString();
    }

    /**
     * A Markdown code span holding {@code texto} literally: fenced with more backticks than any run inside it,
     * padded with a space when it starts or ends with one, pipes escaped so that it stays in its table cell.
     */
    static String codigoMarkdown(String texto) {
        String limpio = sinControles(texto).replace("|", "\\|");
        int racha = 0;
        int mayor = 0;
        for (int i = 0; i < limpio.length(); i++) {
            racha = limpio.charAt(i) == '`' ? racha + 1 : 0;
            mayor = Math.max(mayor, racha);
        }
        String cerco = "`".repeat(mayor + 1);
        String relleno = limpio.startsWith("`") || limpio.endsWith("`") ? " " : "";
        return cerco + relleno + limpio + relleno + cerco;
    }

    /** Escapes text for HTML (and XML) element content and attribute values, quotes included. */
    static String html(String texto) {
        String limpio = sinControles(texto);
        StringBuilder sb = new StringBuilder(limpio.length() + 16);
        for (int i = 0; i < limpio.length(); i++) {
            char c = limpio.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code texto} without control characters: CR LF, CR, LF and tab become one space; other C0 controls and
     * DEL their control picture (U+2400–U+2421); C1 controls, U+2028/U+2029 and the bidirectional embeddings,
     * overrides and isolates (U+202A–U+202E, U+2066–U+2069) U+FFFD.
     */
    static String sinControles(String texto) {
        StringBuilder sb = new StringBuilder(texto.length());
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t') {
                sb.append(' ');
                if (c == '\r' && i + 1 < texto.length() && texto.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                sb.append('\u2421');
            } else if ((c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069')) {
                sb.append(REEMPLAZO);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
