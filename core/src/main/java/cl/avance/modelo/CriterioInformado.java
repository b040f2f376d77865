package cl.avance.modelo;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.Ruta;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a unit reported for one criterion: the input, before any rule runs.
 *
 * @param criterio        the criterion reported on; never null
 * @param indicadores     indicator → reported present ({@code true}) or absent ({@code false});
 *                        indicators left out are not reported. Every key must belong to {@code criterio};
 *                        kept in the criterion's order
 * @param autoevaluacion  the unit's own grade, or null when it states none; never {@link Avance#SIN_INFORMACION}
 * @param desarrollo      the unit's free text on what it achieved, or null
 * @param recomendaciones the unit's own recommendations, in its order; never null
 * @param noAplica        the reason the unit gives for the criterion not applying, or null; never blank
 * @param instancias      the territorial bodies involved, only where the criterion admits them; never null
 * @param evidencias      the quotes behind the indicator values and the self-grade; never null (use
 *                        {@link Evidencias#NINGUNA}). Quotes may only name indicators of {@code criterio}
 */
public record CriterioInformado(
        Criterio criterio,
        Map<Indicador, Boolean> indicadores,
        Avance autoevaluacion,
        String desarrollo,
        List<String> recomendaciones,
        String noAplica,
        Set<Instancia> instancias,
        Evidencias evidencias) {

    /**
     * @throws NullPointerException     naming {@code criterio}, {@code indicadores}, {@code recomendaciones},
     *                                  {@code instancias} or the null element
     * @throws EntradaInvalidaException with every defect a file with these values would have: an indicator of
     *                                  another criterion, a grade the unit cannot state
     *                                  ({@link Avance#SIN_INFORMACION}), a blank {@code noAplica}, territorial
     *                                  bodies where the criterion admits none
     */
    public CriterioInformado {
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(indicadores, "indicadores");
        Objects.requireNonNull(recomendaciones, "recomendaciones");
        Objects.requireNonNull(instancias, "instancias");
        Ruta raiz = Ruta.raiz();
        Forma.Defectos defectos = new Forma.Defectos();
        Map<Indicador, Boolean> copia = new LinkedHashMap<>();
        for (Indicador indicador : criterio.indicadores()) {
            Boolean valor = indicadores.get(indicador);
            if (valor != null) {
                copia.put(indicador, valor);
            }
        }
        indicadores.forEach((indicador, valor) -> {
            Objects.requireNonNull(indicador, "indicadores: una clave");
            Objects.requireNonNull(valor, "indicadores: el valor de " + indicador.codigo());
            defectos.en(raiz.campo("indicadores").campo(indicador.codigo()),
                    Forma.indicadorDeOtroCriterio(indicador, criterio));
        });
        indicadores = Collections.unmodifiableMap(copia);
        for (int i = 0; i < recomendaciones.size(); i++) {
            Objects.requireNonNull(recomendaciones.get(i), "recomendaciones[" + i + "]");
        }
        recomendaciones = List.copyOf(recomendaciones);
        Set<Instancia> conjunto = new LinkedHashSet<>();
        for (Instancia instancia : instancias) {
            conjunto.add(Objects.requireNonNull(instancia, "instancias: un elemento"));
        }
        instancias = Collections.unmodifiableSet(conjunto);
        Objects.requireNonNull(evidencias, "evidencias");
        for (Indicador indicador : evidencias.indicadores().keySet()) {
            defectos.en(raiz.campo("evidencias").campo(indicador.codigo()), Forma.indicadorDeOtroCriterio(indicador, criterio));
        }
        defectos.en(raiz.campo("autoevaluacion"), Forma.autoevaluacion(autoevaluacion))
                .en(raiz.campo("noAplica"), Forma.noAplica(noAplica))
                .en(raiz.campo("instancias"), Forma.instancias(criterio, !instancias.isEmpty(), null))
                .lanzar("el criterio " + criterio.codigo());
    }

    /** What a unit reported, without quotes: the form every caller used before evidence existed. */
    public CriterioInformado(Criterio criterio, Map<Indicador, Boolean> indicadores, Avance autoevaluacion,
                             String desarrollo, List<String> recomendaciones, String noAplica, Set<Instancia> instancias) {
        this(criterio, indicadores, autoevaluacion, desarrollo, recomendaciones, noAplica, instancias, Evidencias.NINGUNA);
    }

    /**
     * A criterion with only indicator values, as tests and embedders most often build it.
     *
     * @throws NullPointerException     naming {@code criterio} or {@code indicadores}
     * @throws EntradaInvalidaException for an indicator of another criterion
     */
    public static CriterioInformado conIndicadores(Criterio criterio, Map<Indicador, Boolean> indicadores) {
        return new CriterioInformado(criterio, indicadores, null, null, List.of(), null, Set.of());
    }

    /**
     * A criterion the unit declares not applicable, with its reason.
     *
     * @throws NullPointerException     naming {@code criterio} or {@code motivo}: a criterion that does not apply
     *                                  needs a reason (without one it would be graded "sin información")
     * @throws EntradaInvalidaException for a blank {@code motivo}, as a file gets it
     */
    public static CriterioInformado noAplicable(Criterio criterio, String motivo) {
        Objects.requireNonNull(motivo, "motivo");
        return new CriterioInformado(criterio, Map.of(), null, null, List.of(), motivo, Set.of());
    }

    /** This criterion with the unit's own grade set. */
    public CriterioInformado conAutoevaluacion(Avance grado) {
        return new CriterioInformado(criterio, indicadores, grado, desarrollo, recomendaciones, noAplica, instancias,
                evidencias);
    }

    /** This criterion with the unit's free text set. */
    public CriterioInformado conDesarrollo(String texto) {
        return new CriterioInformado(criterio, indicadores, autoevaluacion, texto, recomendaciones, noAplica, instancias,
                evidencias);
    }

    /** This criterion with {@code citas} as its evidence. */
    public CriterioInformado conEvidencias(Evidencias citas) {
        return new CriterioInformado(criterio, indicadores, autoevaluacion, desarrollo, recomendaciones, noAplica, instancias,
                citas);
    }

    /**
     * What the unit reported for {@code indicador}; never null.
     *
     * @throws NullPointerException naming {@code indicador}
     */
    public EstadoIndicador estado(Indicador indicador) {
        Objects.requireNonNull(indicador, "indicador");
        Boolean valor = indicadores.get(indicador);
        if (valor == null) {
            return EstadoIndicador.SIN_INFORMACION;
        }
        return valor ? EstadoIndicador.CUMPLIDO : EstadoIndicador.NO_CUMPLIDO;
    }

    /** Whether the unit reported at least one indicator or some text on what it achieved. */
    public boolean informado() {
        return !indicadores.isEmpty() || (desarrollo != null && !desarrollo.isBlank());
    }
}
