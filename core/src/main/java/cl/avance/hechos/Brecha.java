package cl.avance.hechos;

import cl.avance.modelo.Indicador;

/** Conclusion: an indicator of a graded criterion is not met. Recommendations follow from gaps. */
public final class Brecha {
    private final CriterioDeUnidad criterio;
    private final Indicador indicador;

    public Brecha(IndicadorDeUnidad indicador) {
        this.criterio = indicador.getCriterio();
        this.indicador = indicador.getIndicador();
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
