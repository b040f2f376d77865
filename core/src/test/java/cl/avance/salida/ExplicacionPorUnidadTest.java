package cl.avance.salida;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Criterio;
import cl.avance.resultado.Resultado;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: the explanation of each unit lists, per criterion, the indicators met, not met and not reported
 * by their Spanish text from the catalogue, each followed by its code, in all three reports.
 */
class ExplicacionPorUnidadTest {

    private static final Resultado RESULTADO = ResultadoDePrueba.simple();
    private static final Criterio C11 = MetodologiaDePrueba.criterio("1.1");

    @Test
    void elInformeDeTextoExplicaCadaCriterioConElTextoDeSusIndicadores() {
        String texto = InformeTexto.escribir(RESULTADO);
        String seccion = texto.substring(texto.indexOf("Explicación por unidad\n------"));
        assertEnOrden(seccion, List.of("Texto\n", "  1.1 " + C11.titulo() + ": Avance menor",
                "    Cumple:\n", "      · " + inicio(C11.indicadores().get(0).descripcion()), "[" + C11.indicadores().get(0).codigo() + "]",
                "    No cumple:\n", "      · " + inicio(C11.indicadores().get(1).descripcion()),
                "    Sin información:\n", "      · " + inicio(C11.indicadores().get(2).descripcion()),
                "    Recomendaciones:\n", "      » Texto"));
    }

    @Test
    void elMarkdownExplicaCadaCriterioConElTextoDeSusIndicadores() {
        String md = InformeMarkdown.escribir(RESULTADO);
        assertEnOrden(md, List.of("## Explicación por unidad", "### Texto", "- **1.1 " + C11.titulo() + ": Avance menor**",
                "  - Cumple:\n", "    - " + C11.indicadores().get(0).descripcion() + " `" + C11.indicadores().get(0).codigo() + "`",
                "  - No cumple:\n", "    - " + C11.indicadores().get(1).descripcion(),
                "  - Sin información:\n", "    - " + C11.indicadores().get(2).descripcion()));
    }

    @Test
    void elHtmlExplicaCadaCriterioConElTextoDeSusIndicadores() {
        String html = InformeHtml.escribir(RESULTADO);
        assertEnOrden(html, List.of("<h2>Explicación por unidad</h2>", "<div class=\"unidad\" id=\"u-u1\">", "<dt>1.1 ",
                "<p class=\"estado cumple\">Cumple</p>", "<li>" + C11.indicadores().get(0).descripcion()
                        + " <span class=\"codigo\">" + C11.indicadores().get(0).codigo() + "</span></li>",
                "<p class=\"estado no-cumple\">No cumple</p>", "<li>" + C11.indicadores().get(1).descripcion(),
                "<p class=\"estado sin-dato\">Sin información</p>", "<li>" + C11.indicadores().get(2).descripcion()));
    }

    @Test
    void cadaUnidadYCadaCriterioTienenSuExplicacionEnLosTresFormatos() {
        for (Function<Resultado, String> formato : List.<Function<Resultado, String>>of(InformeTexto::escribir,
                InformeMarkdown::escribir, InformeHtml::escribir)) {
            String informe = formato.apply(RESULTADO);
            List<String> partes = new ArrayList<>();
            for (int u = 0; u < RESULTADO.unidades().size(); u++) {
                for (Criterio c : RESULTADO.catalogo().criterios()) {
                    // The text report wraps long lines: look for the first words only.
                    partes.add(c.codigo() + " " + inicio(c.titulo()));
                    partes.add(inicio(c.indicadores().get(c.indicadores().size() - 1).descripcion()));
                }
            }
            assertEnOrden(informe.substring(informe.indexOf("Explicación por unidad")), partes);
        }
    }

    /** The first words of {@code texto}, short enough never to be wrapped. */
    private static String inicio(String texto) {
        return texto.length() <= 30 ? texto : texto.substring(0, texto.lastIndexOf(' ', 30));
    }

    private static void assertEnOrden(String texto, List<String> partes) {
        int desde = 0;
        for (String parte : partes) {
            int donde = texto.indexOf(parte, desde);
            assertTrue(donde >= 0, "no está, o no en orden: «" + parte + "»\n" + texto);
            desde = donde + parte.length();
        }
    }
}
