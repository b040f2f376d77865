package cl.avance.escenarios;

import java.util.Objects;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import java.util.List;
import java.util.Map;

/**
 * One scenario: a sentence, an evaluation, and what the rules must give for it.
 *
 * @param archivo                   the file it came from
 * @param nombre                    the sentence that names it
 * @param evaluacion                the input
 * @param esperado                  unit id → criterion → expectation
 * @param recomendacionesAlServicio the exact service-level codes expected, or null to leave them unchecked
 */
public record Escenario(String archivo, String nombre, Evaluacion evaluacion,
                        Map<String, Map<Criterio, Expectativa>> esperado,
                        List<String> recomendacionesAlServicio) {
    /** Creates a {@code Escenario}, checking and copying its components as described above. */
    public Escenario {
        Objects.requireNonNull(archivo, "archivo");
        Objects.requireNonNull(nombre, "nombre");
        Objects.requireNonNull(evaluacion, "evaluacion");
        Objects.requireNonNull(esperado, "esperado");
    }
}
