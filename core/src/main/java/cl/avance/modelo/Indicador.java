package cl.avance.modelo;

import java.util.Objects;

/**
 * A domain fact a criterion is judged on, as the methodology's catalogue defines it.
 *
 * @param codigo      the stable code, as input files and rules write it ({@code TERRITORIO_DEFINIDO})
 * @param criterio    the code of the criterion it belongs to ({@code "1.1"})
 * @param descripcion what a report shows for it, in Spanish
 */
public record Indicador(String codigo, String criterio, String descripcion) {
    /** Creates a {@code Indicador}, checking and copying its components as described above. */
    public Indicador {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(descripcion, "descripcion");
    }

    @Override
    public String toString() {
        return codigo;
    }
}
