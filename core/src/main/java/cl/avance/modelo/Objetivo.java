package cl.avance.modelo;

import java.util.Objects;

/**
 * An objective of the questionnaire, which groups criteria.
 *
 * @param numero the objective's number, as the questionnaire numbers it (1, 2…)
 * @param titulo its title, in Spanish
 */
public record Objetivo(int numero, String titulo) {
    /** Creates a {@code Objetivo}, checking and copying its components as described above. */
    public Objetivo {
        Objects.requireNonNull(titulo, "titulo");
    }
}
