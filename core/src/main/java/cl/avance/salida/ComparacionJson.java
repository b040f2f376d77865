package cl.avance.salida;

import cl.avance.comparacion.CambioDeCriterio;
import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.comparacion.Totales;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.modelo.Avance;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of methodologies as JSON. Fields are written in a fixed order and lists in the comparison's
 * order, so the same input and methodologies give byte-identical text. Shape:
 *
 * <pre>
 * { "formato": 1,
 *   "comparaciones": [ { "documento", "servicio", "sigla", "anio", "a": {origen, huella}, "b": {…},
 *       "cambios": [ { "unidad", "nombre", "criterio", "presencia", "avanceAntes", "avanceDespues",
 *                      "recomendacionesAgregadas": [{codigo, texto}], "recomendacionesQuitadas": […],
 *                      "discrepanciaAntes": {autoevaluacion, avance} | null, "discrepanciaDespues": … } ],
 *       "recomendacionesAlServicio": { "agregadas": […], "quitadas": […] },
 *       "totales": { … } } ],
 *   "rechazadas": [ { "documento", "rechazos": [ { "metodologia", "origen", "errores": [{ruta, puntero, mensaje, linea?, columna?}] } ] } ],
 *   "totales": { … } }
 * </pre>
 */
public final class ComparacionJson {

    /** The version of this output's shape. */
    public static final int FORMATO = 1;

    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ComparacionJson() {
    }

    /** The whole document, pretty-printed (two-space indent, {@code \n}, final newline). */
    public static String escribir(List<Comparacion> comparaciones, List<EntradaNoComparableException> rechazadas) {
        ObjectNode raiz = NODOS.objectNode();
        raiz.put("formato", FORMATO);
        ArrayNode lista = raiz.putArray("comparaciones");
        Totales totales = Totales.CERO;
        for (Comparacion c : comparaciones) {
            lista.add(arbol(c));
            totales = totales.mas(c.totales());
        }
        ArrayNode rechazos = raiz.putArray("rechazadas");
        rechazadas.forEach(r -> rechazos.add(rechazada(r)));
        raiz.set("totales", totales(totales));
        try {
            return MAPPER.writer(ResultadoJson.impresora()).writeValueAsString(raiz) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record of a JSON Lines output, without a line end: {@code {"linea": n, …the comparison}}. */
    public static String linea(long numero, Comparacion comparacion) {
        ObjectNode registro = NODOS.objectNode();
        registro.put("linea", numero);
        registro.setAll(arbol(comparacion));
        return compacto(registro);
    }

    /** The record of a line that could not be compared: {@code {"linea": n, "rechazos": […]}}. */
    public static String linea(long numero, EntradaNoComparableException rechazada) {
        ObjectNode registro = NODOS.objectNode();
        registro.put("linea", numero);
        registro.set("rechazos", rechazada(rechazada).get("rechazos"));
        return compacto(registro);
    }

    /** One comparison as a JSON tree. */
    public static ObjectNode arbol(Comparacion c) {
        ObjectNode n = NODOS.objectNode();
        n.put("documento", c.documento());
        n.put("servicio", c.servicio());
        n.put("sigla", c.sigla());
        n.put("anio", c.anio());
        n.set("a", origen(c.a()));
        n.set("b", origen(c.b()));
        ArrayNode cambios = n.putArray("cambios");
        for (CambioDeCriterio cambio : c.cambios()) {
            ObjectNode x = cambios.addObject();
            x.put("unidad", cambio.unidad());
            x.put("nombre", cambio.nombreUnidad());
            x.put("criterio", cambio.criterio());
            x.put("presencia", cambio.presencia().name());
            x.put("avanceAntes", cambio.avanceAntes().map(Avance::name).orElse(null));
            x.put("avanceDespues", cambio.avanceDespues().map(Avance::name).orElse(null));
            x.set("recomendacionesAgregadas", recomendaciones(cambio.recomendacionesAgregadas()));
            x.set("recomendacionesQuitadas", recomendaciones(cambio.recomendacionesQuitadas()));
            x.set("discrepanciaAntes", discrepancia(cambio.discrepanciaAntes()));
            x.set("discrepanciaDespues", discrepancia(cambio.discrepanciaDespues()));
        }
        ObjectNode alServicio = n.putObject("recomendacionesAlServicio");
        alServicio.set("agregadas", recomendaciones(c.recomendacionesAlServicioAgregadas()));
        alServicio.set("quitadas", recomendaciones(c.recomendacionesAlServicioQuitadas()));
        n.set("totales", totales(c.totales()));
        return n;
    }

    /** Totals as a JSON object, every count named. */
    public static ObjectNode totales(Totales t) {
        ObjectNode n = NODOS.objectNode();
        n.put("evaluaciones", t.evaluaciones());
        n.put("celdasComparadas", t.celdasComparadas());
        n.put("celdasConCambios", t.celdasConCambios());
        n.put("cambiosDeAvance", t.cambiosDeAvance());
        n.put("suben", t.suben());
        n.put("bajan", t.bajan());
        n.put("recomendacionesAgregadas", t.recomendacionesAgregadas());
        n.put("recomendacionesQuitadas", t.recomendacionesQuitadas());
        n.put("discrepanciasAparecidas", t.discrepanciasAparecidas());
        n.put("discrepanciasDesaparecidas", t.discrepanciasDesaparecidas());
        n.put("celdasSoloEnA", t.celdasSoloEnA());
        n.put("celdasSoloEnB", t.celdasSoloEnB());
        n.put("recomendacionesAlServicioAgregadas", t.recomendacionesAlServicioAgregadas());
        n.put("recomendacionesAlServicioQuitadas", t.recomendacionesAlServicioQuitadas());
        return n;
    }

    private static ObjectNode rechazada(EntradaNoComparableException e) {
        ObjectNode n = NODOS.objectNode();
        n.put("documento", e.archivo());
        ArrayNode rechazos = n.putArray("rechazos");
        for (EntradaNoComparableException.Rechazo r : e.rechazos()) {
            ObjectNode x = rechazos.addObject();
            x.put("metodologia", r.metodologia());
            x.put("origen", r.origen());
            ArrayNode errores = x.putArray("errores");
            for (ErrorDeEntrada error : r.errores()) {
                ObjectNode y = errores.addObject();
                y.put("ruta", error.ruta());
                y.put("puntero", error.puntero());
                y.put("mensaje", error.mensaje());
                if (error.linea() > 0) {
                    y.put("linea", error.linea());
                }
                if (error.columna() > 0) {
                    y.put("columna", error.columna());
                }
            }
        }
        return n;
    }

    private static ObjectNode origen(OrigenReglas o) {
        ObjectNode n = NODOS.objectNode();
        n.put("origen", o.origen());
        n.put("huella", o.huella());
        return n;
    }

    private static ArrayNode recomendaciones(List<RecomendacionEstandar> lista) {
        ArrayNode a = NODOS.arrayNode();
        for (RecomendacionEstandar r : lista) {
            ObjectNode n = a.addObject();
            n.put("codigo", r.codigo());
            n.put("texto", r.texto());
        }
        return a;
    }

    private static JsonNode discrepancia(Optional<DiscrepanciaAutoevaluacion> d) {
        if (d.isEmpty()) {
            return NODOS.nullNode();
        }
        ObjectNode n = NODOS.objectNode();
        n.put("autoevaluacion", d.get().autoevaluacion().name());
        n.put("avance", d.get().avance().name());
        return n;
    }

    private static String compacto(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
