package cl.avance.hechos;

import cl.avance.modelo.Avance;
import java.util.Objects;

/** Conclusion: the grade of a unit's criterion. Exactly one grade per unit and criterion must result. */
public final class Calificacion {
    private final CriterioDeUnidad criterio;
    private final Avance avance;

    /** A grade: {@code criterio} gets {@code avance}. */

    public Calificacion(CriterioDeUnidad criterio, Avance avance) {
        this.criterio = Objects.requireNonNull(criterio, "criterio");
        this.avance = Objects.requireNonNull(avance, "avance");
    }

    /** The criterion graded. */

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    /** The id of the unit. */
    public String getUnidad() {
        return criterio.getUnidad();
    }

    /** The grade the rule gave. */

    public Avance getAvance() {
        return avance;
    }

    @Override
    public String toString() {
        return criterio + " " + avance;
    }
}
