package cl.avance.importar;

import java.util.List;

/**
 * A questionnaire as read from a document, before any suggestion: the same whatever the document's format
 * (text or {@code .docx}).
 *
 * @param servicio the service named at the top, as written, or null
 * @param anio     the year evaluated, when the document lets us tell it, or null
 * @param unidades the units, in document order
 */
record Cuestionario(String servicio, Integer anio, List<UnidadLeida> unidades) {

    /**
     * One unit's answers.
     *
     * @param nombre    the unit's name as the document writes it after «DIRECCION REGIONAL:»
     * @param secciones the criteria it answered, in document order
     */
    record UnidadLeida(String nombre, List<SeccionLeida> secciones) {
    }

    /**
     * The two cells of one criterion.
     *
     * @param codigo          the criterion's code ({@code "1.1"})
     * @param desarrollo      the paragraphs of «Desarrollo alcanzado», verbatim; empty when the cell is empty
     * @param recomendaciones the paragraphs of «Recomendaciones»
     */
    record SeccionLeida(String codigo, List<String> desarrollo, List<String> recomendaciones) {
    }
}
