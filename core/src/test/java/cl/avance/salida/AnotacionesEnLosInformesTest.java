package cl.avance.salida;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The extension points of the view (issue 11's "qué falta para subir", issue 10's evidence quotes and
 * provisional grades) reach the three reports when an {@link Anotaciones} supplies them, and add nothing
 * when none does.
 */
class AnotacionesEnLosInformesTest {

    private static final Resultado RESULTADO = ResultadoDePrueba.simple();
    private static final String FALTA = "Para alcanzar avance mayor en 1.3 falta: que los compromisos tengan respaldo formal.";
    private static final String CITA = "Contamos con un acta firmada por los servicios.";
    private static final Indicador PRIMERO_11 = MetodologiaDePrueba.criterio("1.1").indicadores().get(0);

    /** "Qué falta" on 1.3 and a quote on the first indicator of 1.1 for unit u1; unit u2's grades provisional. */
    private static final Anotaciones ANOTACIONES = new Anotaciones() {
        @Override
        public List<String> queFalta(ResultadoUnidad unidad, ResultadoCriterio criterio) {
            return unidad.id().equals("u1") && criterio.criterio().codigo().equals("1.3") ? List.of(FALTA) : List.of();
        }

        @Override
        public Optional<String> cita(ResultadoUnidad unidad, ResultadoCriterio criterio, Indicador indicador) {
            return unidad.id().equals("u1") && indicador.equals(PRIMERO_11) ? Optional.of(CITA) : Optional.empty();
        }

        @Override
        public boolean provisional(ResultadoUnidad unidad, ResultadoCriterio criterio) {
            return unidad.id().equals("u2");
        }
    };

    private static final VistaInforme ANOTADA = VistaInforme.de(RESULTADO, ANOTACIONES);

    @Test
    void sinAnotacionesLosInformesNoMuestranNadaDeMas() {
        VistaInforme vista = VistaInforme.de(RESULTADO);
        assertFalse(vista.hayProvisionales());
        vista.unidades().forEach(u -> u.criterios().forEach(c -> {
            assertEquals(List.of(), c.queFalta());
            assertFalse(c.provisional());
            c.cumplidos().forEach(i -> assertEquals(null, i.cita()));
        }));
        for (Function<VistaInforme, String> formato : List.<Function<VistaInforme, String>>of(InformeTexto::escribir,
                InformeMarkdown::escribir, InformeHtml::escribir)) {
            String informe = formato.apply(vista);
            assertFalse(informe.contains("provisional") && !informe.contains(".provisional {"), "sin marca provisional");
            assertFalse(informe.contains("Para alcanzar"));
        }
    }

    @Test
    void elInformeDeTextoMuestraQueFaltaCitasYCalificacionesProvisionales() {
        String texto = InformeTexto.escribir(ANOTADA);
        assertTrue(texto.contains("Atención: las calificaciones marcadas con * son provisionales"), texto);
        String explicacion = texto.substring(texto.indexOf("Explicación por unidad\n---"));
        String[] unidades = explicacion.split("\n\nTexto\n");
        String u1 = unidades[1];
        String u2 = unidades[2];
        assertTrue(u1.contains("[" + PRIMERO_11.codigo() + "]\n        «" + CITA + "»\n"), u1);
        assertTrue(u1.contains("\n    Para alcanzar avance mayor en 1.3 falta: que los compromisos tengan respaldo formal.\n"),
                u1);
        assertFalse(u1.contains("(provisional)"), u1);
        assertTrue(u2.contains("  1.1 " + MetodologiaDePrueba.criterio("1.1").titulo() + ": Avance mayor (provisional), según"),
                u2);
        assertFalse(u2.contains("«" + CITA), u2);
        assertTrue(texto.contains("Avance mayor*"), "la matriz marca las provisionales");
    }

    @Test
    void elMarkdownMuestraQueFaltaCitasYCalificacionesProvisionales() {
        String md = InformeMarkdown.escribir(ANOTADA);
        assertTrue(md.contains("**Atención:** las calificaciones marcadas «provisional»"), md);
        assertTrue(md.contains("    - " + PRIMERO_11.descripcion() + " `" + PRIMERO_11.codigo() + "`\n      - «" + CITA + "»\n"), md);
        assertTrue(md.contains("\n  - " + FALTA + "\n"), md);
        assertTrue(md.contains("- **1.1 " + MetodologiaDePrueba.criterio("1.1").titulo() + ": Avance mayor (provisional)**"), md);
        assertTrue(md.contains("| Avance mayor (provisional) |"), md);
    }

    @Test
    void elHtmlMuestraQueFaltaCitasYCalificacionesProvisionales() {
        String html = InformeHtml.escribir(ANOTADA);
        assertTrue(html.contains("<p class=\"aviso\">"), html);
        assertTrue(html.contains("<li>" + PRIMERO_11.descripcion() + " <span class=\"codigo\">" + PRIMERO_11.codigo()
                + "</span><span class=\"cita\">«" + CITA + "»</span></li>"), html);
        assertTrue(html.contains("<ul class=\"que-falta\">\n<li>" + FALTA + "</li>\n</ul>"), html);
        assertTrue(html.contains("Avance mayor</span> <span class=\"provisional\">provisional</span></dt>"), html);
        assertTrue(html.contains("Avance mayor</span> <span class=\"provisional\">provisional</span></td>"), html);
    }
}
