package cl.avance.resultado;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a unit lacks to raise the grade of one criterion: the smallest sets of indicators, not met today, that
 * would give the next level of the scale (or a higher one), and those that would give {@code AVANCE_MAYOR}.
 * Found through the methodology's own rules, so it stays true when policy staff change them.
 *
 * <p>A set is <em>smallest</em> when no proper subset of it also reaches the level; the sets are ordered by
 * size and then by the methodology's order of indicators. Both parts are empty for a criterion at
 * {@code AVANCE_MAYOR} or off the scale ({@code NO_APLICA}, {@code SIN_INFORMACION}): see {@link #NADA}.
 *
 * @param siguiente the next level and the sets that reach it (at least it); empty when there is no next level
 * @param mayor     {@code AVANCE_MAYOR} and the sets that reach it; empty when there is no next level. Equal to
 *                  {@code siguiente} for a criterion at {@code AVANCE_MENOR}
 */
public record QueFalta(Optional<Meta> siguiente, Optional<Meta> mayor) {

    /** Nothing to raise: the criterion is at the top of the scale or off it. */
    public static final QueFalta NADA = new QueFalta(Optional.empty(), Optional.empty());

    /**
     * A level to reach and the ways to reach it.
     *
     * @param avance   the level, on the scale; never null
     * @param opciones each a smallest set of indicators to meet, in the methodology's order; empty when meeting
     *                 every missing indicator would still not reach the level
     */
    public record Meta(Avance avance, List<List<Indicador>> opciones) {
        /** Creates a {@code Meta}, checking and copying its components as described above. */
        public Meta {
            Objects.requireNonNull(avance, "avance");
            if (!avance.enEscala()) {
                throw new IllegalArgumentException("Solo se puede apuntar a un avance de la escala, no a " + avance);
            }
            List<List<Indicador>> copia = new ArrayList<>(opciones.size());
            opciones.forEach(o -> copia.add(List.copyOf(o)));
            opciones = List.copyOf(copia);
        }
    }

    /** Creates a {@code QueFalta}, checking and copying its components as described above. */
    public QueFalta {
        Objects.requireNonNull(siguiente, "siguiente");
        Objects.requireNonNull(mayor, "mayor");
    }

    /** Whether there is nothing to tell: the criterion is at the top of the scale or off it. */
    public boolean vacio() {
        return siguiente.isEmpty() && mayor.isEmpty();
    }

    /**
     * What the unit lacks, as sentences for people, one per level: "Para alcanzar avance mayor en 1.3 falta: …".
     * One sentence when the next level is {@code AVANCE_MAYOR}; none when {@link #vacio()}.
     *
     * @param criterio the criterion this belongs to, named in the sentence
     */
    public List<String> frases(Criterio criterio) {
        Objects.requireNonNull(criterio, "criterio");
        List<String> frases = new ArrayList<>(2);
        siguiente.ifPresent(m -> frases.add(frase(criterio, m)));
        mayor.filter(m -> !siguiente.equals(Optional.of(m))).ifPresent(m -> frases.add(frase(criterio, m)));
        return frases;
    }

    /**
     * One sentence: "Para alcanzar avance mayor en 1.3 falta: el programa es parte de … y …", or, with several ways, "… falta una de
     * estas combinaciones: (1) …; (2) …".
     */
    public static String frase(Criterio criterio, Meta meta) {
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(meta, "meta");
        String inicio = "Para alcanzar " + meta.avance().etiqueta().toLowerCase(Locale.ROOT) + " en "
                + criterio.codigo();
        if (meta.opciones().isEmpty()) {
            return inicio + " no basta con cumplir los indicadores que faltan: las reglas no lo dan en ningún caso.";
        }
        if (meta.opciones().size() == 1) {
            return inicio + " falta: " + enumerar(meta.opciones().get(0)) + ".";
        }
        StringBuilder sb = new StringBuilder(inicio).append(" falta una de estas combinaciones: ");
        for (int i = 0; i < meta.opciones().size(); i++) {
            sb.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(enumerar(meta.opciones().get(i)));
        }
        return sb.append('.').toString();
    }

    /** "a", "a y b", "a, b y c", with each indicator's text as a clause (its final period dropped). */
    private static String enumerar(List<Indicador> indicadores) {
        List<String> partes = new ArrayList<>(indicadores.size());
        indicadores.forEach(i -> partes.add(clausula(i.descripcion())));
        if (partes.size() == 1) {
            return partes.get(0);
        }
        // The texts may hold commas themselves; a semicolon keeps the items apart.
        String separador = partes.stream().anyMatch(p -> p.contains(",")) ? "; " : ", ";
        return String.join(separador, partes.subList(0, partes.size() - 1)) + " y " + partes.get(partes.size() - 1);
    }

    /** "El territorio está definido." → "el territorio está definido"; acronyms ("ARDP …") keep their case. */
    private static String clausula(String texto) {
        String t = texto.strip();
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }
}
