package cl.avance.hechos;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One criterion of one unit, as the unit reported it. One per unit and criterion. Rules ask it about its
 * indicators by code: {@code cumple( "TERRITORIO_DEFINIDO" )}.
 */
public final class CriterioDeUnidad {
    private final String unidad;
    private final CriterioInformado informado;
    private final List<String> cumplidos;
    private final List<String> noCumplidos;
    private final Set<String> cumplidosRapido;
    private final Set<String> instancias;

    /** The fact of unit {@code unidad} for what it reported on one criterion; the engine inserts one per unit and criterion. */

    public CriterioDeUnidad(String unidad, CriterioInformado informado) {
        this.unidad = unidad;
        this.informado = informado;
        List<String> si = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (Indicador indicador : informado.criterio().indicadores()) {
            (informado.estado(indicador) == EstadoIndicador.CUMPLIDO ? si : no).add(indicador.codigo());
        }
        this.cumplidos = List.copyOf(si);
        this.noCumplidos = List.copyOf(no);
        this.cumplidosRapido = new HashSet<>(si);
        Set<String> codigos = new LinkedHashSet<>();
        for (Instancia instancia : informado.instancias()) {
            codigos.add(instancia.codigo());
        }
        this.instancias = Collections.unmodifiableSet(codigos);
    }

    /** The id of the unit. */
    public String getUnidad() {
        return unidad;
    }

    /** The criterion, as the catalogue defines it. */
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

    /** Whether the unit reported the indicator with code {@code indicador} present in this criterion. */
    public boolean cumple(String indicador) {
        return cumplidosRapido.contains(indicador);
    }

    /** Whether the unit reported at least one of {@code indicadores} (codes) present. */
    public boolean cumpleAlgunoDe(String... indicadores) {
        for (String indicador : indicadores) {
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

    /** The codes of the indicators the unit reported present, in the methodology's order. */
    public List<String> getCumplidos() {
        return cumplidos;
    }

    /**
     * The codes of the indicators not met, in the methodology's order: reported absent or not reported at
     * all (both count as not met).
     */
    public List<String> getNoCumplidos() {
        return noCumplidos;
    }

    /** The unit's own grade, or null when it states none. */
    public Avance getAutoevaluacion() {
        return informado.autoevaluacion();
    }

    /** The codes of the territorial bodies involved: {@code instancias contains "GOBIERNO_REGIONAL"}. */
    public Set<String> getInstancias() {
        return instancias;
    }

    @Override
    public String toString() {
        return unidad + " " + getCodigo();
    }
}
