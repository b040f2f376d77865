package cl.avance.hechos;

import cl.avance.modelo.Indicador;

/** Conclusion: an indicator of a graded criterion is not met. Recommendations follow from gaps. */
public final class Brecha {
    private final CriterioDeUnidad criterio;
    private final Indicador indicador;

    public Brecha(CriterioDeUnidad criterio, Indicador indicador) {
        this.criterio = criterio;
        this.indicador = indicador;
    }

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    /** The id of the unit. */
    public String getUnidad() {
        return criterio.getUnidad();
    }

    public Indicador getIndicador() {
        return indicador;
    }

    @Override
    public String toString() {
        return "Brecha " + criterio + " " + indicador;
    }
}
