package cl.avance.escenarios;

import java.util.Objects;
import cl.avance.modelo.Avance;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario expects of one unit's criterion. Each part is checked only when given.
 *
 * @param avance          the expected grade, or null to leave it unchecked
 * @param recomendaciones the exact codes expected, in any order, or null to leave them unchecked
 * @param discrepancia    empty to leave it unchecked; {@code Optional.of(Optional.empty())} for "no
 *                        discrepancy"; otherwise the expected own grade
 */
public record Expectativa(Avance avance, List<String> recomendaciones, Optional<Optional<Avance>> discrepancia) {
    /** Creates a {@code Expectativa}, checking and copying its components as described above. */
    public Expectativa {
        Objects.requireNonNull(discrepancia, "discrepancia");
        recomendaciones = recomendaciones == null ? null : List.copyOf(recomendaciones);
    }
}
