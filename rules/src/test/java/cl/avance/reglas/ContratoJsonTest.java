package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.MOTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output contract of the methodology, field by field, on the methodology's own input example. */
class ContratoJsonTest {

    private static final String ENTRADA = """
            {
              "formato": 1,
              "servicio": "Servicio Nacional de Capacitación y Empleo",
              "sigla": "SENCE",
              "anio": 2007,
              "unidades": [
                {
                  "id": "tarapaca",
                  "nombre": "Dirección Regional de Tarapacá",
                  "criterios": {
                    "1.1": {
                      "indicadores": { "TERRITORIO_DEFINIDO": true, "DIAGNOSTICO_COMPARTIDO": false },
                      "autoevaluacion": "AVANCE_MAYOR",
                      "desarrollo": "free text: what the unit reported",
                      "recomendaciones": ["free text written by the unit"]
                    },
                    "1.2": { "indicadores": { "PROGRAMA_INFORMADO": true }, "instancias": ["GOBIERNO_REGIONAL"] },
                    "1.3": { "noAplica": "reason the criterion does not apply" }
                  }
                },
                { "id": "central", "nombre": "SENCE Central" }
              ]
            }
            """;

    private static String texto;
    private static JsonNode raiz;

    @BeforeAll
    static void evaluar() throws Exception {
        var evaluacion = LectorEvaluacion.estandar().leer(ENTRADA.getBytes(StandardCharsets.UTF_8), Formato.JSON, "m.json", MotorCompartido.CATALOGO);
        texto = ResultadoJson.escribir(MOTOR.evaluar(evaluacion));
        raiz = new ObjectMapper().readTree(texto);
    }

    @Test
    void cabecera() {
        assertEquals(List.of("formato", "servicio", "sigla", "anio", "reglas", "unidades", "informeEjecutivo"), campos(raiz));
        assertEquals(1, raiz.get("formato").intValue());
        assertEquals("SENCE", raiz.get("sigla").textValue());
        assertEquals(2007, raiz.get("anio").intValue());
        // The methodology by name and version, never a local path; the fingerprint covers catalogue and rules.
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.1", raiz.at("/reglas/origen").textValue());
        assertEquals(MOTOR.metodologia().huella(), raiz.at("/reglas/huella").textValue());
        assertTrue(raiz.at("/reglas/huella").textValue().matches("[0-9a-f]{64}"));
    }

    @Test
    void unidadesEnOrdenConLosCuatroCriterios() {
        assertEquals(2, raiz.get("unidades").size());
        assertEquals("tarapaca", raiz.at("/unidades/0/id").textValue());
        assertEquals("Dirección Regional de Tarapacá", raiz.at("/unidades/0/nombre").textValue());
        assertEquals("central", raiz.at("/unidades/1/id").textValue());
        for (JsonNode u : raiz.get("unidades")) {
            assertEquals(List.of("1.1", "1.2", "1.3", "2.1"), campos(u.get("criterios")));
        }
    }

    @Test
    void criterioCalificadoConTodosSusCampos() {
        JsonNode c = raiz.at("/unidades/0/criterios/1.1");
        assertEquals(List.of("avance", "reglas", "indicadoresCumplidos", "indicadoresNoCumplidos",
                "indicadoresSinInformacion", "recomendaciones", "discrepancia", "queFalta"), campos(c));
        assertEquals("AVANCE_MENOR", c.get("avance").textValue());
        assertEquals("1.1 Avance menor: territorio definido, pero falta algún otro indicador", c.at("/reglas/0").textValue());
        assertEquals("[\"TERRITORIO_DEFINIDO\"]", c.get("indicadoresCumplidos").toString());
        assertEquals("[\"DIAGNOSTICO_COMPARTIDO\"]", c.get("indicadoresNoCumplidos").toString());
        assertEquals("[\"PROBLEMA_COMUN\",\"AGENDA_COMPARTIDA\",\"ACCIONES_COMPLEMENTARIAS\"]",
                c.get("indicadoresSinInformacion").toString());
        JsonNode rec = c.at("/recomendaciones/0");
        assertEquals(List.of("codigo", "texto", "regla"), campos(rec));
        assertEquals(4, c.get("recomendaciones").size());
        assertEquals("AVANCE_MAYOR", c.at("/discrepancia/autoevaluacion").textValue());
        assertEquals("AVANCE_MENOR", c.at("/discrepancia/avance").textValue());
    }

    @Test
    void queFaltaVaDespuesDeLosCamposOriginalesConLosConjuntosMasPequenos() {
        // 1.1 is AVANCE_MENOR (territory defined): the next level is the top, reached by meeting all four others.
        JsonNode q = raiz.at("/unidades/0/criterios/1.1/queFalta");
        assertEquals(List.of("siguiente", "mayor"), campos(q));
        assertEquals(List.of("avance", "opciones"), campos(q.get("siguiente")));
        assertEquals("AVANCE_MAYOR", q.at("/siguiente/avance").textValue());
        assertEquals("[[\"PROBLEMA_COMUN\",\"DIAGNOSTICO_COMPARTIDO\",\"AGENDA_COMPARTIDA\",\"ACCIONES_COMPLEMENTARIAS\"]]",
                q.at("/siguiente/opciones").toString());
        assertEquals(q.get("siguiente"), q.get("mayor"));
        // Central reported nothing: SIN_INFORMACION is off the scale, and 1.3 of Tarapacá does not apply.
        assertTrue(raiz.at("/unidades/1/criterios/1.1/queFalta").isNull());
        assertTrue(raiz.at("/unidades/0/criterios/1.3/queFalta").isNull());
    }

    @Test
    void queFaltaDesdeSinAvanceDistingueElSiguienteNivelDelMayor() throws Exception {
        String entrada = ENTRADA.replace("\"PROGRAMA_INFORMADO\": true", "\"PROGRAMA_INFORMADO\": false");
        var evaluacion = LectorEvaluacion.estandar().leer(entrada.getBytes(StandardCharsets.UTF_8), Formato.JSON, "m.json",
                MotorCompartido.CATALOGO);
        JsonNode q = new ObjectMapper().readTree(ResultadoJson.escribir(MOTOR.evaluar(evaluacion)))
                .at("/unidades/0/criterios/1.2/queFalta");
        assertEquals("AVANCE_MENOR", q.at("/siguiente/avance").textValue());
        assertEquals("[[\"PROGRAMA_INFORMADO\"],[\"PROGRAMA_PRESENTADO\"],[\"PROGRAMA_ACORDADO\"]]",
                q.at("/siguiente/opciones").toString());
        assertEquals("AVANCE_MAYOR", q.at("/mayor/avance").textValue());
        assertEquals("[[\"PROGRAMA_INFORMADO\",\"PROGRAMA_PRESENTADO\",\"PROGRAMA_ACORDADO\"]]", q.at("/mayor/opciones").toString());
    }

    @Test
    void discrepanciaEsNullSinAutoevaluacion() {
        assertTrue(raiz.at("/unidades/0/criterios/1.2").has("discrepancia"));
        assertTrue(raiz.at("/unidades/0/criterios/1.2/discrepancia").isNull());
        assertEquals("NO_APLICA", raiz.at("/unidades/0/criterios/1.3/avance").textValue());
        assertEquals("SIN_INFORMACION", raiz.at("/unidades/1/criterios/2.1/avance").textValue());
    }

    @Test
    void informeEjecutivo() {
        JsonNode i = raiz.get("informeEjecutivo");
        assertEquals(List.of("matriz", "conteos", "logros", "brechas", "recomendaciones", "recomendacionesAlServicio",
                "discrepancias", "sinInformacion"), campos(i));
        assertEquals("AVANCE_MENOR", i.at("/matriz/0/avances/1.1").textValue());
        assertEquals(1, i.at("/conteos/1.3/NO_APLICA").intValue());
        assertEquals(1, i.at("/conteos/1.3/SIN_INFORMACION").intValue());
        assertEquals("tarapaca", i.at("/discrepancias/0/unidad").textValue());
        assertEquals("central", i.at("/sinInformacion/1/unidad").textValue());
        assertEquals("[\"1.1\",\"1.2\",\"1.3\",\"2.1\"]", i.at("/sinInformacion/1/criterios").toString());
        assertEquals("REC-COMPLETAR_REPORTE", i.at("/recomendaciones/0/codigo").textValue());
        assertEquals(2, i.at("/recomendaciones/0/cantidad").intValue(), "tarapaca 2.1 y central");
    }

    @Test
    void textoEstableConSaltoFinal() {
        assertTrue(texto.endsWith("}\n"));
        assertTrue(texto.contains("\"avance\": \"AVANCE_MENOR\""));
    }

    private static List<String> campos(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.fieldNames().forEachRemaining(l::add);
        return l;
    }
}
