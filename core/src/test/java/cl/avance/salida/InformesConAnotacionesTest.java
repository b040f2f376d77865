package cl.avance.salida;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every report shows, by default, what the result carries: qué falta, the quotes of a draft, its provisional grades. */
class InformesConAnotacionesTest {

    private static final String BORRADOR = """
            formato: 1
            borrador: true
            servicio: Servicio de prueba
            anio: 2007
            unidades:
              - id: norte
                nombre: Dirección Regional del Norte
                criterios:
                  "1.3":
                    indicadores: {ACUERDO_FORMAL: true, PRESUPUESTO_INCORPORADO: false}
                    desarrollo: Se firmó un convenio con el municipio. No hay presupuesto específico.
                    evidencias:
                      ACUERDO_FORMAL: Se firmó un convenio con el municipio.
                      PRESUPUESTO_INCORPORADO: No hay presupuesto específico.
            """;

    private static Resultado resultado;

    @BeforeAll
    static void calificar() {
        resultado = Motor.con(MetodologiaDePrueba.metodologia()).evaluar(LectorEvaluacion.estandar()
                .leer(BORRADOR.getBytes(StandardCharsets.UTF_8), Formato.YAML, "borrador.yaml", catalogo()));
    }

    @Test
    void elMarkdownMuestraLaCitaLoQueFaltaYQueEsProvisional() {
        String md = InformeMarkdown.escribir(resultado);
        assertTrue(md.contains("Se firmó un convenio con el municipio."), md);
        assertTrue(md.contains("Para alcanzar avance mayor en 1.3 falta:"), md);
        assertTrue(md.contains("provisional"), md);
    }

    @Test
    void elTextoYElHtmlTambien() {
        for (String informe : new String[] {InformeTexto.escribir(resultado), InformeHtml.escribir(resultado)}) {
            assertTrue(informe.contains("No hay presupuesto específico."), informe);
            assertTrue(informe.contains("Para alcanzar avance mayor en 1.3 falta:"), informe);
            assertTrue(informe.contains("provisional"), informe);
        }
    }

    @Test
    void unaEvaluacionRevisadaNoSeMarcaProvisional() {
        Resultado revisado = Motor.con(MetodologiaDePrueba.metodologia()).evaluar(LectorEvaluacion.estandar()
                .leer(BORRADOR.replace("borrador: true\n", "").getBytes(StandardCharsets.UTF_8), Formato.YAML,
                        "revisado.yaml", catalogo()));
        assertFalse(InformeMarkdown.escribir(revisado).contains("provisional"));
    }
}
