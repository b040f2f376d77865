package cl.avance.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "¿Quiso decir …?": the closest known word to a misspelt one. Internal: not part of the API. */
public final class Sugerencia {

    private Sugerencia() {
    }

    /** The candidate closest to {@code palabra}, if it is close enough to be a plausible typo. */
    public static Optional<String> para(String palabra, Collection<String> candidatos) {
        String buscada = palabra.toUpperCase(Locale.ROOT);
        String mejor = null;
        int mejorDistancia = Integer.MAX_VALUE;
        for (String candidato : candidatos) {
            int d = distancia(buscada, candidato.toUpperCase(Locale.ROOT));
            if (d < mejorDistancia) {
                mejor = candidato;
                mejorDistancia = d;
            }
        }
        int tolerancia = Math.max(2, buscada.length() / 4);
        return mejorDistancia <= tolerancia ? Optional.ofNullable(mejor) : Optional.empty();
    }

    /** Appends " ¿Quiso decir «x»?" when there is a plausible candidate. */
    public static String agregar(String mensaje, String palabra, Collection<String> candidatos) {
        return para(palabra, candidatos).map(s -> mensaje + " ¿Quiso decir «" + s + "»?").orElse(mensaje);
    }

    private static int distancia(String a, String b) {
        int[] previa = new int[b.length() + 1];
        int[] actual = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previa[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            actual[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int costo = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                actual[j] = Math.min(Math.min(actual[j - 1] + 1, previa[j] + 1), previa[j - 1] + costo);
            }
            int[] t = previa;
            previa = actual;
            actual = t;
        }
        return previa[b.length()];
    }
}
