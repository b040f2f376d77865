package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Catalogo;
import cl.avance.motor.Metodologia;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularioTest {

    private static final Catalogo CATALOGO = Metodologia.porDefecto().catalogo();

    @Test
    void elVocabularioPorDefectoEstaBienYCubreCadaIndicador() {
        String texto = Metodologia.porDefecto().vocabulario().orElseThrow();
        assertEquals(List.of(), LectorVocabulario.revisar(texto, CATALOGO));
        Vocabulario v = LectorVocabulario.leer(texto, CATALOGO);
        CATALOGO.indicadores().forEach(i -> assertTrue(v.indicadores().containsKey(i.codigo()), i.codigo()));
    }

    @Test
    void unCodigoDeIndicadorDesconocidoEsUnErrorConLineaYRuta() {
        String texto = """
                negacion: ["no"]
                indicadores:
                  TERRITORIO_DEFINIDO: [territorio definido]
                  TERRITORIO_DEFINIDX:
                    frases: [territorio]
                """;
        List<ProblemaDeVocabulario> problemas = LectorVocabulario.revisar(texto, CATALOGO);
        assertEquals(1, problemas.size(), problemas::toString);
        ProblemaDeVocabulario p = problemas.get(0);
        assertEquals(4, p.linea());
        assertEquals("indicadores.TERRITORIO_DEFINIDX", p.ruta());
        assertTrue(p.toString().startsWith("vocabulario.yaml:4: indicadores.TERRITORIO_DEFINIDX: indicador desconocido"), p::toString);
    }

    @Test
    void todosLosProblemasALaVez() {
        String texto = """
                ventana: muchas
                negacion: no
                autoevaluacion:
                  AVANCE_MEDIO: [avance medio]
                indicadores:
                  ACUERDO_FORMAL:
                    frases: [de la]
                    sinonimos: [convenio]
                """;
        List<String> rutas = LectorVocabulario.revisar(texto, CATALOGO).stream().map(ProblemaDeVocabulario::ruta).toList();
        assertEquals(List.of("ventana", "negacion", "autoevaluacion.AVANCE_MEDIO", "indicadores.ACUERDO_FORMAL.sinonimos",
                "indicadores.ACUERDO_FORMAL.frases[0]"), rutas);
    }

    @Test
    void unYamlIlegibleSeInformaConSuLinea() {
        List<ProblemaDeVocabulario> problemas = LectorVocabulario.revisar("indicadores:\n  A: [uno\n", CATALOGO);
        assertEquals(1, problemas.size());
        assertTrue(problemas.get(0).mensaje().startsWith("el YAML no se pudo leer"), problemas::toString);
        assertTrue(problemas.get(0).linea() > 0);
    }
}
