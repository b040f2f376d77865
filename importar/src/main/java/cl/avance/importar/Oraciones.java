package cl.avance.importar;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a block of text into sentences with the JDK's sentence rules for Chilean Spanish. Each paragraph
 * (line) is split on its own, so list items stay apart. An item of a list ({@code ·}, {@code -}, {@code •})
 * remembers the sentence that introduced it with a colon: "Con ello se podrá establecer: · Oferta …" is a
 * plan, and so is each item.
 */
final class Oraciones {

    private static final Locale ES_CL = Locale.forLanguageTag("es-CL");

    /**
     * A sentence, verbatim.
     *
     * @param texto        the sentence as written, trimmed
     * @param introduccion for a list item, the sentence ending in a colon that introduced the list; else null
     */
    record Oracion(String texto, String introduccion) {
    }

    private Oraciones() {
    }

    static List<Oracion> de(List<String> parrafos) {
        List<Oracion> oraciones = new ArrayList<>();
        String introduccion = null;
        for (String parrafo : parrafos) {
            String limpio = parrafo.strip();
            if (limpio.isEmpty()) {
                continue;
            }
            boolean item = esItem(limpio);
            if (!item) {
                introduccion = null;
            }
            BreakIterator corte = BreakIterator.getSentenceInstance(ES_CL);
            corte.setText(limpio);
            int inicio = corte.first();
            String ultima = null;
            for (int fin = corte.next(); fin != BreakIterator.DONE; inicio = fin, fin = corte.next()) {
                String oracion = limpio.substring(inicio, fin).strip();
                if (!oracion.isEmpty()) {
                    oraciones.add(new Oracion(oracion, item ? introduccion : null));
                    ultima = oracion;
                }
            }
            if (!item && ultima != null && ultima.endsWith(":")) {
                introduccion = ultima;
            }
        }
        return oraciones;
    }

    private static boolean esItem(String parrafo) {
        char primero = parrafo.charAt(0);
        return primero == '·' || primero == '•' || primero == '-' || primero == '–' || primero == '*' || primero == '▪';
    }
}
