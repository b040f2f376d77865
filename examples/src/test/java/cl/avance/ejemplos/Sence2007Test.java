package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.Resultado;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The real evaluation Avance was born from, graded with the default rules, and its reports. */
class Sence2007Test {

    static final Path SENCE = Path.of("evaluaciones/sence-2007.yaml");
    static final List<String> IDS = List.of("tarapaca", "antofagasta", "atacama", "coquimbo", "valparaiso", "ohiggins",
            "maule", "biobio", "araucania", "loslagos", "aysen", "magallanes", "metropolitana", "central");

    private static Resultado resultado;
    private static JsonNode json;

    @BeforeAll
    static void evaluar() throws Exception {
        Evaluacion evaluacion = LectorEvaluacion.estandar().leer(SENCE, Motor.porDefecto().metodologia().catalogo());
        resultado = Motor.porDefecto().evaluar(evaluacion);
        json = new ObjectMapper().readTree(ResultadoJson.escribir(resultado));
    }

    @Test
    void lasCatorceUnidadesConSusCuatroCriterios() {
        assertEquals(IDS, resultado.unidades().stream().map(u -> u.id()).toList());
        resultado.unidades().forEach(u -> assertEquals(resultado.catalogo().criterios(), List.copyOf(u.criterios().keySet())));
    }

    @Test
    void lasCalificacionesQueElOriginalHaceExplicitas() {
        // Central answers "No aplica" in 1.1–1.3 and has no 2.1 section.
        assertEquals(Avance.NO_APLICA, avance("central", criterio("1.1")));
        assertEquals(Avance.SIN_INFORMACION, avance("central", criterio("2.1")));
        // Valparaíso left 1.2, 1.3 and 2.1 empty.
        assertEquals(Avance.SIN_INFORMACION, avance("valparaiso", criterio("1.2")));
        // Tarapacá and Bío Bío describe similar facts for 1.1 and graded them differently: now one grade.
        assertEquals(avance("tarapaca", criterio("1.1")), avance("biobio", criterio("1.1")));
        assertTrue(resultado.unidades().get(IDS.indexOf("biobio")).criterio(criterio("1.1")).discrepancia().isPresent());
        // The Metropolitan region lists "NO" for all three indicators of 1.3.
        assertEquals(Avance.SIN_AVANCE, avance("metropolitana", criterio("1.3")));
    }

    @Test
    void lasCifrasDelInformeDeTextoCoincidenConElJson() {
        String texto = InformeTexto.escribir(resultado);
        JsonNode conteos = json.at("/informeEjecutivo/conteos");
        for (Criterio c : resultado.catalogo().criterios()) {
            StringBuilder fila = new StringBuilder(String.format("%-9s", c.codigo()));
            for (Avance a : Avance.values()) {
                fila.append(String.format("%-17s", conteos.at("/" + c.codigo() + "/" + a.name()).intValue()));
            }
            assertTrue(texto.contains(fila.toString()), "fila de conteos " + fila + "\n" + texto);
        }
        for (JsonNode d : json.at("/informeEjecutivo/discrepancias")) {
            String nombre = nombre(d.get("unidad").textValue());
            assertTrue(texto.contains("· " + nombre + ", " + d.get("criterio").textValue() + ": la unidad indica "
                    + Avance.valueOf(d.get("autoevaluacion").textValue()).etiqueta()), nombre);
        }
        assertEquals(json.at("/informeEjecutivo/discrepancias").size(),
                texto.lines().filter(l -> l.contains(": la unidad indica ")).count());
    }

    @Test
    void losRankingsDelInformeMarkdownSiguenElOrdenDelJson() {
        String md = InformeMarkdown.escribir(resultado);
        List<String> brechas = new ArrayList<>();
        json.at("/informeEjecutivo/brechas").forEach(b -> brechas.add("| " + b.get("cantidad").intValue() + " | "
                + b.get("descripcion").textValue() + " | " + b.get("criterio").textValue() + " |"));
        assertEnOrden(md, brechas);
        List<String> recomendaciones = new ArrayList<>();
        json.at("/informeEjecutivo/recomendaciones").forEach(r -> recomendaciones.add("| " + r.get("cantidad").intValue()
                + " | " + r.get("texto").textValue() + " | `" + r.get("codigo").textValue() + "` |"));
        assertEnOrden(md, recomendaciones);
        int previo = Integer.MAX_VALUE;
        for (JsonNode b : json.at("/informeEjecutivo/brechas")) {
            assertTrue(b.get("cantidad").intValue() <= previo, "brechas de más a menos frecuentes");
            previo = b.get("cantidad").intValue();
        }
    }

    @Test
    void elHtmlEsXmlBienFormadoAutocontenidoYConLasCifrasDelJson() throws Exception {
        String html = InformeHtml.escribir(resultado);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getTagName());
        for (String externo : List.of("<link", "<script", "src=", "http://", "https://", "@import", "url(")) {
            assertFalse(html.contains(externo), "recurso externo: " + externo);
        }
        // The matrix: one row per unit, one graded cell per criterion, coloured by its grade's class.
        NodeList celdas = doc.getElementsByTagName("td");
        int conAvance = 0;
        for (int i = 0; i < celdas.getLength(); i++) {
            if ("avance-celda".equals(celdas.item(i).getAttributes().getNamedItem("class") == null ? null
                    : celdas.item(i).getAttributes().getNamedItem("class").getNodeValue())) {
                conAvance++;
            }
        }
        assertEquals(IDS.size() * resultado.catalogo().criterios().size(), conAvance);
        InformeEjecutivo informe = resultado.informeEjecutivo();
        assertTrue(html.contains("<b>" + informe.discrepancias().size() + "</b><span>discrepancias con la autoevaluación"));
        for (String id : IDS) {
            assertTrue(html.contains("id=\"u-" + id + "\""), "explicación de " + id);
        }
    }

    private static void assertEnOrden(String texto, List<String> partes) {
        int desde = 0;
        for (String parte : partes) {
            int donde = texto.indexOf(parte, desde);
            assertTrue(donde >= 0, "no está, o no en orden: " + parte);
            desde = donde + parte.length();
        }
    }

    private static Avance avance(String id, Criterio c) {
        return resultado.unidades().get(IDS.indexOf(id)).criterio(c).avance();
    }

    private static String nombre(String id) {
        return resultado.unidades().get(IDS.indexOf(id)).nombre();
    }

    private static cl.avance.modelo.Criterio criterio(String codigo) {
        return cl.avance.motor.Metodologia.porDefecto().catalogo().criterio(codigo).orElseThrow();
    }
}
