package cl.avance.resultado;

import cl.avance.modelo.Criterio;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The results of one unit: one per criterion, always all four.
 *
 * @param id        the unit's id
 * @param nombre    the unit's name
 * @param criterios criterion → its result, for every criterion
 */
public record ResultadoUnidad(String id, String nombre, Map<Criterio, ResultadoCriterio> criterios) {

    public ResultadoUnidad {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nombre, "nombre");
        EnumMap<Criterio, ResultadoCriterio> copia = new EnumMap<>(Criterio.class);
        copia.putAll(criterios);
        for (Criterio criterio : Criterio.values()) {
            if (!copia.containsKey(criterio)) {
                throw new IllegalArgumentException("Falta el resultado del criterio " + criterio + " de " + id);
            }
        }
        criterios = Collections.unmodifiableMap(copia);
    }

    /** The result for {@code criterio}; never null. */
    public ResultadoCriterio criterio(Criterio criterio) {
        return criterios.get(criterio);
    }
}
