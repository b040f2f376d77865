package cl.avance.resultado;

import java.util.Objects;

/**
 * A standard recommendation the rules produced.
 *
 * @param codigo the stable code; never null
 * @param texto  the Spanish text; never null
 * @param regla  the name of the rule that produced it, as written in the {@code .drl}; never null
 */
public record RecomendacionEstandar(String codigo, String texto, String regla) {
    /** Creates a {@code RecomendacionEstandar}, checking and copying its components as described above. */
    public RecomendacionEstandar {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(texto, "texto");
        Objects.requireNonNull(regla, "regla");
    }
}
