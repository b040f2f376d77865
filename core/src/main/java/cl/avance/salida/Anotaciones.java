package cl.avance.salida;

import cl.avance.modelo.Indicador;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.List;
import java.util.Optional;

/**
 * What the reports for people show beside a grade that the result itself does not carry (yet): the extension
 * points of {@link VistaInforme}. Every method has a default that adds nothing, so an implementation overrides
 * only what it knows. Whatever is returned is user or methodology text: the reports escape it.
 */
public interface Anotaciones {

    /** Adds nothing: no "qué falta", no quotes, no provisional grade. */
    Anotaciones NINGUNA = new Anotaciones() {
    };

    /**
     * "Qué falta para subir": Spanish sentences worded for the unit, one per target level
     * ("Para alcanzar avance mayor en 1.3 falta: …"). Empty when nothing is known or the grade is at the top.
     */
    default List<String> queFalta(ResultadoUnidad unidad, ResultadoCriterio criterio) {
        return List.of();
    }

    /** The verbatim sentence of the unit's report that supports the value of {@code indicador}, if any. */
    default Optional<String> cita(ResultadoUnidad unidad, ResultadoCriterio criterio, Indicador indicador) {
        return Optional.empty();
    }

    /** Whether the grade comes from an unreviewed draft, so that reports label it provisional. */
    default boolean provisional(ResultadoUnidad unidad, ResultadoCriterio criterio) {
        return false;
    }
}
