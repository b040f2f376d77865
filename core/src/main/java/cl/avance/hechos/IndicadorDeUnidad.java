package cl.avance.hechos;

import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;

/** One indicator of one unit's criterion, with what the unit reported. One per indicator of each criterion. */
public final class IndicadorDeUnidad {
    private final CriterioDeUnidad criterio;
    private final Indicador indicador;
    private final EstadoIndicador estado;

    public IndicadorDeUnidad(CriterioDeUnidad criterio, Indicador indicador, EstadoIndicador estado) {
        this.criterio = criterio;
        this.indicador = indicador;
        this.estado = estado;
    }

    /** The unit's criterion this indicator belongs to. */
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

    public EstadoIndicador getEstado() {
        return estado;
    }

    /** Whether the unit reported the indicator present. Absent and not reported both count as not met. */
    public boolean isCumplido() {
        return estado == EstadoIndicador.CUMPLIDO;
    }

    @Override
    public String toString() {
        return criterio + " " + indicador + "=" + estado;
    }
}
