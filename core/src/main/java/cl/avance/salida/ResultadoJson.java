package cl.avance.salida;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.QueFalta;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a {@link Resultado} as the methodology's JSON output contract. Fields are written in a fixed
 * order, so the same result always gives byte-identical text.
 */
public final class ResultadoJson {

    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Writes trees into a generator without flushing after each one (the default would flush per unit). */
    private static final ObjectMapper FLUJO = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ResultadoJson() {
    }

    /** The result as pretty-printed JSON (two-space indent, {@code \n} line ends, final newline). */
    public static String escribir(Resultado resultado) {
        StringWriter texto = new StringWriter();
        try {
            escribir(resultado, texto);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texto.toString();
    }

    /**
     * Writes what {@link #escribir(Resultado)} returns to {@code destino} as UTF-8, one unit at a time, so
     * memory does not grow with the text. {@code destino} is flushed, not closed.
     *
     * @throws IOException when {@code destino} cannot be written
     */
    public static void escribir(Resultado resultado, OutputStream destino) throws IOException {
        Objects.requireNonNull(resultado, "resultado");
        escribir(resultado, FLUJO.getFactory().createGenerator(Objects.requireNonNull(destino, "destino")));
    }

    /** Like {@link #escribir(Resultado, OutputStream)}, to a character stream. */
    public static void escribir(Resultado resultado, Writer destino) throws IOException {
        Objects.requireNonNull(resultado, "resultado");
        escribir(resultado, FLUJO.getFactory().createGenerator(Objects.requireNonNull(destino, "destino")));
    }

    /** The tree of {@link #arbol}, written field by field: units and matrix rows are built one at a time. */
    private static void escribir(Resultado resultado, JsonGenerator g) throws IOException {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(impresora());
        g.writeStartObject();
        campos(g, encabezado(resultado));
        g.writeArrayFieldStart("unidades");
        for (ResultadoUnidad unidad : resultado.unidades()) {
            FLUJO.writeTree(g, unidad(unidad));
        }
        g.writeEndArray();
        g.writeObjectFieldStart("informeEjecutivo");
        g.writeArrayFieldStart("matriz");
        for (InformeEjecutivo.FilaMatriz fila : resultado.informeEjecutivo().matriz()) {
            FLUJO.writeTree(g, fila(fila));
        }
        g.writeEndArray();
        campos(g, restoDelInforme(NODOS.objectNode(), resultado.informeEjecutivo()));
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    /** Writes the fields of {@code objeto} into the object {@code g} is writing. */
    private static void campos(JsonGenerator g, ObjectNode objeto) throws IOException {
        for (Map.Entry<String, JsonNode> campo : objeto.properties()) {
            g.writeFieldName(campo.getKey());
            FLUJO.writeTree(g, campo.getValue());
        }
    }

    /** The layout of every JSON document Avance writes for people to read: two-space indent, {@code \n} line ends. */
    static DefaultPrettyPrinter impresora() {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
    }

    /** The result as compact JSON on a single line, without a line end: one record of a JSON Lines file. */
    public static String escribirEnUnaLinea(Resultado resultado) {
        Objects.requireNonNull(resultado, "resultado");
        try {
            return MAPPER.writeValueAsString(arbol(resultado));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as a JSON tree, for embedders that add to it. */
    public static ObjectNode arbol(Resultado resultado) {
        Objects.requireNonNull(resultado, "resultado");
        ObjectNode raiz = encabezado(resultado);
        ArrayNode unidades = raiz.putArray("unidades");
        resultado.unidades().forEach(unidad -> unidades.add(unidad(unidad)));
        raiz.set("informeEjecutivo", informe(resultado.informeEjecutivo()));
        return raiz;
    }

    /** The fields before {@code unidades}. */
    private static ObjectNode encabezado(Resultado resultado) {
        ObjectNode raiz = NODOS.objectNode();
        raiz.put("formato", Evaluacion.FORMATO);
        raiz.put("servicio", resultado.servicio());
        raiz.put("sigla", resultado.sigla());
        raiz.put("anio", resultado.anio());
        ObjectNode reglas = raiz.putObject("reglas");
        reglas.put("origen", resultado.reglas().origen());
        reglas.put("huella", resultado.reglas().huella());
        if (resultado.provisional()) {
            // Added field: present only for a draft, so reviewed inputs give the same bytes as before.
            raiz.put("provisional", true);
        }
        return raiz;
    }

    private static ObjectNode unidad(ResultadoUnidad unidad) {
        ObjectNode u = NODOS.objectNode();
        u.put("id", unidad.id());
        u.put("nombre", unidad.nombre());
        ObjectNode criterios = u.putObject("criterios");
        unidad.criterios().forEach((criterio, r) -> criterios.set(criterio.codigo(), criterio(r)));
        return u;
    }

    private static ObjectNode criterio(ResultadoCriterio r) {
        ObjectNode c = NODOS.objectNode();
        c.put("avance", r.avance().name());
        textos(c.putArray("reglas"), r.reglas());
        indicadores(c.putArray("indicadoresCumplidos"), r.indicadoresCumplidos());
        indicadores(c.putArray("indicadoresNoCumplidos"), r.indicadoresNoCumplidos());
        indicadores(c.putArray("indicadoresSinInformacion"), r.indicadoresSinInformacion());
        recomendaciones(c.putArray("recomendaciones"), r.recomendaciones());
        if (r.discrepancia().isPresent()) {
            ObjectNode d = c.putObject("discrepancia");
            d.put("autoevaluacion", r.discrepancia().get().autoevaluacion().name());
            d.put("avance", r.discrepancia().get().avance().name());
        } else {
            c.putNull("discrepancia");
        }
        queFalta(c, r.queFalta());
        if (!r.evidencias().vacias()) {
            // Added field: only where the input carries quotes, so existing outputs are unchanged.
            ObjectNode e = c.putObject("evidencias");
            r.evidencias().indicadores().forEach((indicador, cita) -> e.put(indicador.codigo(), cita));
            if (r.evidencias().autoevaluacion() != null) {
                e.put("autoevaluacion", r.evidencias().autoevaluacion());
            }
        }
        return c;
    }

    /**
     * {@code "queFalta"}, added after the original fields: {@code null} at {@code AVANCE_MAYOR} or off the scale
     * (as {@code discrepancia} is null where there is none), else {@code {"siguiente": {"avance": …, "opciones":
     * [[códigos…], …]}, "mayor": {"avance": "AVANCE_MAYOR", "opciones": […]}}}: each option a smallest set of
     * indicator codes to meet, in the methodology's order.
     */
    private static void queFalta(ObjectNode c, QueFalta queFalta) {
        if (queFalta.vacio()) {
            c.putNull("queFalta");
            return;
        }
        ObjectNode q = c.putObject("queFalta");
        meta(q, "siguiente", queFalta.siguiente());
        meta(q, "mayor", queFalta.mayor());
    }

    private static void meta(ObjectNode destino, String nombre, Optional<QueFalta.Meta> meta) {
        if (meta.isEmpty()) {
            destino.putNull(nombre);
            return;
        }
        ObjectNode m = destino.putObject(nombre);
        m.put("avance", meta.get().avance().name());
        ArrayNode opciones = m.putArray("opciones");
        meta.get().opciones().forEach(o -> indicadores(opciones.addArray(), o));
    }

    private static ObjectNode informe(InformeEjecutivo informe) {
        ObjectNode i = NODOS.objectNode();
        ArrayNode matriz = i.putArray("matriz");
        informe.matriz().forEach(fila -> matriz.add(fila(fila)));
        return restoDelInforme(i, informe);
    }

    private static ObjectNode fila(InformeEjecutivo.FilaMatriz fila) {
        ObjectNode f = NODOS.objectNode();
        f.put("unidad", fila.unidad());
        f.put("nombre", fila.nombre());
        ObjectNode avances = f.putObject("avances");
        fila.avances().forEach((criterio, avance) -> avances.put(criterio.codigo(), avance.name()));
        return f;
    }

    /** Adds to {@code i} the fields of the executive report that follow {@code matriz}. */
    private static ObjectNode restoDelInforme(ObjectNode i, InformeEjecutivo informe) {
        ObjectNode conteos = i.putObject("conteos");
        for (Map.Entry<Criterio, Map<Avance, Integer>> e : informe.conteos().entrySet()) {
            ObjectNode porAvance = conteos.putObject(e.getKey().codigo());
            e.getValue().forEach((avance, n) -> porAvance.put(avance.name(), n));
        }
        ArrayNode logros = i.putArray("logros");
        for (InformeEjecutivo.Logro logro : informe.logros()) {
            ObjectNode l = logros.addObject();
            l.put("criterio", logro.criterio().codigo());
            textos(l.putArray("unidades"), logro.unidades());
        }
        ArrayNode brechas = i.putArray("brechas");
        for (InformeEjecutivo.BrechaFrecuente brecha : informe.brechas()) {
            ObjectNode b = brechas.addObject();
            b.put("indicador", brecha.indicador().codigo());
            b.put("criterio", brecha.indicador().criterio());
            b.put("descripcion", brecha.indicador().descripcion());
            b.put("cantidad", brecha.unidades().size());
            textos(b.putArray("unidades"), brecha.unidades());
        }
        ArrayNode recomendaciones = i.putArray("recomendaciones");
        for (InformeEjecutivo.RecomendacionAgrupada rec : informe.recomendaciones()) {
            ObjectNode r = recomendaciones.addObject();
            r.put("codigo", rec.codigo());
            r.put("texto", rec.texto());
            r.put("cantidad", rec.unidades().size());
            textos(r.putArray("unidades"), rec.unidades());
        }
        recomendaciones(i.putArray("recomendacionesAlServicio"), informe.recomendacionesAlServicio());
        ArrayNode discrepancias = i.putArray("discrepancias");
        for (InformeEjecutivo.DiscrepanciaDeUnidad d : informe.discrepancias()) {
            ObjectNode n = discrepancias.addObject();
            n.put("unidad", d.unidad());
            n.put("criterio", d.criterio().codigo());
            n.put("autoevaluacion", d.autoevaluacion().name());
            n.put("avance", d.avance().name());
        }
        ArrayNode sinInformacion = i.putArray("sinInformacion");
        for (InformeEjecutivo.UnidadSinInformacion s : informe.sinInformacion()) {
            ObjectNode n = sinInformacion.addObject();
            n.put("unidad", s.unidad());
            textos(n.putArray("criterios"), s.criterios().stream().map(Criterio::codigo).toList());
        }
        return i;
    }

    private static void recomendaciones(ArrayNode destino, List<RecomendacionEstandar> recomendaciones) {
        for (RecomendacionEstandar rec : recomendaciones) {
            ObjectNode r = destino.addObject();
            r.put("codigo", rec.codigo());
            r.put("texto", rec.texto());
            r.put("regla", rec.regla());
        }
    }

    private static void indicadores(ArrayNode destino, Collection<Indicador> indicadores) {
        indicadores.forEach(i -> destino.add(i.codigo()));
    }

    private static void textos(ArrayNode destino, Collection<String> textos) {
        textos.forEach(destino::add);
    }
}
