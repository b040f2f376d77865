package cl.avance.modelo;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.Ruta;
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

    /**
     * @throws NullPointerException     naming {@code id}, {@code nombre}, {@code criterios} or a null key or value
     * @throws EntradaInvalidaException for a blank {@code id} or {@code nombre}, as a file gets it
     * @throws IllegalArgumentException when a criterion is stored under another criterion's key
     */
    public Unidad {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nombre, "nombre");
        Objects.requireNonNull(criterios, "criterios");
        new Forma.Defectos()
                .en(Ruta.raiz().campo("id"), Forma.textoObligatorio("id", id))
                .en(Ruta.raiz().campo("nombre"), Forma.textoObligatorio("nombre", nombre))
                .lanzar(id.isBlank() ? "la unidad" : "la unidad «" + id + "»");
        Map<Criterio, CriterioInformado> copia = new LinkedHashMap<>();
        criterios.forEach((criterio, informado) -> {
            Objects.requireNonNull(criterio, "criterios: una clave");
            Objects.requireNonNull(informado, "criterios: el valor de " + criterio.codigo());
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
     *
     * @throws NullPointerException naming {@code criterio}
     */
    public CriterioInformado criterio(Criterio criterio) {
        Objects.requireNonNull(criterio, "criterio");
        CriterioInformado informado = criterios.get(criterio);
        return informado != null ? informado : CriterioInformado.conIndicadores(criterio, Map.of());
    }
}
