package cl.avance.motor;

import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One state a criterion can be reported in, as far as grading goes: each indicator met, not met or not
 * reported, whether there is text on what was achieved, whether the unit declared it not applicable, and the
 * territorial conInstancias named. The key of {@link TablaDeCalificacion} and of the "qué falta" cache.
 *
 * @param criterio    the criterion
 * @param indicadores the state of each of its indicators, in the methodology's order
 * @param desarrollo  whether the unit wrote some text on what it achieved
 * @param noAplica    whether the unit declared the criterion not applicable
 * @param instancias  the territorial conInstancias named
 */
record EstadoDeCriterio(Criterio criterio, List<EstadoIndicador> indicadores, boolean desarrollo, boolean noAplica,
                        Set<Instancia> instancias) {

    EstadoDeCriterio {
        indicadores = List.copyOf(indicadores);
        instancias = Set.copyOf(instancias);
    }

    /** The state {@code informado} is in. */
    static EstadoDeCriterio de(CriterioInformado informado) {
        List<EstadoIndicador> estados = new ArrayList<>(informado.criterio().indicadores().size());
        informado.criterio().indicadores().forEach(i -> estados.add(informado.estado(i)));
        return new EstadoDeCriterio(informado.criterio(), estados,
                informado.desarrollo() != null && !informado.desarrollo().isBlank(), informado.noAplica() != null,
                informado.instancias());
    }

    /**
     * This state as the rules can see it, for the "qué falta" table: the fact rules match on
     * ({@link cl.avance.hechos.CriterioDeUnidad}) tells met from not met and whether anything was reported
     * ({@code informado}), but not an indicator reported absent from one not reported, nor text from an
     * indicator. States with the same such view get the same grades, so they are graded once: every indicator
     * not met is taken as reported absent and the text is dropped (a criterion with nothing reported stays so).
     * If that fact ever shows more, this must show it too.
     */
    EstadoDeCriterio comoLoVenLasReglas() {
        boolean informado = desarrollo || indicadores.stream().anyMatch(e -> e != EstadoIndicador.SIN_INFORMACION);
        List<EstadoIndicador> vistos = new ArrayList<>(indicadores.size());
        for (EstadoIndicador e : indicadores) {
            vistos.add(e == EstadoIndicador.CUMPLIDO ? e
                    : informado ? EstadoIndicador.NO_CUMPLIDO : EstadoIndicador.SIN_INFORMACION);
        }
        return new EstadoDeCriterio(criterio, vistos, false, noAplica, instancias);
    }

    /** A report in this state, for the rules to grade: no own grade, no recommendations. */
    CriterioInformado comoInforme() {
        Map<Indicador, Boolean> valores = new LinkedHashMap<>();
        for (int i = 0; i < indicadores.size(); i++) {
            if (indicadores.get(i) != EstadoIndicador.SIN_INFORMACION) {
                valores.put(criterio.indicadores().get(i), indicadores.get(i) == EstadoIndicador.CUMPLIDO);
            }
        }
        return new CriterioInformado(criterio, valores, null, desarrollo ? "(desarrollo informado)" : null, List.of(),
                noAplica ? "(no aplica)" : null, instancias);
    }

    /** The positions of the indicators not met (reported absent or not reported), in the methodology's order. */
    List<Integer> noCumplidos() {
        List<Integer> posiciones = new ArrayList<>();
        for (int i = 0; i < indicadores.size(); i++) {
            if (indicadores.get(i) != EstadoIndicador.CUMPLIDO) {
                posiciones.add(i);
            }
        }
        return posiciones;
    }

    /** This state with the indicators at {@code posiciones[j]} met, for each bit {@code j} set in {@code mascara}. */
    EstadoDeCriterio conCumplidos(List<Integer> posiciones, int mascara) {
        if (mascara == 0) {
            return this;
        }
        List<EstadoIndicador> otros = new ArrayList<>(indicadores);
        for (int j = 0; j < posiciones.size(); j++) {
            if ((mascara & (1 << j)) != 0) {
                otros.set(posiciones.get(j), EstadoIndicador.CUMPLIDO);
            }
        }
        return new EstadoDeCriterio(criterio, otros, desarrollo, noAplica, instancias);
    }

    /**
     * The state in words, for a policy author: "1.3 con ACUERDO_FORMAL cumplido, COMPROMISOS_RESPALDADOS no
     * cumplido y PRESUPUESTO_INCORPORADO sin informar", "1.3 declarado «no aplica»", "1.3 sin indicadores ni
     * desarrollo (sin información)", "1.3 con texto de desarrollo y ningún indicador informado".
     */
    String enPalabras() {
        String codigo = criterio.codigo();
        if (noAplica) {
            return codigo + " declarado «no aplica»";
        }
        boolean ninguno = indicadores.stream().allMatch(e -> e == EstadoIndicador.SIN_INFORMACION);
        String conInstancias = instancias.isEmpty() ? "" : " (instancias: " + String.join(", ",
                instancias.stream().map(Instancia::codigo).sorted().toList()) + ")";
        if (ninguno) {
            return (desarrollo ? codigo + " con texto de desarrollo y ningún indicador informado"
                    : codigo + " sin indicadores ni desarrollo (sin información)") + conInstancias;
        }
        List<String> partes = new ArrayList<>(indicadores.size());
        for (int i = 0; i < indicadores.size(); i++) {
            partes.add(criterio.indicadores().get(i).codigo() + switch (indicadores.get(i)) {
                case CUMPLIDO -> " cumplido";
                case NO_CUMPLIDO -> " no cumplido";
                case SIN_INFORMACION -> " sin informar";
            });
        }
        String lista = partes.size() == 1 ? partes.get(0)
                : String.join(", ", partes.subList(0, partes.size() - 1)) + " y " + partes.get(partes.size() - 1);
        return codigo + " con " + lista + (desarrollo ? ", con texto de desarrollo" : "") + conInstancias;
    }
}
