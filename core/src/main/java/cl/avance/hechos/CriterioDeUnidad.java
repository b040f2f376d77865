package cl.avance.hechos;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One criterion of one unit, as the unit reported it. One per unit and criterion. */
public final class CriterioDeUnidad {
    private final String unidad;
    private final CriterioInformado informado;
    private final List<Indicador> cumplidos;
    private final List<Indicador> noCumplidos;

    public CriterioDeUnidad(String unidad, CriterioInformado informado) {
        this.unidad = unidad;
        this.informado = informado;
        List<Indicador> si = new ArrayList<>();
        List<Indicador> no = new ArrayList<>();
        for (Indicador indicador : informado.criterio().indicadores()) {
            (informado.estado(indicador) == EstadoIndicador.CUMPLIDO ? si : no).add(indicador);
        }
        this.cumplidos = List.copyOf(si);
        this.noCumplidos = List.copyOf(no);
    }

    /** The id of the unit. */
    public String getUnidad() {
        return unidad;
    }

    public Criterio getCriterio() {
        return informado.criterio();
    }

    /** The criterion's code, as rules name it: {@code codigo == "1.1"}. */
    public String getCodigo() {
        return informado.criterio().codigo();
    }

    /** The reason the unit gives for the criterion not applying, or null. */
    public String getNoAplica() {
        return informado.noAplica();
    }

    /** Whether the criterion applies: the unit did not declare it "No aplica". */
    public boolean isAplica() {
        return informado.noAplica() == null;
    }

    /** Whether the unit reported at least one indicator or some text on what it achieved. */
    public boolean isInformado() {
        return informado.informado();
    }

    /** Whether the unit reported {@code indicador} of this criterion present. */
    public boolean cumple(Indicador indicador) {
        return informado.estado(indicador) == EstadoIndicador.CUMPLIDO;
    }

    /** Whether the unit reported at least one of {@code indicadores} present. */
    public boolean cumpleAlgunoDe(Indicador... indicadores) {
        for (Indicador indicador : indicadores) {
            if (cumple(indicador)) {
                return true;
            }
        }
        return false;
    }

    /** Whether at least one indicator of this criterion is met. */
    public boolean isCumpleAlguno() {
        return !cumplidos.isEmpty();
    }

    /** Whether every indicator of this criterion is met. */
    public boolean isCumpleTodos() {
        return noCumplidos.isEmpty();
    }

    /** The indicators of this criterion the unit reported present, in the methodology's order. */
    public List<Indicador> getCumplidos() {
        return cumplidos;
    }

    /**
     * The indicators of this criterion not met, in the methodology's order: reported absent or not
     * reported at all (both count as not met).
     */
    public List<Indicador> getNoCumplidos() {
        return noCumplidos;
    }

    /** The unit's own grade, or null when it states none. */
    public Avance getAutoevaluacion() {
        return informado.autoevaluacion();
    }

    /** The territorial bodies involved (criterion 1.2). */
    public Set<Instancia> getInstancias() {
        return informado.instancias();
    }

    @Override
    public String toString() {
        return unidad + " " + getCodigo();
    }
}
