package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.importar.Sugeridor.SugerenciasDeCriterio;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.motor.Metodologia;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The vocabulary's behaviour as data: {@code frases.yaml}, one case per sentence, each what it must suggest. */
class FrasesTest {

    private static final Metodologia METODOLOGIA = Metodologia.porDefecto();
    private static final Sugeridor SUGERIDOR = new Sugeridor(
            LectorVocabulario.leer(METODOLOGIA.vocabulario().orElseThrow(), METODOLOGIA.catalogo()));

    @TestFactory
    Stream<DynamicTest> cadaFraseSugiereLoQueDiceElArchivo() throws Exception {
        JsonNode casos;
        try (InputStream in = FrasesTest.class.getResourceAsStream("/frases.yaml")) {
            casos = cl.avance.entrada.LectorEvaluacion.estandar().leerArbol(in.readAllBytes(), cl.avance.entrada.Formato.YAML, "frases.yaml");
        }
        List<DynamicTest> pruebas = new ArrayList<>();
        for (JsonNode caso : casos) {
            pruebas.add(DynamicTest.dynamicTest(caso.get("caso").asText(), () -> {
                Criterio criterio = METODOLOGIA.catalogo().criterio(caso.get("criterio").asText()).orElseThrow();
                SugerenciasDeCriterio s = SUGERIDOR.sugerir(criterio, textos(caso.get("desarrollo")),
                        textos(caso.get("recomendaciones")));
                Map<String, Boolean> esperado = new LinkedHashMap<>();
                caso.get("sugiere").properties().forEach(e -> esperado.put(e.getKey(), e.getValue().asBoolean()));
                Map<String, Boolean> obtenido = new LinkedHashMap<>();
                s.indicadores().forEach((indicador, sugerencia) -> obtenido.put(indicador.codigo(), sugerencia.valor()));
                assertEquals(esperado, obtenido, "indicadores sugeridos; citas: " + s.indicadores());
                if (caso.has("autoevaluacion")) {
                    JsonNode grado = caso.get("autoevaluacion");
                    assertEquals(grado.isNull() ? null : Avance.valueOf(grado.asText()), s.autoevaluacion(),
                            "autoevaluación; cita: " + s.citaAutoevaluacion());
                }
                // Every suggestion carries the verbatim sentence it comes from.
                s.indicadores().values().forEach(sugerencia -> assertEquals(true,
                        String.join("\n", textos(caso.get("desarrollo"))).contains(sugerencia.cita()),
                        "la cita debe ser una oración del texto: " + sugerencia.cita()));
            }));
        }
        return pruebas.stream();
    }

    private static List<String> textos(JsonNode lista) {
        List<String> textos = new ArrayList<>();
        if (lista != null) {
            lista.forEach(t -> textos.add(t.asText()));
        }
        return textos;
    }
}
