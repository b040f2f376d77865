package cl.avance.resultado;

import cl.avance.modelo.Avance;
import java.util.Objects;

/**
 * A unit's own grade that differs from the rules' grade. A reviewer decides.
 *
 * @param autoevaluacion the grade the unit gave itself; never null
 * @param avance         the grade the rules gave; never null
 */
public record DiscrepanciaAutoevaluacion(Avance autoevaluacion, Avance avance) {
    /** Creates a {@code DiscrepanciaAutoevaluacion}, checking and copying its components as described above. */
    public DiscrepanciaAutoevaluacion {
        Objects.requireNonNull(autoevaluacion, "autoevaluacion");
        Objects.requireNonNull(avance, "avance");
    }
}
