package cl.avance.importar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A draft evaluation proposed from a questionnaire: input format v1 with {@code borrador: true}, every
 * suggested indicator value and self-grade beside the sentence it comes from. A reviewer checks each quote,
 * corrects the values and deletes {@code borrador: true}; until then every grade is provisional.
 *
 * @param documento how the draft names its source (the file name), for its header comment
 * @param servicio  the service
 * @param anio      the year evaluated
 * @param unidades  the units, in document order
 */
public record Borrador(String documento, String servicio, int anio, List<UnidadBorrador> unidades) {

    /** Creates a {@code Borrador}, checking and copying its components as described above. */
    public Borrador {
        Objects.requireNonNull(servicio, "servicio");
        unidades = List.copyOf(unidades);
    }

    /**
     * One unit of the draft.
     *
     * @param id        derived from the name: lowercase ASCII words joined by {@code -}, unique in the draft
     * @param nombre    the unit's name
     * @param criterios the criteria the document answers, in its order
     */
    public record UnidadBorrador(String id, String nombre, List<CriterioBorrador> criterios) {
        /** Creates a {@code UnidadBorrador}, checking and copying its components as described above. */
        public UnidadBorrador {
            criterios = List.copyOf(criterios);
        }
    }

    /**
     * One criterion of the draft.
     *
     * @param codigo              the criterion's code
     * @param desarrollo          the «Desarrollo alcanzado» cell, verbatim (paragraphs joined by a line break), or null
     * @param recomendaciones     the «Recomendaciones» cell's paragraphs
     * @param noAplica            the text declaring the criterion does not apply, or null
     * @param indicadores         suggested values, in the catalogue's order
     * @param evidencias          per suggested indicator, the sentence behind it
     * @param autoevaluacion      the self-grade the text states ({@code AVANCE_MENOR}), or null
     * @param citaAutoevaluacion  the sentence that states it, or null
     */
    public record CriterioBorrador(String codigo, String desarrollo, List<String> recomendaciones, String noAplica,
                                   Map<String, Boolean> indicadores, Map<String, String> evidencias,
                                   String autoevaluacion, String citaAutoevaluacion) {
        /** Creates a {@code CriterioBorrador}, checking and copying its components as described above. */
        public CriterioBorrador {
            recomendaciones = List.copyOf(recomendaciones);
            indicadores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicadores));
            evidencias = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidencias));
        }

        /** Whether both cells were empty in the document. */
        public boolean vacio() {
            return desarrollo == null && recomendaciones.isEmpty() && noAplica == null;
        }
    }

    /** The draft as input format v1 YAML, ready for {@code avance evaluar}. Deterministic. */
    public String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("# Borrador de evaluación generado por «avance importar»")
                .append(documento == null ? "" : " desde «" + comentario(documento) + "»").append(".\n");
        y.append("# Cada indicador y autoevaluación sugeridos lleva en «evidencias» la oración del documento que lo respalda.\n");
        y.append("# Revíselos contra el texto, corrija lo que haga falta y, al terminar, borre la línea «borrador: true»:\n");
        y.append("# mientras esté, las calificaciones se marcan como provisionales.\n");
        y.append("formato: 1\n");
        y.append("borrador: true\n");
        y.append("servicio: ").append(cadena(servicio)).append('\n');
        y.append("anio: ").append(anio).append('\n');
        y.append("unidades:\n");
        for (UnidadBorrador unidad : unidades) {
            y.append("  - id: ").append(cadena(unidad.id())).append('\n');
            y.append("    nombre: ").append(cadena(unidad.nombre())).append('\n');
            if (unidad.criterios().stream().allMatch(CriterioBorrador::vacio)) {
                y.append("    criterios: {}\n");
            } else {
                y.append("    criterios:\n");
            }
            for (CriterioBorrador c : unidad.criterios()) {
                if (c.vacio()) {
                    y.append("      # ").append(c.codigo()).append(": celdas vacías en el documento (queda sin información)\n");
                    continue;
                }
                y.append("      ").append(cadena(c.codigo())).append(":\n");
                if (c.noAplica() != null) {
                    y.append("        noAplica: ").append(cadena(c.noAplica())).append('\n');
                }
                if (!c.indicadores().isEmpty()) {
                    y.append("        indicadores:\n");
                    c.indicadores().forEach((codigo, valor) ->
                            y.append("          ").append(codigo).append(": ").append(valor).append('\n'));
                }
                if (c.autoevaluacion() != null) {
                    y.append("        autoevaluacion: ").append(c.autoevaluacion()).append('\n');
                }
                if (!c.evidencias().isEmpty() || c.citaAutoevaluacion() != null) {
                    y.append("        evidencias:\n");
                    c.evidencias().forEach((codigo, cita) ->
                            y.append("          ").append(codigo).append(": ").append(cadena(cita)).append('\n'));
                    if (c.citaAutoevaluacion() != null) {
                        y.append("          autoevaluacion: ").append(cadena(c.citaAutoevaluacion())).append('\n');
                    }
                }
                if (c.desarrollo() != null) {
                    y.append("        desarrollo: ").append(bloque(c.desarrollo(), "          ")).append('\n');
                }
                if (!c.recomendaciones().isEmpty()) {
                    y.append("        recomendaciones:\n");
                    for (String r : c.recomendaciones()) {
                        y.append("          - ").append(cadena(r)).append('\n');
                    }
                }
            }
        }
        return y.toString();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A YAML double-quoted scalar: JSON's escapes are YAML's. */
    static String cadena(String texto) {
        try {
            return JSON.writeValueAsString(texto);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Several lines as a literal block, which reads like the document; quoted where a block cannot hold it. */
    private static String bloque(String texto, String sangria) {
        if (!texto.contains("\n") || !literalSeguro(texto)) {
            return cadena(texto);
        }
        StringBuilder b = new StringBuilder("|-");
        for (String linea : texto.split("\n", -1)) {
            b.append('\n').append(sangria).append(linea);
        }
        return b.toString();
    }

    private static boolean literalSeguro(String texto) {
        for (String linea : texto.split("\n", -1)) {
            if (linea.isEmpty() || linea.strip().length() != linea.length()) {
                return false;
            }
        }
        return texto.codePoints().allMatch(c -> c == '\n' || c == '\t'
                || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c != 0xFEFF));
    }

    private static String comentario(String texto) {
        return texto.replaceAll("[\\r\\n]", " ");
    }
}
