package cl.avance.salida;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Resultado} as the methodology's JSON output contract. Fields are written in a fixed
 * order, so the same result always gives byte-identical text.
 */
public final class ResultadoJson {

    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResultadoJson() {
    }

    /** The result as pretty-printed JSON (two-space indent, {@code \n} line ends, final newline). */
    public static String escribir(Resultado resultado) {
        DefaultPrettyPrinter impresora = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        try {
            return MAPPER.writer(impresora).writeValueAsString(arbol(resultado)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as compact JSON on a single line, without a line end: one record of a JSON Lines file. */
    public static String escribirEnUnaLinea(Resultado resultado) {
        try {
            return MAPPER.writeValueAsString(arbol(resultado));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as a JSON tree, for embedders that add to it. */
    public static ObjectNode arbol(Resultado resultado) {
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
        ArrayNode unidades = raiz.putArray("unidades");
        for (ResultadoUnidad unidad : resultado.unidades()) {
            ObjectNode u = unidades.addObject();
            u.put("id", unidad.id());
            u.put("nombre", unidad.nombre());
            ObjectNode criterios = u.putObject("criterios");
            unidad.criterios().forEach((criterio, r) -> criterios.set(criterio.codigo(), criterio(r)));
        }
        raiz.set("informeEjecutivo", informe(resultado.informeEjecutivo()));
        return raiz;
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

    private static ObjectNode informe(InformeEjecutivo informe) {
        ObjectNode i = NODOS.objectNode();
        ArrayNode matriz = i.putArray("matriz");
        for (InformeEjecutivo.FilaMatriz fila : informe.matriz()) {
            ObjectNode f = matriz.addObject();
            f.put("unidad", fila.unidad());
            f.put("nombre", fila.nombre());
            ObjectNode avances = f.putObject("avances");
            fila.avances().forEach((criterio, avance) -> avances.put(criterio.codigo(), avance.name()));
        }
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
