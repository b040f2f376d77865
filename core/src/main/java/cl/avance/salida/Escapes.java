package cl.avance.salida;

/**
 * How user and methodology text is made safe in each report format. Mustache escapes every {@code {{valor}}}
 * through one of these (see {@link Plantillas}); templates never write a value unescaped.
 */
final class Escapes {

    private Escapes() {
    }

    /** Text for a terminal. */
    static String texto(String texto) {
        return texto;
    }

    /** Text safe inside a Markdown table cell or a list item: no line breaks, no pipes, no HTML. */
    static String markdown(String texto) {
        return texto.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }

    /** A Markdown code span holding {@code texto} literally. */
    static String codigoMarkdown(String texto) {
        return "`" + texto + "`";
    }

    /** Escapes text for HTML (and XML) element content and attribute values, quotes included. */
    static String html(String texto) {
        StringBuilder sb = new StringBuilder(texto.length() + 16);
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0; a report never needs them.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
