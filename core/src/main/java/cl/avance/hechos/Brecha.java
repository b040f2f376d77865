package cl.avance.hechos;

/** Conclusion: an indicator of a graded criterion is not met. Recommendations follow from gaps. */
public final class Brecha {
    private final CriterioDeUnidad criterio;
    private final String indicador;

    /** A gap: {@code indicador} (a code) is not met in {@code criterio}. */

    public Brecha(CriterioDeUnidad criterio, String indicador) {
        this.criterio = criterio;
        this.indicador = indicador;
    }

    /** The criterion of the unit where the indicator is not met. */

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    /** The id of the unit. */
    public String getUnidad() {
        return criterio.getUnidad();
    }

    /** The code of the indicator not met: {@code indicador == "TERRITORIO_DEFINIDO"}. */
    public String getIndicador() {
        return indicador;
    }

    @Override
    public String toString() {
        return "Brecha " + criterio + " " + indicador;
    }
}
