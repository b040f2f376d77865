package cl.avance.resultado;

import cl.avance.modelo.Criterio;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one unit: one per criterion of the catalogue, always all of them, in the catalogue's order.
 *
 * @param id        the unit's id
 * @param nombre    the unit's name
 * @param criterios criterion → its result, for every criterion
 */
public record ResultadoUnidad(String id, String nombre, Map<Criterio, ResultadoCriterio> criterios) {

    /** Creates a {@code ResultadoUnidad}, checking and copying its components as described above. */
    public ResultadoUnidad {
        Objects.requireNonNull(criterios, "criterios");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nombre, "nombre");
        criterios = Collections.unmodifiableMap(new LinkedHashMap<>(criterios));
    }

    /**
     * The result for {@code criterio}; never null.
     *
     * @throws IllegalArgumentException when {@code criterio} is not one of this result's criteria
     */
    public ResultadoCriterio criterio(Criterio criterio) {
        Objects.requireNonNull(criterio, "criterio");
        ResultadoCriterio r = criterios.get(criterio);
        if (r == null) {
            throw new IllegalArgumentException("El resultado de «" + id + "» no tiene el criterio " + criterio.codigo());
        }
        return r;
    }

    /**
     * The result for the criterion with {@code codigo} ({@code "1.1"}); never null.
     *
     * @throws IllegalArgumentException when no criterion has that code
     */
    public ResultadoCriterio criterio(String codigo) {
        Objects.requireNonNull(codigo, "codigo");
        for (Map.Entry<Criterio, ResultadoCriterio> e : criterios.entrySet()) {
            if (e.getKey().codigo().equals(codigo)) {
                return e.getValue();
            }
        }
        throw new IllegalArgumentException("El resultado de «" + id + "» no tiene el criterio " + codigo);
    }
}
