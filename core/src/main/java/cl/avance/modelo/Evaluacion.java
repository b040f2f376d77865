package cl.avance.modelo;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole evaluation: one service, one year, the reports of all its units.
 *
 * @param servicio the service's name; never null
 * @param sigla    the service's acronym, or null
 * @param anio     the year evaluated
 * @param unidades the units, in the order results list them; ids are unique
 * @param borrador whether this is an unreviewed draft (written by {@code avance importar}): its grades are
 *                 provisional
 */
public record Evaluacion(String servicio, String sigla, int anio, List<Unidad> unidades, boolean borrador) {

    /** The version of the input format this model corresponds to. */
    public static final int FORMATO = 1;

    public Evaluacion {
        Objects.requireNonNull(servicio, "servicio");
        unidades = List.copyOf(unidades);
        Set<String> ids = new HashSet<>();
        for (Unidad unidad : unidades) {
            if (!ids.add(unidad.id())) {
                throw new IllegalArgumentException("El id de unidad «" + unidad.id() + "» está repetido");
            }
        }
    }

    /** A reviewed evaluation (not a draft). */
    public Evaluacion(String servicio, String sigla, int anio, List<Unidad> unidades) {
        this(servicio, sigla, anio, unidades, false);
    }
}
