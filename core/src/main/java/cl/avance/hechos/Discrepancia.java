package cl.avance.hechos;

import cl.avance.modelo.Avance;
import java.util.Objects;

/** Conclusion: the unit's own grade differs from the grade the rules gave. A reviewer decides. */
public final class Discrepancia {
    private final CriterioDeUnidad criterio;
    private final Avance autoevaluacion;
    private final Avance avance;

    /** A disagreement on {@code criterio}: the unit said {@code autoevaluacion}, the rules gave {@code avance}. */

    public Discrepancia(CriterioDeUnidad criterio, Avance autoevaluacion, Avance avance) {
        this.criterio = Objects.requireNonNull(criterio, "criterio");
        this.autoevaluacion = Objects.requireNonNull(autoevaluacion, "autoevaluacion");
        this.avance = Objects.requireNonNull(avance, "avance");
    }

    /** The criterion the unit and the rules disagree on. */

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    /** The grade the unit gave itself. */

    public Avance getAutoevaluacion() {
        return autoevaluacion;
    }

    /** The grade the rules gave. */

    public Avance getAvance() {
        return avance;
    }

    @Override
    public String toString() {
        return criterio + " autoevaluación " + autoevaluacion + " ≠ " + avance;
    }
}
