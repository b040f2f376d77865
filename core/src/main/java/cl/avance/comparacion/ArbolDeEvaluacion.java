package cl.avance.comparacion;

import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Instancia;
import cl.avance.modelo.Unidad;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An evaluation written back as input format v1, by codes: so that one read with one catalogue can be
 * validated against another by the same reader, with the same messages and paths.
 */
final class ArbolDeEvaluacion {

    private ArbolDeEvaluacion() {
    }

    static JsonNode de(Evaluacion evaluacion) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode raiz = f.objectNode();
        raiz.put("formato", Evaluacion.FORMATO);
        raiz.put("servicio", evaluacion.servicio());
        if (evaluacion.sigla() != null) {
            raiz.put("sigla", evaluacion.sigla());
        }
        raiz.put("anio", evaluacion.anio());
        ArrayNode unidades = raiz.putArray("unidades");
        for (Unidad unidad : evaluacion.unidades()) {
            ObjectNode u = unidades.addObject();
            u.put("id", unidad.id());
            u.put("nombre", unidad.nombre());
            ObjectNode criterios = u.putObject("criterios");
            for (CriterioInformado c : unidad.criterios().values()) {
                ObjectNode n = criterios.putObject(c.criterio().codigo());
                if (!c.indicadores().isEmpty()) {
                    ObjectNode indicadores = n.putObject("indicadores");
                    c.indicadores().forEach((indicador, valor) -> indicadores.put(indicador.codigo(), valor));
                }
                if (c.autoevaluacion() != null) {
                    n.put("autoevaluacion", c.autoevaluacion().name());
                }
                if (c.desarrollo() != null) {
                    n.put("desarrollo", c.desarrollo());
                }
                if (!c.recomendaciones().isEmpty()) {
                    ArrayNode recomendaciones = n.putArray("recomendaciones");
                    c.recomendaciones().forEach(recomendaciones::add);
                }
                if (c.noAplica() != null) {
                    n.put("noAplica", c.noAplica());
                }
                if (!c.instancias().isEmpty()) {
                    ArrayNode instancias = n.putArray("instancias");
                    c.instancias().stream().map(Instancia::codigo).forEach(instancias::add);
                }
            }
        }
        return raiz;
    }
}
