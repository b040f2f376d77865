package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.importar.Borrador.CriterioBorrador;
import cl.avance.importar.Borrador.UnidadBorrador;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportadorTest {

    private static final Importador IMPORTADOR = Fuentes.IMPORTADOR;
    private static final Borrador SENCE = IMPORTADOR.importar(Fuentes.SEMILLA, null);

    private static UnidadBorrador unidad(Borrador b, String id) {
        return b.unidades().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static CriterioBorrador criterio(UnidadBorrador u, String codigo) {
        return u.criterios().stream().filter(c -> c.codigo().equals(codigo)).findFirst()
                .orElseThrow(() -> new AssertionError(u.id() + " " + codigo));
    }

    @Nested
    class ElCuestionarioSence2007 {

        @Test
        void daLasCatorceUnidadesEnElOrdenDelDocumento() {
            assertEquals(List.of("tarapaca", "antofagasta", "atacama", "coquimbo", "valparaiso", "l-b-ohiggins", "del-maule",
                    "del-bio-bio", "ix-de-la-araucania", "region-de-los-lagos", "xi-aysen", "magallanes",
                    "metropolitana-de-santiago", "sence-central"), SENCE.unidades().stream().map(UnidadBorrador::id).toList());
            assertEquals("Servicio Nacional de Capacitación y Empleo", SENCE.servicio());
            assertEquals(2007, SENCE.anio());
            assertEquals("Dirección Regional: L. B. O’Higgins", unidad(SENCE, "l-b-ohiggins").nombre());
        }

        @Test
        void ningunParrafoDeLasRespuestasSePierde() {
            // Every paragraph of a unit's answers, as the seed writes it, is in some criterion's text of the draft.
            List<String> textos = new ArrayList<>();
            for (UnidadBorrador u : SENCE.unidades()) {
                for (CriterioBorrador c : u.criterios()) {
                    if (c.desarrollo() != null) {
                        textos.addAll(List.of(c.desarrollo().split("\n")));
                    }
                    textos.addAll(c.recomendaciones());
                    if (c.noAplica() != null) {
                        textos.add(c.noAplica());
                    }
                }
            }
            String semilla = Fuentes.leer(Fuentes.SEMILLA);
            String respuestas = semilla.substring(semilla.indexOf("DIRECCION REGIONAL: TARAPACA"), semilla.indexOf("OBJETIVO Nº 3"));
            int revisados = 0;
            for (String linea : respuestas.split("\n")) {
                String p = linea.replace('\u00A0', ' ').strip();  // the reader reads a no-break space as a space
                if (p.isEmpty() || p.startsWith("DIRECCION REGIONAL") || p.startsWith("OBJETIVO") || p.startsWith("¿")
                        || p.startsWith("Descripción del desarrollo alcanzado") || p.startsWith("Desarrollo")
                        || p.startsWith("Recomendaciones para mejorar") || p.matches("\\d\\.\\d\\. .*")) {
                    continue;
                }
                revisados++;
                assertTrue(textos.contains(p), "el párrafo se perdió: " + p);
            }
            assertTrue(revisados > 150, "párrafos revisados: " + revisados);
        }

        @Test
        void cadaCeldaQuedaEnSuLugar() {
            CriterioBorrador tarapaca = criterio(unidad(SENCE, "tarapaca"), "1.1");
            assertTrue(tarapaca.desarrollo().startsWith("El territorio sobre el cual se ha desarrollado el programa"));
            assertEquals(List.of("Avance Menor:", "Se debería formular una agenda en común con énfasis en la nueva Provincia del Tamarugal."),
                    tarapaca.recomendaciones());
            // Coquimbo 1.3: the two cells are on consecutive lines.
            CriterioBorrador coquimbo = criterio(unidad(SENCE, "coquimbo"), "1.3");
            assertTrue(coquimbo.desarrollo().startsWith("No hay grado de avance"));
            assertEquals(1, coquimbo.recomendaciones().size());
            assertTrue(coquimbo.recomendaciones().get(0).startsWith("Se recomienda avanzar hacia acuerdos"));
        }

        @Test
        void lasCeldasVaciasYNoAplica() {
            UnidadBorrador valparaiso = unidad(SENCE, "valparaiso");
            assertFalse(criterio(valparaiso, "1.1").vacio());
            assertTrue(criterio(valparaiso, "1.2").vacio());
            assertTrue(criterio(valparaiso, "2.1").vacio());
            UnidadBorrador central = unidad(SENCE, "sence-central");
            assertEquals(List.of("1.1", "1.2", "1.3"), central.criterios().stream().map(CriterioBorrador::codigo).toList());
            central.criterios().forEach(c -> {
                assertTrue(c.noAplica().startsWith("No aplica"));
                assertTrue(c.indicadores().isEmpty());
            });
            String yaml = SENCE.yaml();
            assertTrue(yaml.contains("# 1.2: celdas vacías en el documento (queda sin información)"));
            // The executive report (Objetivo 3) is not a unit's answer.
            assertFalse(yaml.contains("PRINCIPALES LOGROS"));
        }

        @Test
        void cadaSugerenciaLlevaUnaOracionDeSuPropioDesarrollo() {
            for (UnidadBorrador u : SENCE.unidades()) {
                for (CriterioBorrador c : u.criterios()) {
                    assertEquals(c.indicadores().keySet(), c.evidencias().keySet());
                    c.evidencias().forEach((codigo, cita) -> assertTrue(c.desarrollo().contains(cita),
                            u.id() + " " + c.codigo() + " " + codigo + ": «" + cita + "» no está en su desarrollo"));
                    if (c.autoevaluacion() != null) {
                        String todo = c.desarrollo() + "\n" + String.join("\n", c.recomendaciones());
                        assertTrue(todo.contains(c.citaAutoevaluacion()), c.citaAutoevaluacion());
                    }
                }
            }
        }

        @Test
        void elBorradorSeCalificaConEvaluarYSusCalificacionesSonProvisionales(@TempDir Path tmp) throws Exception {
            Path archivo = tmp.resolve("borrador.yaml");
            Files.writeString(archivo, SENCE.yaml(), StandardCharsets.UTF_8);
            Motor motor = Motor.porDefecto();
            Evaluacion evaluacion = LectorEvaluacion.estandar().leer(archivo, motor.metodologia().catalogo());
            assertTrue(evaluacion.borrador());
            assertEquals(14, evaluacion.unidades().size());
            Resultado resultado = motor.evaluar(evaluacion);
            assertTrue(resultado.provisional());
            JsonNode json = new ObjectMapper().readTree(ResultadoJson.escribir(resultado));
            assertTrue(json.get("provisional").asBoolean());
            JsonNode tarapaca = json.at("/unidades/0/criterios/1.1");
            assertEquals("Avance Menor:", tarapaca.at("/evidencias/autoevaluacion").asText());
            assertTrue(tarapaca.at("/evidencias/TERRITORIO_DEFINIDO").asText().startsWith("El territorio sobre el cual"));
            assertEquals(Avance.NO_APLICA.name(), json.at("/unidades/13/criterios/1.1/avance").asText());
            assertEquals(Avance.SIN_INFORMACION.name(), json.at("/unidades/4/criterios/1.2/avance").asText());
        }
    }

    @Test
    void unHechoDichoEnOtroCriterioNoCuenta() {
        String texto = """
                SERVICIO DE PRUEBA
                DIRECCION REGIONAL: NORTE
                1.1. Perspectiva territorial del programa
                \tDescripción del desarrollo alcanzado
                \tRecomendaciones para mejorar el diseño y la implementación en el 2008.
                \tEl programa es parte de un acuerdo formal con SERCOTEC y los compromisos están en el presupuesto del Servicio.
                \tMantener el trabajo.
                1.3. Grado de complementariedad alcanzado
                \tDesarrollo alcanzado
                \tRecomendaciones para mejorar el diseño y la implementación 2008.
                \tSe trabaja con otros servicios.
                \t
                """;
        Borrador b = IMPORTADOR.importarTexto(texto, "prueba.txt", null);
        UnidadBorrador norte = b.unidades().get(0);
        assertEquals("norte", norte.id());
        assertEquals(Map.of(), criterio(norte, "1.1").indicadores());
        assertEquals(Map.of(), criterio(norte, "1.3").indicadores());
        assertEquals(2007, b.anio());
    }

    @Test
    void losIdsSeDerivanDelNombreYNoSeRepiten() {
        assertEquals("l-b-ohiggins", Importador.slug("L. B. O’HIGGINS"));
        assertEquals("del-bio-bio", Importador.slug("DEL BIO BIO"));
        assertEquals("xi-aysen", Importador.slug("XI AYSÉN"));
        String texto = "DIRECCION REGIONAL: ÑUBLE\nDIRECCION REGIONAL: ÑUBLE\n1.1. Perspectiva territorial\n\tDesarrollo alcanzado\n\tx\n";
        Borrador b = IMPORTADOR.importarTexto(texto, "t.txt", 2010);
        assertEquals(List.of("nuble", "nuble-2"), b.unidades().stream().map(UnidadBorrador::id).toList());
    }

    @Test
    void unDocumentoSinUnidadesEsUnErrorEnCastellano() {
        DocumentoInvalidoException e = assertThrows(DocumentoInvalidoException.class,
                () -> IMPORTADOR.importarTexto("Acta de la reunión del lunes.", "acta.txt", 2007));
        assertTrue(e.getMessage().startsWith("acta.txt: no se encontró ninguna unidad"), e.getMessage());
    }

    @Test
    void sinAnioDeducibleSePideElAnio() {
        DocumentoInvalidoException e = assertThrows(DocumentoInvalidoException.class,
                () -> IMPORTADOR.importarTexto("DIRECCION REGIONAL: SUR\n", "sur.txt", null));
        assertTrue(e.getMessage().contains("--anio"), e.getMessage());
    }

    @Test
    void unArchivoQueNoExisteOUnDocxDanadoSonErroresEnCastellano(@TempDir Path tmp) throws Exception {
        DocumentoInvalidoException noExiste = assertThrows(DocumentoInvalidoException.class,
                () -> IMPORTADOR.importar(tmp.resolve("no.docx"), null));
        assertTrue(noExiste.getMessage().endsWith("el archivo no existe"));
        Path danado = tmp.resolve("danado.docx");
        Files.write(danado, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        DocumentoInvalidoException e = assertThrows(DocumentoInvalidoException.class, () -> IMPORTADOR.importar(danado, null));
        assertTrue(e.getMessage().contains("no es un documento de Word (.docx) legible"), e.getMessage());
    }

    @Test
    void elTextoDeWordEnWindows1252SeLee(@TempDir Path tmp) throws Exception {
        Path archivo = tmp.resolve("cuestionario.txt");
        Files.write(archivo, "DIRECCION REGIONAL: BIOBÍO\n1.1. Perspectiva territorial\n\tDesarrollo alcanzado\n\tEl avance es menor.\n"
                .getBytes("windows-1252"));
        Borrador b = IMPORTADOR.importar(archivo, 2007);
        assertEquals("biobio", b.unidades().get(0).id());
        assertEquals("AVANCE_MENOR", b.unidades().get(0).criterios().get(0).autoevaluacion());
        assertNull(b.unidades().get(0).criterios().get(0).indicadores().get("TERRITORIO_DEFINIDO"));
    }
}
