package cl.avance.entrada;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static cl.avance.MetodologiaDePrueba.indicador;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Evidencias;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.salida.ResultadoJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Input format v1 grows compatibly: optional per-criterion {@code evidencias} and top-level {@code borrador}. */
class EvidenciasYBorradorTest {

    private static final LectorEvaluacion LECTOR = LectorEvaluacion.estandar();
    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");

    private static Evaluacion leer(String json) throws EntradaInvalidaException {
        return LECTOR.leer(json.getBytes(StandardCharsets.UTF_8), Formato.JSON, "prueba.json", catalogo());
    }

    private static String conCriterio(String criterio11) {
        return """
                {"formato": 1, "servicio": "SENCE", "anio": 2007, "unidades": [
                  {"id": "a", "nombre": "A", "criterios": {"1.1": %s}}]}
                """.formatted(criterio11);
    }

    private static List<String> rutas(String json) {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class, () -> leer(json));
        return e.errores().stream().map(er -> er.ruta() + ": " + er.mensaje()).toList();
    }

    @Nested
    class LosArchivosDeAntesNoCambian {

        @Test
        void seLeenSinEvidenciasYNoSonBorradores() throws Exception {
            Evaluacion sence = LECTOR.leer(SENCE, catalogo());
            assertFalse(sence.borrador());
            sence.unidades().forEach(u -> u.criterios().values().forEach(c -> assertEquals(Evidencias.NINGUNA, c.evidencias())));
        }

        @Test
        void elJsonDeSence2007EsByteAByteElDeAntes() throws Exception {
            // sence-2007.resultado.json was written by Avance before evidence existed (commit 4834c00). If a rule or
            // catalogue change alters grades on purpose, write it again with: avance evaluar --formato json.
            Resultado resultado = Motor.con(MetodologiaDePrueba.metodologia()).evaluar(LECTOR.leer(SENCE, catalogo()));
            String antes;
            try (InputStream in = EvidenciasYBorradorTest.class.getResourceAsStream("/sence-2007.resultado.json")) {
                antes = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String ahora = ResultadoJson.escribir(resultado);
            // Since then one additive field, "queFalta" (issue 11), follows each criterion's "discrepancia": with it
            // removed, the text is the same, byte for byte.
            String sinQueFalta = ahora.replaceAll("(?s),\n {10}\"queFalta\": (null|\\{.*?\n {10}\\})", "");
            assertEquals(antes, sinQueFalta);
            assertTrue(ahora.contains("\"queFalta\": {"), "el campo agregado está");
            assertFalse(ahora.contains("\"provisional\""));
            assertFalse(ahora.contains("\"evidencias\""));
        }
    }

    @Test
    void lasEvidenciasSeLeenPorIndicadorYLaAutoevaluacion() throws Exception {
        Evaluacion e = leer("""
                {"formato": 1, "borrador": true, "servicio": "SENCE", "anio": 2007, "unidades": [
                  {"id": "a", "nombre": "A", "criterios": {"1.1": {
                    "indicadores": {"TERRITORIO_DEFINIDO": true},
                    "autoevaluacion": "AVANCE_MENOR",
                    "evidencias": {"TERRITORIO_DEFINIDO": "El territorio está definido.", "autoevaluacion": "Avance menor."}}}}]}
                """);
        assertTrue(e.borrador());
        CriterioInformado c = e.unidades().get(0).criterios().values().iterator().next();
        assertEquals(Map.of(indicador("TERRITORIO_DEFINIDO"), "El territorio está definido."), c.evidencias().indicadores());
        assertEquals("Avance menor.", c.evidencias().autoevaluacion());
        Resultado r = Motor.con(MetodologiaDePrueba.metodologia()).evaluar(e);
        assertTrue(r.provisional());
        String json = ResultadoJson.escribir(r);
        assertTrue(json.contains("\"provisional\": true"), json);
        assertTrue(json.contains("\"TERRITORIO_DEFINIDO\": \"El territorio está definido.\""), json);
        assertTrue(json.contains("\"autoevaluacion\": \"Avance menor.\""), json);
    }

    @Test
    void borradorFalseEsUnaEvaluacionRevisada() throws Exception {
        Evaluacion e = leer("""
                {"formato": 1, "borrador": false, "servicio": "S", "anio": 2007, "unidades": [{"id": "a", "nombre": "A"}]}
                """);
        assertFalse(e.borrador());
    }

    @Test
    void lasClavesDeEvidenciasSeControlan() {
        List<String> errores = rutas(conCriterio("""
                {"evidencias": {"TERRITORIO_DEFINIDOS": "x", "ACUERDO_FORMAL": "y", "PROBLEMA_COMUN": 3,
                                "AGENDA_COMPARTIDA": " "}}
                """));
        assertEquals(4, errores.size(), errores::toString);
        assertTrue(errores.get(0).startsWith("unidades[0].criterios.1.1.evidencias.TERRITORIO_DEFINIDOS: clave desconocida"), errores::toString);
        assertTrue(errores.get(0).contains("TERRITORIO_DEFINIDO"), errores::toString);
        assertTrue(errores.get(1).startsWith("unidades[0].criterios.1.1.evidencias.ACUERDO_FORMAL: el indicador ACUERDO_FORMAL pertenece al criterio 1.3"),
                errores::toString);
        assertTrue(errores.get(2).startsWith("unidades[0].criterios.1.1.evidencias.PROBLEMA_COMUN: la evidencia debe ser la cita"), errores::toString);
        assertTrue(errores.get(3).startsWith("unidades[0].criterios.1.1.evidencias.AGENDA_COMPARTIDA:"), errores::toString);
    }

    @Test
    void evidenciasQueNoSonUnObjetoYBorradorQueNoEsBooleano() {
        List<String> errores = rutas("""
                {"formato": 1, "borrador": "sí", "servicio": "S", "anio": 2007, "unidades": [
                  {"id": "a", "nombre": "A", "criterios": {"1.1": {"evidencias": ["x"]}}}]}
                """);
        assertEquals(2, errores.size(), errores::toString);
        assertTrue(errores.get(0).startsWith("unidades[0].criterios.1.1.evidencias: debe ser un objeto"), errores::toString);
        assertTrue(errores.get(1).startsWith("borrador: debe ser true"), errores::toString);
    }
}
