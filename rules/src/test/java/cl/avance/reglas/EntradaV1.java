package cl.avance.reglas;

import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes an evaluation in input format v1, optionally shuffling indicator order: test fixture only. */
final class EntradaV1 {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EntradaV1() {
    }

    static String json(Evaluacion e, Random barajar) {
        ObjectNode raiz = MAPPER.createObjectNode();
        raiz.put("formato", 1);
        raiz.put("servicio", e.servicio());
        raiz.put("sigla", e.sigla());
        raiz.put("anio", e.anio());
        var unidades = raiz.putArray("unidades");
        for (Unidad u : e.unidades()) {
            ObjectNode nodo = unidades.addObject();
            nodo.put("id", u.id());
            nodo.put("nombre", u.nombre());
            ObjectNode criterios = nodo.putObject("criterios");
            for (CriterioInformado c : u.criterios().values()) {
                ObjectNode cn = criterios.putObject(c.criterio().codigo());
                List<Map.Entry<Indicador, Boolean>> entradas = new ArrayList<>(c.indicadores().entrySet());
                if (barajar != null) {
                    Collections.shuffle(entradas, barajar);
                }
                if (!entradas.isEmpty()) {
                    ObjectNode ind = cn.putObject("indicadores");
                    entradas.forEach(en -> ind.put(en.getKey().codigo(), en.getValue()));
                }
                if (c.autoevaluacion() != null) {
                    cn.put("autoevaluacion", c.autoevaluacion().name());
                }
                if (c.desarrollo() != null) {
                    cn.put("desarrollo", c.desarrollo());
                }
                if (c.noAplica() != null) {
                    cn.put("noAplica", c.noAplica());
                }
                if (!c.instancias().isEmpty()) {
                    var inst = cn.putArray("instancias");
                    c.instancias().forEach(i -> inst.add(i.codigo()));
                }
            }
        }
        return raiz.toString();
    }
}
