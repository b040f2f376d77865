package cl.avance.modelo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reporting unit (a regional directorate, or the central office).
 *
 * @param id        the unit's identifier, unique within its evaluation; never null or blank
 * @param nombre    the unit's name; never null or blank
 * @param criterios the criteria the unit reported on, in input order; a criterion left out has no information
 */
public record Unidad(String id, String nombre, Map<Criterio, CriterioInformado> criterios) {

    public Unidad {
        requireText(id, "id");
        requireText(nombre, "nombre");
        Map<Criterio, CriterioInformado> copia = new LinkedHashMap<>();
        criterios.forEach((criterio, informado) -> {
            if (!informado.criterio().equals(criterio)) {
                throw new IllegalArgumentException("El criterio " + informado.criterio()
                        + " está guardado bajo la clave " + criterio);
            }
            copia.put(criterio, informado);
        });
        criterios = Collections.unmodifiableMap(copia);
    }

    /**
     * What the unit reported for {@code criterio}: an empty report (no indicator, no text) where it
     * left the criterion out. Never null.
     */
    public CriterioInformado criterio(Criterio criterio) {
        CriterioInformado informado = criterios.get(criterio);
        return informado != null ? informado : CriterioInformado.conIndicadores(criterio, Map.of());
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " no puede estar vacío");
        }
    }
}
