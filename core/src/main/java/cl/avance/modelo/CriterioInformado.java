package cl.avance.modelo;

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
 * @param autoevaluacion  the unit's own grade, or null when it states none
 * @param desarrollo      the unit's free text on what it achieved, or null
 * @param recomendaciones the unit's own recommendations, in its order; never null
 * @param noAplica        the reason the unit gives for the criterion not applying, or null
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

    public CriterioInformado {
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(indicadores, "indicadores");
        Map<Indicador, Boolean> copia = new LinkedHashMap<>();
        for (Indicador indicador : criterio.indicadores()) {
            Boolean valor = indicadores.get(indicador);
            if (valor != null) {
                copia.put(indicador, valor);
            }
        }
        indicadores.forEach((indicador, valor) -> {
            Objects.requireNonNull(indicador, "indicador");
            if (!copia.containsKey(indicador)) {
                throw new IllegalArgumentException("El indicador " + indicador.codigo() + " pertenece al criterio "
                        + indicador.criterio() + ", no al " + criterio.codigo());
            }
            Objects.requireNonNull(valor, "valor de " + indicador.codigo());
        });
        indicadores = Collections.unmodifiableMap(copia);
        recomendaciones = List.copyOf(Objects.requireNonNull(recomendaciones, "recomendaciones"));
        instancias = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(instancias, "instancias")));
        if (!instancias.isEmpty() && !criterio.admiteInstancias()) {
            throw new IllegalArgumentException("El criterio " + criterio.codigo() + " no admite instancias");
        }
        Objects.requireNonNull(evidencias, "evidencias");
        for (Indicador indicador : evidencias.indicadores().keySet()) {
            if (!indicador.criterio().equals(criterio.codigo())) {
                throw new IllegalArgumentException("La evidencia de " + indicador.codigo() + " pertenece al criterio "
                        + indicador.criterio() + ", no al " + criterio.codigo());
            }
        }
    }

    /** What a unit reported, without quotes: the form every caller used before evidence existed. */
    public CriterioInformado(Criterio criterio, Map<Indicador, Boolean> indicadores, Avance autoevaluacion,
                             String desarrollo, List<String> recomendaciones, String noAplica, Set<Instancia> instancias) {
        this(criterio, indicadores, autoevaluacion, desarrollo, recomendaciones, noAplica, instancias, Evidencias.NINGUNA);
    }

    /** A criterion with only indicator values, as tests and embedders most often build it. */
    public static CriterioInformado conIndicadores(Criterio criterio, Map<Indicador, Boolean> indicadores) {
        return new CriterioInformado(criterio, indicadores, null, null, List.of(), null, Set.of());
    }

    /** A criterion the unit declares not applicable, with its reason. */
    public static CriterioInformado noAplicable(Criterio criterio, String motivo) {
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

    /** What the unit reported for {@code indicador}; never null. */
    public EstadoIndicador estado(Indicador indicador) {
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
