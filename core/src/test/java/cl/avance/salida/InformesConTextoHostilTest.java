package cl.avance.salida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Issue 13, "control characters reach people": text from units and rules folders is shown, never obeyed. Each
 * report of a result whose every text is hostile ({@link ResultadoDePrueba#HOSTIL}: ESC[2J, BEL, NUL, C1
 * controls, a right-to-left override, a Markdown link and image, emphasis, a code span, a heading, a list
 * marker, a script tag, quotes) has exactly the structure of the same report with plain words, and shows the
 * hostile text as text.
 */
class InformesConTextoHostilTest {

    /** Every text hostile, annotations ("qué falta", quotes, provisional grades) included. */
    private static final VistaInforme HOSTIL = VistaInforme.de(ResultadoDePrueba.hostil(),
            ResultadoDePrueba.anotaciones(pieza -> pieza + " " + ResultadoDePrueba.HOSTIL));
    private static final VistaInforme SIMPLE = VistaInforme.de(ResultadoDePrueba.simple(),
            ResultadoDePrueba.anotaciones(pieza -> "Texto"));
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());

    @Test
    void elInformeDeTextoNoLlevaCaracteresDeControl() {
        String texto = InformeTexto.escribir(HOSTIL);
        assertSinControles(texto);
        // Each control shows as its visible picture, so a reviewer sees that the input held one.
        assertTrue(texto.contains("x ␛[2J␇␀\uFFFD\uFFFD31m␡\uFFFD [x](http://e)"), texto);
        // Line breaks and tabs of the input are spaces: the service's line stays one line.
        String linea = "servicio " + Escapes.sinControles(ResultadoDePrueba.HOSTIL) + " (sigla "
                + Escapes.sinControles(ResultadoDePrueba.HOSTIL) + ")";
        assertTrue(linea.endsWith("'a' salto tab)"), linea);
        assertTrue(texto.lines().anyMatch(linea::equals), linea + "\n" + texto);
    }

    @Test
    void elMarkdownConTextoHostilTieneLaMismaEstructuraQueConTextoSimple() {
        String md = InformeMarkdown.escribir(HOSTIL);
        assertSinControles(md);
        Node hostil = Parser.builder().extensions(GFM).build().parse(md);
        Node simple = Parser.builder().extensions(GFM).build().parse(InformeMarkdown.escribir(SIMPLE));
        List<String> estructura = estructura(hostil);
        assertEquals(estructura(simple), estructura, md);
        assertFalse(estructura.stream().anyMatch(n -> n.matches("Link|Image|Emphasis|StrongEmphasis.*|HtmlInline|HtmlBlock"
                + "|Strikethrough|BlockQuote|OrderedList|IndentedCodeBlock|ThematicBreak|HardLineBreak")
                && !n.equals("StrongEmphasis")), estructura.toString());
        // The text is all there, as text, with its punctuation.
        String visible = textoVisible(hostil);
        for (String parte : List.of("[x](http://e)", "![i](http://e)", "**b**", "`c`", "_u_", "~~s~~", "$m$",
                "<script>alert(1)</script>", "&amp; | \\ \"q\" 'a' salto tab", "# h x", "1. lista x", "- lista x", "> al servicio x",
                "+ regla x", "=== regla x", "recomendación x", "Para alcanzar avance mayor en 1.3 falta: x", "2. x",
                "«cita x")) {
            assertTrue(visible.contains(parte), "se ve «" + parte + "»");
        }
    }

    @Test
    void elMarkdownDeLosCodigosQuedaEnSuSpanYEnSuCelda() {
        Node md = Parser.builder().extensions(GFM).build().parse(InformeMarkdown.escribir(HOSTIL));
        List<String> codigos = new ArrayList<>();
        md.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                codigos.add(code.getLiteral());
            }
        });
        assertTrue(codigos.contains("RS`1|") || codigos.contains("R`1.1|"), codigos.toString());
        assertTrue(codigos.contains("R`1.1|"), codigos.toString());
    }

    @Test
    void elHtmlConTextoHostilEsXmlConLaMismaEstructuraQueConTextoSimple() throws Exception {
        String html = InformeHtml.escribir(HOSTIL);
        assertSinControles(html);
        Document hostil = xml(html);
        assertEquals(estructura(xml(InformeHtml.escribir(SIMPLE))), estructura(hostil));
        assertEquals(0, hostil.getElementsByTagName("script").getLength());
        // Quotes in attribute values are escaped: the title keeps the whole name.
        Element enlace = (Element) hostil.getElementsByTagName("a").item(0);
        assertEquals("# h " + Escapes.sinControles(ResultadoDePrueba.HOSTIL), enlace.getAttribute("title"));
        assertEquals("#u-u1", enlace.getAttribute("href"));
        assertTrue(html.contains("id=\"u-u-3-\""), "id de unidad con comillas y espacios, saneado para el ancla");
    }

    @Test
    void losEscapesDeCadaFormato() {
        assertEquals("a ␛[2J␇␀\uFFFD b c d", Escapes.texto("a \u001b[2J\u0007\u0000\u0085 b\r\nc\td"));
        assertEquals("\\# h", Escapes.markdown("# h"));
        assertEquals("1\\. x", Escapes.markdown("1. x"));
        assertEquals("1.1 x", Escapes.markdown("1.1 x"));
        assertEquals("\\- x", Escapes.markdown("  - x"));
        assertEquals("\\!\\[i\\](http://e) \\*\\*b\\*\\* \\`c\\` \\<b\\> \\&amp; \\| \\\\",
                Escapes.markdown("![i](http://e) **b** `c` <b> &amp; | \\"));
        assertEquals("``a`b``", Escapes.codigoMarkdown("a`b"));
        assertEquals("`` `x ``", Escapes.codigoMarkdown("`x"));
        assertEquals("`A\\|B`", Escapes.codigoMarkdown("A|B"));
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt; &amp;amp; ␀",
                Escapes.html("<a href=\"x\" title='y'> &amp; \u0000"));
    }

    private static void assertSinControles(String salida) {
        for (int i = 0; i < salida.length(); i++) {
            char c = salida.charAt(i);
            boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            assertFalse(control, "carácter de control U+" + String.format("%04X", (int) c) + " en la posición " + i);
        }
    }

    /** The node types of a Markdown document in order, text nodes left out (their splitting is incidental). */
    private static List<String> estructura(Node documento) {
        List<String> tipos = new ArrayList<>();
        recorrer(documento, tipos, 0);
        return tipos;
    }

    private static void recorrer(Node nodo, List<String> tipos, int nivel) {
        if (!(nodo instanceof Text)) {
            tipos.add(nivel + ":" + nodo.getClass().getSimpleName());
        }
        for (Node hijo = nodo.getFirstChild(); hijo != null; hijo = hijo.getNext()) {
            recorrer(hijo, tipos, nivel + 1);
        }
    }

    private static String textoVisible(Node documento) {
        StringBuilder sb = new StringBuilder();
        documento.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }

    private static Document xml(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** Element names and attribute names in document order. */
    private static List<String> estructura(Document documento) {
        List<String> estructura = new ArrayList<>();
        NodeList elementos = documento.getElementsByTagName("*");
        for (int i = 0; i < elementos.getLength(); i++) {
            Element e = (Element) elementos.item(i);
            StringBuilder sb = new StringBuilder(e.getTagName());
            NamedNodeMap atributos = e.getAttributes();
            for (int j = 0; j < atributos.getLength(); j++) {
                sb.append(' ').append(atributos.item(j).getNodeName());
            }
            estructura.add(sb.toString());
        }
        return estructura;
    }
}
