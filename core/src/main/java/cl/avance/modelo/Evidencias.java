package cl.avance.modelo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sentences a unit's text gives for what was reported on one criterion: per indicator, the quote that
 * supports its value, and the quote in which the unit states its own grade. Usually written by
 * {@code avance importar} and kept by the reviewer; results and reports show them beside the grade.
 *
 * @param indicadores    indicator → verbatim quote; never null, may be empty; in insertion order
 * @param autoevaluacion the quote in which the unit states its grade, or null
 */
public record Evidencias(Map<Indicador, String> indicadores, String autoevaluacion) {

    /** No quote at all: what every file without {@code evidencias} carries. */
    public static final Evidencias NINGUNA = new Evidencias(Map.of(), null);

    /** Creates a {@code Evidencias}, checking and copying its components as described above. */
    public Evidencias {
        Objects.requireNonNull(indicadores, "indicadores");
        Map<Indicador, String> copia = new LinkedHashMap<>();
        indicadores.forEach((indicador, cita) -> copia.put(Objects.requireNonNull(indicador, "indicador"),
                Objects.requireNonNull(cita, "cita de " + indicador)));
        indicadores = Collections.unmodifiableMap(copia);
    }

    /** Whether there is no quote. */
    public boolean vacias() {
        return indicadores.isEmpty() && autoevaluacion == null;
    }

    /** The quote for {@code indicador}, or null. */
    public String de(Indicador indicador) {
        return indicadores.get(indicador);
    }
}
