package cl.avance.entrada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;
import static cl.avance.MetodologiaDePrueba.instancia;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Evaluacion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LectorEvaluacionTest {

    private static final LectorEvaluacion LECTOR = LectorEvaluacion.estandar();

    /** A valid document with {@code unidad} as its only unit's body. */
    private static String conUnidad(String unidad) {
        return """
                {"formato": 1, "servicio": "SENCE", "anio": 2007, "unidades": [ %s ]}
                """.formatted(unidad);
    }

    private static Evaluacion leer(String json) throws EntradaInvalidaException {
        return LECTOR.leer(json.getBytes(StandardCharsets.UTF_8), Formato.JSON, "prueba.json", catalogo());
    }

    private static List<ErrorDeEntrada> errores(String json) {
        return errores(json, Formato.JSON);
    }

    private static List<ErrorDeEntrada> errores(String texto, Formato formato) {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                () -> LECTOR.leer(texto.getBytes(StandardCharsets.UTF_8), formato, "prueba", catalogo()));
        assertFalse(e.errores().isEmpty());
        return e.errores();
    }

    private static ErrorDeEntrada unico(String json) {
        List<ErrorDeEntrada> errores = errores(json);
        assertEquals(1, errores.size(), errores::toString);
        return errores.get(0);
    }

    @Nested
    class ArchivosValidos {
        @Test
        void leeTodosLosCamposDelFormato() throws Exception {
            Evaluacion e = leer(conUnidad("""
                    {"id": "tarapaca", "nombre": "Dirección Regional de Tarapacá", "criterios": {
                      "1.1": {"indicadores": {"TERRITORIO_DEFINIDO": true, "DIAGNOSTICO_COMPARTIDO": false},
                              "autoevaluacion": "AVANCE_MENOR", "desarrollo": "texto",
                              "recomendaciones": ["una", "dos"]},
                      "1.2": {"indicadores": {"PROGRAMA_INFORMADO": true}, "instancias": ["GOBIERNO_REGIONAL", "MUNICIPIO"]},
                      "1.3": {"noAplica": "no corresponde"}
                    }}"""));
            assertEquals("SENCE", e.servicio());
            assertEquals(2007, e.anio());
            var u = e.unidades().get(0);
            assertEquals("tarapaca", u.id());
            var c11 = u.criterio(criterio("1.1"));
            assertEquals(Boolean.TRUE, c11.indicadores().get(indicador("TERRITORIO_DEFINIDO")));
            assertEquals(Boolean.FALSE, c11.indicadores().get(indicador("DIAGNOSTICO_COMPARTIDO")));
            assertEquals(Avance.AVANCE_MENOR, c11.autoevaluacion());
            assertEquals(List.of("una", "dos"), c11.recomendaciones());
            assertEquals(Set.of(instancia("GOBIERNO_REGIONAL"), instancia("MUNICIPIO")), u.criterio(criterio("1.2")).instancias());
            assertEquals("no corresponde", u.criterio(criterio("1.3")).noAplica());
            assertFalse(u.criterio(criterio("2.1")).informado(), "un criterio omitido queda sin información");
        }

        @Test
        void yamlTieneLaMismaForma() throws Exception {
            String yaml = """
                    formato: 1
                    servicio: SENCE
                    anio: 2007
                    unidades:
                      - id: biobio
                        nombre: Dirección Regional del Bío Bío
                        criterios:
                          "1.2":
                            indicadores:
                              PROGRAMA_ACORDADO: true
                            autoevaluacion: AVANCE_MAYOR
                    """;
            Evaluacion e = LECTOR.leer(yaml.getBytes(StandardCharsets.UTF_8), Formato.YAML, "e.yaml", catalogo());
            assertEquals(Boolean.TRUE, e.unidades().get(0).criterio(criterio("1.2")).indicadores().get(indicador("PROGRAMA_ACORDADO")));
        }

        @Test
        void laExtensionEligeLaNotacion(@TempDir Path dir) throws Exception {
            Path yml = dir.resolve("e.yml");
            Files.writeString(yml, "formato: 1\nservicio: S\nanio: 2007\nunidades:\n  - id: a\n    nombre: A\n");
            assertEquals("a", LECTOR.leer(yml, catalogo()).unidades().get(0).id());
        }
    }

    @Nested
    class ErroresDeContenido {
        @Test
        void indicadorDesconocidoConSuRutaYUnaSugerencia() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.2": {"indicadores": {"PROGRAMA_ACORDAD": true}}}}"""));
            assertEquals("unidades[0].criterios.1.2.indicadores.PROGRAMA_ACORDAD", e.ruta());
            assertTrue(e.mensaje().startsWith("indicador desconocido"), e.mensaje());
            assertTrue(e.mensaje().contains("¿Quiso decir «PROGRAMA_ACORDADO»?"), e.mensaje());
        }

        @Test
        void criterioDesconocido() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.4": {}}}"""));
            assertEquals("unidades[0].criterios.1.4", e.ruta());
            assertTrue(e.mensaje().startsWith("criterio desconocido; los criterios son 1.1, 1.2, 1.3, 2.1."), e.mensaje());
        }

        @Test
        void indicadorBajoOtroCriterio() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.1": {"indicadores": {"ACUERDO_FORMAL": true}}}}"""));
            assertEquals("unidades[0].criterios.1.1.indicadores.ACUERDO_FORMAL", e.ruta());
            assertEquals("el indicador ACUERDO_FORMAL pertenece al criterio 1.3, no al 1.1: muévalo a criterios.1.3.indicadores",
                    e.mensaje());
        }

        @Test
        void valorNoBooleano() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.1": {"indicadores": {"TERRITORIO_DEFINIDO": "si"}}}}"""));
            assertEquals("unidades[0].criterios.1.1.indicadores.TERRITORIO_DEFINIDO", e.ruta());
            assertTrue(e.mensaje().startsWith("el valor debe ser true (presente) o false (ausente); se encontró \"si\""), e.mensaje());
        }

        @Test
        void nullNoEsUnIndicadorSinInformacion() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.1": {"indicadores": {"TERRITORIO_DEFINIDO": null}}}}"""));
            assertTrue(e.mensaje().contains("omita el indicador"), e.mensaje());
        }

        @Test
        void autoevaluacionDesconocida() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.1": {"autoevaluacion": "AVANCE_MENOS", "desarrollo": "x"}}}"""));
            assertEquals("unidades[0].criterios.1.1.autoevaluacion", e.ruta());
            assertTrue(e.mensaje().contains("«AVANCE_MENOS»") && e.mensaje().contains("¿Quiso decir «AVANCE_MENOR»?"), e.mensaje());
        }

        @Test
        void instanciaDesconocidaYFueraDel12() {
            List<ErrorDeEntrada> errores = errores(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {
                      "1.2": {"instancias": ["GOBIERNO_REGIONAL", "CONCEJO"]},
                      "1.1": {"instancias": ["MUNICIPIO"]}}}"""));
            assertEquals(List.of("unidades[0].criterios.1.2.instancias[1]", "unidades[0].criterios.1.1.instancias"),
                    errores.stream().map(ErrorDeEntrada::ruta).toList());
            assertTrue(errores.get(0).mensaje().startsWith("instancia desconocida «CONCEJO»"));
            assertTrue(errores.get(1).mensaje().contains("solo se informan en el criterio 1.2"));
        }

        @Test
        void idRepetidoNombraLaPrimeraUnidad() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A"}, {"id": "b", "nombre": "B"}, {"id": "a", "nombre": "Otra A"}"""));
            assertEquals("unidades[2].id", e.ruta());
            assertEquals("el id «a» ya lo usa unidades[0]: cada unidad necesita un id propio", e.mensaje());
        }

        @Test
        void camposObligatoriosFaltantes() {
            List<ErrorDeEntrada> errores = errores("""
                    {"unidades": [ {"nombre": "sin id"}, {"id": "b"} ]}""");
            assertEquals(List.of("formato", "servicio", "anio", "unidades[0].id", "unidades[1].nombre"),
                    errores.stream().map(ErrorDeEntrada::ruta).toList());
            errores.forEach(e -> assertTrue(e.mensaje().startsWith("falta el campo obligatorio «"), e.mensaje()));
        }

        @Test
        void formatoIncompatible() {
            ErrorDeEntrada e = unico("""
                    {"formato": 2, "servicio": "S", "anio": 2007, "unidades": [{"id": "a", "nombre": "A"}]}""");
            assertEquals("formato", e.ruta());
            assertEquals("formato 2 no es compatible: esta versión de Avance lee el formato 1", e.mensaje());
        }

        @Test
        void anioNoNumerico() {
            ErrorDeEntrada e = unico("""
                    {"formato": 1, "servicio": "S", "anio": "2007", "unidades": [{"id": "a", "nombre": "A"}]}""");
            assertEquals("anio", e.ruta());
        }

        @Test
        void campoDesconocidoConSugerencia() {
            ErrorDeEntrada e = unico(conUnidad("""
                    {"id": "a", "nombre": "A", "criterios": {"1.1": {"autoevaluacoin": "AVANCE_MENOR"}}}"""));
            assertEquals("unidades[0].criterios.1.1.autoevaluacoin", e.ruta());
            assertTrue(e.mensaje().contains("¿Quiso decir «autoevaluacion»?"), e.mensaje());
        }

        @Test
        void sinUnidades() {
            assertEquals("unidades", unico("""
                    {"formato": 1, "servicio": "S", "anio": 2007, "unidades": []}""").ruta());
        }

        @Test
        void todosLosErroresDeUnArchivoALaVezEnElOrdenDelArchivo() {
            List<ErrorDeEntrada> errores = errores("""
                    {"formato": 1, "servicio": "S", "anio": 2007, "unidades": [
                      {"id": "a", "nombre": "A", "criterios": {
                        "1.1": {"indicadores": {"TERRITORIO": true, "ACUERDO_FORMAL": true, "AGENDA_COMPARTIDA": 1}},
                        "3.1": {}}},
                      {"id": "a", "nombre": "A2", "criterios": {"2.1": {"autoevaluacion": "MUCHO"}}}
                    ]}""");
            assertEquals(List.of(
                    "unidades[0].criterios.1.1.indicadores.TERRITORIO",
                    "unidades[0].criterios.1.1.indicadores.ACUERDO_FORMAL",
                    "unidades[0].criterios.1.1.indicadores.AGENDA_COMPARTIDA",
                    "unidades[0].criterios.3.1",
                    "unidades[1].id",
                    "unidades[1].criterios.2.1.autoevaluacion"), errores.stream().map(ErrorDeEntrada::ruta).toList());
        }
    }

    @Nested
    class ErroresDeSintaxis {
        @Test
        void comaSobranteConLineaYColumna() {
            ErrorDeEntrada e = unico("{\n  \"formato\": 1,\n  \"servicio\": \"S\",\n}\n");
            assertEquals(4, e.linea());
            assertEquals(1, e.columna());
            assertEquals("carácter inesperado «}»: revise comas, comillas, llaves y corchetes", e.mensaje());
            assertEquals("línea 4, columna 1: carácter inesperado «}»: revise comas, comillas, llaves y corchetes", e.toString());
        }

        @Test
        void archivoCortado() {
            ErrorDeEntrada e = unico("{\"formato\": 1, \"unidades\": [");
            assertTrue(e.mensaje().startsWith("el documento termina antes de tiempo"), e.mensaje());
            assertEquals(1, e.linea());
        }

        @Test
        void claveRepetida() {
            ErrorDeEntrada e = unico("{\"formato\": 1,\n \"formato\": 1}");
            assertEquals("la clave «formato» está repetida en el mismo objeto", e.mensaje());
            assertEquals(2, e.linea());
        }

        @Test
        void yamlMalFormadoConLinea() {
            List<ErrorDeEntrada> errores = errores("formato: 1\nservicio: [S\nanio: 2007\n", Formato.YAML);
            assertEquals(1, errores.size());
            assertTrue(errores.get(0).linea() > 0, errores.toString());
        }

        @Test
        void raizQueNoEsObjeto() {
            assertTrue(unico("[1, 2]").mensaje().startsWith("el documento debe ser un objeto"));
        }

        @Test
        void documentoVacio() {
            assertEquals("el documento está vacío", unico("  ").mensaje());
        }

        @Test
        void bytesQueNoSonUtf8() {
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                    () -> LECTOR.leer(new byte[] {'{', (byte) 0xE9, '}'}, Formato.JSON, "latin1.json", catalogo()));
            assertTrue(e.errores().get(0).mensaje().contains("UTF-8"));
        }
    }

    @Nested
    class EntradaHostil {
        @Test
        void anidacionProfunda() {
            String profundo = "{\"formato\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
            ErrorDeEntrada e = unico(profundo);
            assertEquals("el documento anida más de 32 niveles", e.mensaje());
        }

        @Test
        void textoDemasiadoLargo() {
            LectorEvaluacion estricto = new LectorEvaluacion(new LimitesDeEntrada(1 << 20, 32, 1000));
            String json = "{\"formato\": 1, \"servicio\": \"" + "x".repeat(5000) + "\"}";
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                    () -> estricto.leer(json.getBytes(StandardCharsets.UTF_8), Formato.JSON, "largo.json", catalogo()));
            assertEquals("un texto supera los 1000 caracteres", e.errores().get(0).mensaje());
        }

        @Test
        void archivoDemasiadoGrande(@TempDir Path dir) throws Exception {
            LectorEvaluacion estricto = new LectorEvaluacion(new LimitesDeEntrada(100, 32, 1000));
            Path grande = dir.resolve("grande.json");
            Files.writeString(grande, "{\"servicio\": \"" + "x".repeat(200) + "\"}");
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class, () -> estricto.leer(grande, catalogo()));
            assertTrue(e.errores().get(0).mensaje().contains("el máximo es 100"), e.getMessage());
        }

        @Test
        void unaBombaDeAliasYamlSeRechazaSinExpandirse() {
            // Until aliases were read as the anchor's name this bomb gave content errors only; now that they give
            // the anchored value, its expansion (about 600 million values) is refused at the alias that crosses
            // the limit.
            StringBuilder yaml = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
            for (char c = 'b'; c <= 'k'; c++) {
                char p = (char) (c - 1);
                yaml.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                        .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
            }
            List<ErrorDeEntrada> errores = errores(yaml.toString(), Formato.YAML);
            assertEquals(1, errores.size(), errores::toString);
            assertTrue(errores.get(0).mensaje().startsWith("los alias («*nombre») del documento repiten más de"),
                    errores::toString);
        }

        @Test
        void archivoInexistente(@TempDir Path dir) {
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                    () -> LECTOR.leer(dir.resolve("no-esta.json"), catalogo()));
            assertEquals("el archivo no existe", e.errores().get(0).mensaje());
        }

        @Test
        void extensionDesconocida(@TempDir Path dir) {
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                    () -> LECTOR.leer(dir.resolve("evaluacion.txt"), catalogo()));
            assertTrue(e.errores().get(0).mensaje().contains(".json, .yaml o .yml"));
        }
    }

    @Test
    void elMensajeDeLaExcepcionCuentaYListaLosErrores() {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                () -> leer("{\"formato\": 1, \"anio\": 2007, \"unidades\": [{\"id\": \"a\"}]}"));
        // A missing field is placed where the object that lacks it begins.
        assertEquals("«prueba.json» tiene 2 errores:\n  línea 1, columna 1 (servicio): falta el campo obligatorio «servicio»"
                + "\n  línea 1, columna 43 (unidades[0].nombre): falta el campo obligatorio «nombre»", e.getMessage());
    }
}
