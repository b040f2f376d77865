package cl.avance.modelo;

import java.util.Objects;

/**
 * A territorial body a program may be articulated with (attribute {@code instancias} of a criterion).
 *
 * @param codigo the stable code ({@code GOBIERNO_REGIONAL})
 * @param nombre the body's name as a report shows it
 */
public record Instancia(String codigo, String nombre) {
    /** Creates a {@code Instancia}, checking and copying its components as described above. */
    public Instancia {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(nombre, "nombre");
    }

    @Override
    public String toString() {
        return codigo;
    }
}
