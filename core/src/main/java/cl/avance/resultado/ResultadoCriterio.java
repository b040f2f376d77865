package cl.avance.resultado;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evidencias;
import cl.avance.modelo.Indicador;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The grade of one criterion of one unit, with its explanation.
 *
 * @param criterio                  the criterion; never null
 * @param avance                    the grade; never null
 * @param reglas                    the names of the rules that decided the grade; never empty
 * @param indicadoresCumplidos      indicators reported present, in the methodology's order
 * @param indicadoresNoCumplidos    indicators reported absent
 * @param indicadoresSinInformacion indicators left out of the report, for a reviewer to ask for
 * @param recomendaciones           standard recommendations, ordered by code
 * @param discrepancia              the disagreement with the unit's own grade, if any
 * @param queFalta                  the smallest sets of indicators that would raise the grade; {@link QueFalta#NADA}
 *                                  at {@code AVANCE_MAYOR} or off the scale
 * @param evidencias                the input's quotes behind indicator values and the self-grade; never null
 */
public record ResultadoCriterio(
        Criterio criterio,
        Avance avance,
        List<String> reglas,
        List<Indicador> indicadoresCumplidos,
        List<Indicador> indicadoresNoCumplidos,
        List<Indicador> indicadoresSinInformacion,
        List<RecomendacionEstandar> recomendaciones,
        Optional<DiscrepanciaAutoevaluacion> discrepancia,
        QueFalta queFalta,
        Evidencias evidencias) {

    /** Creates a {@code ResultadoCriterio}, checking and copying its components as described above. */
    public ResultadoCriterio {
        Objects.requireNonNull(reglas, "reglas");
        Objects.requireNonNull(indicadoresCumplidos, "indicadoresCumplidos");
        Objects.requireNonNull(indicadoresNoCumplidos, "indicadoresNoCumplidos");
        Objects.requireNonNull(indicadoresSinInformacion, "indicadoresSinInformacion");
        Objects.requireNonNull(recomendaciones, "recomendaciones");
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(avance, "avance");
        reglas = List.copyOf(reglas);
        if (reglas.isEmpty()) {
            throw new IllegalArgumentException("Un avance sin regla que lo decida no se puede explicar");
        }
        indicadoresCumplidos = List.copyOf(indicadoresCumplidos);
        indicadoresNoCumplidos = List.copyOf(indicadoresNoCumplidos);
        indicadoresSinInformacion = List.copyOf(indicadoresSinInformacion);
        recomendaciones = List.copyOf(recomendaciones);
        Objects.requireNonNull(discrepancia, "discrepancia");
        Objects.requireNonNull(queFalta, "queFalta");
        Objects.requireNonNull(evidencias, "evidencias");
    }

    /** A result without "qué falta" ({@link QueFalta#NADA}) nor quotes, as results were built before they existed. */
    public ResultadoCriterio(Criterio criterio, Avance avance, List<String> reglas, List<Indicador> indicadoresCumplidos,
                             List<Indicador> indicadoresNoCumplidos, List<Indicador> indicadoresSinInformacion,
                             List<RecomendacionEstandar> recomendaciones,
                             Optional<DiscrepanciaAutoevaluacion> discrepancia) {
        this(criterio, avance, reglas, indicadoresCumplidos, indicadoresNoCumplidos, indicadoresSinInformacion,
                recomendaciones, discrepancia, QueFalta.NADA, Evidencias.NINGUNA);
    }
}
