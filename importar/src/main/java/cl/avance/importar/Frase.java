package cl.avance.importar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A phrase of the vocabulary as the matcher uses it: its words analysed like the document's, without the
 * small words that carry no meaning (articles, prepositions), a word ending in {@code *} standing for any
 * word that begins so ({@code inform*}: informa, informado, informamos).
 *
 * @param texto    the phrase as policy staff wrote it
 * @param palabras its stems (or folded prefixes, where {@code prefijo} is set), in order
 * @param prefijo  per word, whether it matches by prefix
 */
record Frase(String texto, List<String> palabras, List<Boolean> prefijo) {

    /** Analyses {@code texto}; {@code vacias} are the words to leave out. */
    static Frase de(String texto, Set<String> vacias) {
        List<String> palabras = new ArrayList<>();
        List<Boolean> prefijo = new ArrayList<>();
        for (String parte : texto.strip().split("\\s+")) {
            boolean comodin = parte.endsWith("*");
            String palabra = comodin ? parte.substring(0, parte.length() - 1) : parte;
            List<String> raices = comodin ? AnalizadorEspanol.plegadas(palabra) : AnalizadorEspanol.raices(palabra);
            for (int i = 0; i < raices.size(); i++) {
                String raiz = raices.get(i);
                if (!comodin && vacias.contains(raiz)) {
                    continue;
                }
                palabras.add(raiz);
                prefijo.add(comodin && i == raices.size() - 1);
            }
        }
        return new Frase(texto, List.copyOf(palabras), List.copyOf(prefijo));
    }

    /** Whether the phrase keeps no word at all (only small words): it could never match. */
    boolean vacia() {
        return palabras.isEmpty();
    }

    boolean coincide(int i, String raiz, String plegada) {
        return prefijo.get(i) ? plegada.startsWith(palabras.get(i)) : raiz.equals(palabras.get(i));
    }
}
