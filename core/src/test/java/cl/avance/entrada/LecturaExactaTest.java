package cl.avance.entrada;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static cl.avance.MetodologiaDePrueba.criterio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Evaluacion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Input is read whole and exactly, and every error says where it is (issues 11 and 13). */
class LecturaExactaTest {

    private static final LectorEvaluacion LECTOR = LectorEvaluacion.estandar();

    private static final String YAML_VALIDO = """
            formato: 1
            servicio: SENCE
            anio: 2007
            unidades:
              - id: a
                nombre: A
            """;

    private static Evaluacion leer(String texto, Formato formato) throws EntradaInvalidaException {
        return LECTOR.leer(texto.getBytes(StandardCharsets.UTF_8), formato, "prueba", catalogo());
    }

    private static List<ErrorDeEntrada> errores(String texto, Formato formato) {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class, () -> leer(texto, formato));
        assertFalse(e.errores().isEmpty());
        return e.errores();
    }

    private static ErrorDeEntrada unico(String texto, Formato formato) {
        List<ErrorDeEntrada> errores = errores(texto, formato);
        assertEquals(1, errores.size(), errores::toString);
        return errores.get(0);
    }

    private static void en(int linea, int columna, ErrorDeEntrada error) {
        assertEquals(linea + ":" + columna, error.linea() + ":" + error.columna(), error::toString);
    }

    @Nested
    class ContenidoDespuesDelDocumento {
        @Test
        void givenBasuraTrasElObjetoJson_whenSeLee_thenEsUnErrorConLineaYColumna() {
            ErrorDeEntrada e = unico("{\"formato\": 1}\n\n  basura\n", Formato.JSON);
            assertTrue(e.mensaje().startsWith("hay contenido después del final del documento"), e.mensaje());
            en(3, 3, e);
        }

        @Test
        void givenDosObjetosJson_whenSeLee_thenElSegundoEsUnError() {
            en(1, 4, unico("{} {}", Formato.JSON));
        }

        @Test
        void givenDosDocumentosYaml_whenSeLee_thenElSegundoEsUnErrorEnSuLinea() {
            ErrorDeEntrada e = unico(YAML_VALIDO + "---\nservicio: Otro\n", Formato.YAML);
            assertTrue(e.mensaje().startsWith("el archivo tiene más de un documento YAML"), e.mensaje());
            en(7, 1, e);
        }
    }

    @Nested
    class EtiquetasYaml {
        @Test
        void givenUnaEtiquetaDesconocida_whenSeLee_thenEsUnErrorYNoSeLeeElValor() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("servicio: SENCE", "servicio: !foo bar"), Formato.YAML);
            assertEquals("servicio", e.ruta());
            assertTrue(e.mensaje().startsWith("la etiqueta «!foo» no se admite"), e.mensaje());
            en(2, 11, e);
        }

        @Test
        void givenUnaEtiquetaJava_whenSeLee_thenEsUnError() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("servicio: SENCE",
                    "servicio: !!java/object:java.io.File [\"/etc/passwd\"]"), Formato.YAML);
            assertTrue(e.mensaje().startsWith("la etiqueta «!!java/object:java.io.File» no se admite"), e.mensaje());
        }

        @Test
        void givenEtiquetasDelEsquemaCore_whenSeLee_thenSeRespetan() throws Exception {
            Evaluacion e = leer(YAML_VALIDO.replace("servicio: SENCE", "servicio: !!str 2007")
                    .replace("anio: 2007", "anio: !!int \"2007\""), Formato.YAML);
            assertEquals("2007", e.servicio());
            assertEquals(2007, e.anio());
        }
    }

    @Nested
    class ArbolesDeOtrasHerramientas {
        @Test
        void givenUnArchivoDeEscenariosConUnAlias_whenSeLeeElArbol_thenDaElValorAnclado() throws Exception {
            var arbol = LECTOR.leerArbol("a: &x {b: 1}\nc: *x\n".getBytes(StandardCharsets.UTF_8), Formato.YAML, "e.yaml");
            assertEquals(1, arbol.get("c").get("b").intValue());
        }

        @Test
        void givenUnArchivoDeEscenariosConUnaEtiqueta_whenSeLeeElArbol_thenEsUnError() {
            assertThrows(EntradaInvalidaException.class,
                    () -> LECTOR.leerArbol("a: !foo b\n".getBytes(StandardCharsets.UTF_8), Formato.YAML, "e.yaml"));
        }
    }

    @Nested
    class AliasYaml {
        @Test
        void givenUnAlias_whenSeLee_thenDaElValorAnclado() throws Exception {
            Evaluacion e = leer(YAML_VALIDO.replace("servicio: SENCE", "servicio: &s Uno\nsigla: *s"), Formato.YAML);
            assertEquals("Uno", e.sigla());
        }

        @Test
        void givenUnAliasDeUnObjeto_whenSeLee_thenCadaUnidadTieneSuCopia() throws Exception {
            Evaluacion e = leer("""
                    formato: 1
                    servicio: S
                    anio: 2007
                    unidades:
                      - id: a
                        nombre: A
                        criterios: &comunes
                          "1.3": {noAplica: no corresponde}
                      - id: b
                        nombre: B
                        criterios: *comunes
                    """, Formato.YAML);
            assertEquals("no corresponde", e.unidades().get(1).criterio(criterio("1.3")).noAplica());
        }

        @Test
        void givenUnAliasSinAncla_whenSeLee_thenEsUnErrorQueLoNombra() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("servicio: SENCE", "servicio: *nada"), Formato.YAML);
            assertTrue(e.mensaje().startsWith("el alias «*nada» no remite a ningún ancla"), e.mensaje());
            en(2, 11, e);
        }

        @Test
        void givenUnaBombaDeAlias_whenSeLee_thenSeRechazaEnUnInstante() {
            StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
            for (char c = 'b'; c <= 'z'; c++) {
                char p = (char) (c - 1);
                yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
                        .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
            }
            ErrorDeEntrada e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> unico(yaml.toString(), Formato.YAML));
            assertTrue(e.mensaje().startsWith("los alias («*nombre») del documento repiten más de"), e.mensaje());
        }
    }

    @Nested
    class BooleanosDeYaml11 {
        private static final String CON_INDICADOR = YAML_VALIDO + """
                    criterios:
                      "1.1":
                        indicadores:
                          TERRITORIO_DEFINIDO: %s
                """;

        @Test
        void givenYesComoIndicador_whenSeLee_thenEsUnErrorConLaPista() {
            ErrorDeEntrada e = unico(CON_INDICADOR.formatted("yes"), Formato.YAML);
            assertEquals("unidades[0].criterios.1.1.indicadores.TERRITORIO_DEFINIDO", e.ruta());
            assertTrue(e.mensaje().startsWith("el valor debe ser true (presente) o false (ausente)"), e.mensaje());
            assertTrue(e.mensaje().endsWith("En YAML, «yes» es un texto: para sí o no, escriba true o false."),
                    e.mensaje());
            en(10, 11, e);
        }

        @Test
        void givenOnEnMayusculasComoIndicador_whenSeLee_thenEsUnErrorNoTrue() {
            ErrorDeEntrada e = unico(CON_INDICADOR.formatted("ON"), Formato.YAML);
            assertTrue(e.mensaje().contains("«ON» es un texto"), e.mensaje());
        }

        @Test
        void givenYesEntreComillas_whenSeLee_thenEsUnErrorSinPista() {
            ErrorDeEntrada e = unico(CON_INDICADOR.formatted("\"yes\""), Formato.YAML);
            assertFalse(e.mensaje().contains("En YAML"), e.mensaje());
        }

        @Test
        void givenTrueYFalse_whenSeLee_thenSonBooleanos() throws Exception {
            Evaluacion e = leer(CON_INDICADOR.formatted("True"), Formato.YAML);
            assertEquals(1, e.unidades().get(0).criterio(criterio("1.1")).indicadores().size());
        }

        @Test
        void givenYesEnUnTexto_whenSeLee_thenEsElTextoYes() throws Exception {
            assertEquals("yes", leer(YAML_VALIDO.replace("servicio: SENCE", "servicio: yes"), Formato.YAML).servicio());
        }
    }

    @Nested
    class SangriaYaml {
        @Test
        void givenUnTabuladorAlSangrar_whenSeLee_thenLoDiceEnSuLinea() {
            ErrorDeEntrada e = unico("formato: 1\nservicio: S\nunidades:\n  - id: a\n\tnombre: A\n", Formato.YAML);
            assertEquals("YAML no admite tabuladores para sangrar: use espacios", e.mensaje());
            en(5, 1, e);
        }

        @Test
        void givenUnaClaveMenosSangrada_whenSeLee_thenLoDiceEnSuLinea() {
            ErrorDeEntrada e = unico("unidades:\n  - id: a\n    nombre: A\n   criterios: {}\n", Formato.YAML);
            assertTrue(e.mensaje().startsWith("la sangría de esta línea no coincide"), e.mensaje());
            assertEquals(4, e.linea(), e::toString);
        }

        @Test
        void givenUnaClaveMasSangrada_whenSeLee_thenLoDiceEnSuLinea() {
            ErrorDeEntrada e = unico("formato: 1\n  servicio: S\n", Formato.YAML);
            assertTrue(e.mensaje().contains("la sangría de esta línea no coincide"), e.mensaje());
            assertEquals(2, e.linea(), e::toString);
        }
    }

    @Nested
    class UbicacionDeLosErroresDeContenido {
        @Test
        void givenUnIndicadorDesconocidoEnYaml_whenSeLee_thenLlevaSuLineaYColumna() {
            ErrorDeEntrada e = unico(YAML_VALIDO + """
                        criterios:
                          "1.2":
                            indicadores:
                              PROGRAMA_ACORDAD: true
                    """, Formato.YAML);
            assertEquals("unidades[0].criterios.1.2.indicadores.PROGRAMA_ACORDAD", e.ruta());
            en(10, 11, e);
        }

        @Test
        void givenUnIndicadorDesconocidoEnJson_whenSeLee_thenLlevaSuLineaYColumna() {
            ErrorDeEntrada e = unico("""
                    {"formato": 1, "servicio": "S", "anio": 2007,
                     "unidades": [{"id": "a", "nombre": "A",
                       "criterios": {"1.2": {"indicadores": {"PROGRAMA_ACORDAD": true}}}}]}""", Formato.JSON);
            assertEquals("/unidades/0/criterios/1.2/indicadores/PROGRAMA_ACORDAD", e.puntero());
            en(3, 42, e);
        }

        @Test
        void givenUnCampoFaltante_whenSeLee_thenQuedaDondeEmpiezaElObjetoQueLoLleva() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("    nombre: A\n", ""), Formato.YAML);
            assertEquals("unidades[0].nombre", e.ruta());
            en(5, 5, e);
        }

        @Test
        void givenUnaClaveRepetidaEnYaml_whenSeLee_thenEsUnErrorEnLaSegunda() {
            ErrorDeEntrada e = unico(YAML_VALIDO + "servicio: Otro\n", Formato.YAML);
            assertEquals("la clave «servicio» está repetida en el mismo objeto", e.mensaje());
            en(7, 1, e);
        }
    }

    @Nested
    class CaracteresDeControl {
        @Test
        void givenUnEscapeEnElNombreJson_whenSeLee_thenEsUnErrorConSuRuta() {
            ErrorDeEntrada e = unico("""
                    {"formato": 1, "servicio": "S", "anio": 2007,
                     "unidades": [{"id": "a", "nombre": "A\\u001b]0;titulo\\u0007"}]}""", Formato.JSON);
            assertEquals("unidades[0].nombre", e.ruta());
            assertEquals("el texto contiene el carácter de control U+001B, que no se admite: bórrelo", e.mensaje());
            en(2, 37, e);
        }

        @Test
        void givenUnControlCrudoEnElNombreJson_whenSeLee_thenEsUnErrorConSuRuta() {
            ErrorDeEntrada e = unico("{\"formato\": 1, \"unidades\": [{\"id\": \"a\", \"nombre\": \"A\u0007\"}]}", Formato.JSON);
            assertEquals("unidades[0].nombre", e.ruta());
            assertTrue(e.mensaje().contains("U+0007"), e.mensaje());
        }

        @Test
        void givenUnControlC1EnElNombreYaml_whenSeLee_thenEsUnErrorConSuRuta() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("nombre: A", "nombre: \"A\\x9b2J\""), Formato.YAML);
            assertEquals("unidades[0].nombre", e.ruta());
            assertTrue(e.mensaje().contains("U+009B"), e.mensaje());
            en(6, 13, e);
        }

        @Test
        void givenUnControlCrudoEnYaml_whenSeLee_thenEsUnErrorConSuRutaYSuPosicion() {
            ErrorDeEntrada e = unico(YAML_VALIDO.replace("nombre: A", "nombre: A\u001b"), Formato.YAML);
            assertEquals("unidades[0].nombre", e.ruta());
            assertEquals("el texto contiene el carácter de control U+001B, que no se admite: bórrelo", e.mensaje());
            en(6, 14, e);
        }

        @Test
        void givenCrlfEnElDesarrollo_whenSeLee_thenQuedaLf() throws Exception {
            Evaluacion e = leer("""
                    {"formato": 1, "servicio": "S", "anio": 2007, "unidades": [{"id": "a", "nombre": "A",
                     "criterios": {"1.1": {"desarrollo": "uno\\r\\ndos\\rtres"}}}]}""", Formato.JSON);
            assertEquals("uno\ndos\ntres", e.unidades().get(0).criterio(criterio("1.1")).desarrollo());
        }

        @Test
        void givenUnTabuladorEnUnTexto_whenSeLee_thenSeAcepta() throws Exception {
            assertEquals("S\tA", leer(YAML_VALIDO.replace("servicio: SENCE", "servicio: \"S\\tA\""), Formato.YAML).servicio());
        }
    }

    @Nested
    class Codificacion {
        @Test
        void givenJsonConMarcaDeOrden_whenSeLee_thenSeAcepta() throws Exception {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] json = "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": [{\"id\": \"a\", \"nombre\": \"A\"}]}"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] todo = new byte[bom.length + json.length];
            System.arraycopy(bom, 0, todo, 0, bom.length);
            System.arraycopy(json, 0, todo, bom.length, json.length);
            assertEquals("S", LECTOR.leer(todo, Formato.JSON, "bom.json", catalogo()).servicio());
        }

        @Test
        void givenYamlConMarcaDeOrden_whenSeLee_thenSeAcepta() throws Exception {
            assertEquals("SENCE", leer("\uFEFF" + YAML_VALIDO, Formato.YAML).servicio());
        }
    }

    @Nested
    class LecturaAcotada {
        private final LectorEvaluacion pequeno = new LectorEvaluacion(new LimitesDeEntrada(1000, 32, 1000));

        @Test
        @EnabledOnOs({OS.LINUX, OS.MAC})
        void givenDevZero_whenSeLee_thenSeRechazaEnseguidaPorSuTamano() {
            Path cero = Path.of("/dev/zero");
            EntradaInvalidaException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(EntradaInvalidaException.class, () -> pequeno.leer(cero, catalogo())));
            // /dev/zero has no extension: name it through a link that has one.
            assertTrue(e.errores().get(0).mensaje().contains("extensión"), e.getMessage());
        }

        @Test
        @EnabledOnOs({OS.LINUX, OS.MAC})
        void givenUnEnlaceJsonADevZero_whenSeLee_thenSeRechazaEnseguidaPorSuTamano(@org.junit.jupiter.api.io.TempDir Path dir)
                throws Exception {
            Path enlace = Files.createSymbolicLink(dir.resolve("cero.json"), Path.of("/dev/zero"));
            EntradaInvalidaException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(EntradaInvalidaException.class, () -> pequeno.leer(enlace, catalogo())));
            Files.delete(enlace);
            assertEquals("el archivo pesa más de 1000 bytes; el máximo es 1000", e.errores().get(0).mensaje());
        }

        @Test
        void givenUnaEntradaEstandarDemasiadoGrande_whenSeLee_thenSeRechazaPorSuTamano() {
            EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                    () -> pequeno.leer(new ByteArrayInputStream(new byte[5000]), Formato.JSON, "entrada estándar", catalogo()));
            assertEquals("la entrada pesa más de 1000 bytes; el máximo es 1000", e.errores().get(0).mensaje());
        }

        @Test
        void givenUnaEntradaEstandarValida_whenSeLee_thenDaLaEvaluacion() throws Exception {
            Evaluacion e = LECTOR.leer(new ByteArrayInputStream(YAML_VALIDO.getBytes(StandardCharsets.UTF_8)),
                    Formato.YAML, "entrada estándar", catalogo());
            assertEquals("SENCE", e.servicio());
        }
    }

    @Nested
    class ArgumentosNulos {
        @Test
        void givenUnArchivoNulo_whenSeLee_thenLaExcepcionNombraElArgumento() {
            assertEquals("archivo", assertThrows(NullPointerException.class, () -> LECTOR.leer((Path) null, catalogo())).getMessage());
        }

        @Test
        void givenUnFormatoNulo_whenSeLee_thenNoSeLeeComoYaml() {
            assertEquals("formato", assertThrows(NullPointerException.class,
                    () -> LECTOR.leer(new byte[] {'{', '}'}, null, "x", catalogo())).getMessage());
        }

        @Test
        void givenUnDocumentoNulo_whenSeValida_thenLaExcepcionNombraElArgumento() {
            assertEquals("documento", assertThrows(NullPointerException.class,
                    () -> LECTOR.validar((Documento) null, catalogo(), "x")).getMessage());
        }
    }

    @Nested
    class Ubicaciones_ {
        @Test
        void givenUnDocumento_whenSeBuscaUnaClaveConBarra_thenElPunteroEscapadoLaEncuentra() throws Exception {
            Documento d = LECTOR.leerDocumento("{\n \"a/b\": {\"c~d\": 1}}".getBytes(StandardCharsets.UTF_8),
                    Formato.JSON, "x");
            assertEquals(new Ubicacion(2, 10), d.ubicaciones().de("/a~1b/c~0d"));
            assertEquals(new Ubicacion(2, 17), d.ubicaciones().delValor("/a~1b/c~0d"));
            assertEquals(new Ubicacion(1, 1), d.ubicaciones().de(""));
        }

        @Test
        void givenUnPunteroAusente_whenSeBusca_thenDaElAncestroMasCercano() throws Exception {
            Documento d = LECTOR.leerDocumento("lista:\n  - a\n  - {b: 1}\n".getBytes(StandardCharsets.UTF_8),
                    Formato.YAML, "x");
            assertEquals(new Ubicacion(3, 5), d.ubicaciones().de("/lista/1/c/d"));
            assertEquals(new Ubicacion(2, 5), d.ubicaciones().de("/lista/0"));
        }
    }

    /** Parsers speak English; every message a person reads here must be Spanish. */
    @Test
    void givenEntradasMalFormadas_whenSeLeen_thenTodosLosMensajesEstanEnCastellano() {
        Pattern ingles = Pattern.compile("(?i)\\b(expected|found|unexpected|token|mapping|while|could not|scalar|"
                + "character|document|end of|stream|illegal)\\b");
        List<String> yaml = List.of("a: [1\n", "a: 'x\n", "a: b: c\n", "a:\n\t- x\n", "- a\nb: c\n", "? [a]\n: b\n",
                "a: !<!x> 1\n", "a: !x!y 1\n", "%FOO\n---\na: 1\n", "a: &x 1\nb: &x 2\nc: *y\n", "a: \"\\q\"\n",
                "&a [*a]\n", "a: \uFFFE\n", "{a: 1, a: 2}\n", "a: |\n  x\n b\n");
        List<String> json = List.of("{\"a\": [1}", "{\"a\": 01}", "{\"a\": tru}", "{'a': 1}", "{\"a\": 1,}", "[1 2]",
                "{\"a\": \"\\q\"}", "{\"a\": NaN}", "{\"a\": \"x", "{\"a\": 1} x", "{\"a\": \"\n\"}");
        yaml.forEach(t -> errores(t, Formato.YAML).forEach(e -> assertFalse(ingles.matcher(e.mensaje()).find(),
                t + " → " + e)));
        json.forEach(t -> errores(t, Formato.JSON).forEach(e -> assertFalse(ingles.matcher(e.mensaje()).find(),
                t + " → " + e)));
    }
}
