package cl.avance.cli;

import static cl.avance.cli.AvanceCliTest.avance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.cli.AvanceCliTest.Corrida;
import cl.avance.motor.Metodologia;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompararTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path carpetas;
    /** The default methodology with 1.1 at "avance mayor" from 4 of its 5 indicators (territory among them). */
    private static Path umbral;
    /** The default methodology with an indicator added to 1.2. */
    private static Path conIndicador;

    @BeforeAll
    static void metodologias() throws Exception {
        umbral = exportar(carpetas.resolve("umbral"));
        editar(umbral.resolve("metodologia.yaml"), "version: \"2007.1\"", "version: \"2007.2\"");
        editar(umbral.resolve("clasificacion/criterio_1_1.drl"), "cumple( \"TERRITORIO_DEFINIDO\" ), cumpleTodos == false )",
                "cumple( \"TERRITORIO_DEFINIDO\" ), cumplidos.size() < 4 )");
        editar(umbral.resolve("clasificacion/criterio_1_1.drl"),
                "CriterioDeUnidad( codigo == \"1.1\", aplica, informado, cumpleTodos )",
                "CriterioDeUnidad( codigo == \"1.1\", aplica, informado, cumple( \"TERRITORIO_DEFINIDO\" ), cumplidos.size() >= 4 )");

        conIndicador = exportar(carpetas.resolve("indicador"));
        editar(conIndicador.resolve("metodologia.yaml"), "version: \"2007.1\"", "version: \"2008.1\"");
        editar(conIndicador.resolve("metodologia.yaml"), """
                            descripcion: El programa se formula y acuerda en una instancia territorial.
                """, """
                            descripcion: El programa se formula y acuerda en una instancia territorial.
                          - codigo: PROGRAMA_EVALUADO
                            descripcion: El programa se evalúa al cierre del año con la instancia territorial.
                """);
    }

    private static Path exportar(Path carpeta) throws Exception {
        for (Map.Entry<String, String> archivo : Metodologia.porDefecto().archivos().entrySet()) {
            Path destino = carpeta.resolve(archivo.getKey());
            Files.createDirectories(destino.getParent());
            Files.writeString(destino, archivo.getValue());
        }
        return carpeta;
    }

    private static void editar(Path archivo, String antes, String despues) throws Exception {
        String texto = Files.readString(archivo);
        assertTrue(texto.contains(antes), archivo + " ya no contiene «" + antes + "»");
        Files.writeString(archivo, texto.replace(antes, despues));
    }

    private static String senceEnUnaLinea() throws Exception {
        return JSON.writeValueAsString(cl.avance.entrada.LectorEvaluacion.estandar().leerDocumento(SENCE).raiz());
    }

    @Test
    void textoPorDefectoConLasCeldasQueCambianYTotales() {
        Corrida c = avance("comparar", SENCE.toString(), "--contra", umbral.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().startsWith("COMPARACIÓN DE METODOLOGÍAS\n"), c.salida());
        assertTrue(c.salida().contains("B: Sistema de Gestión Territorial, etapa 4 2007.2 (huella "), c.salida());
        assertTrue(c.salida().contains("  1.1 Perspectiva territorial: Avance menor → Avance mayor (sube)\n"), c.salida());
        assertTrue(c.salida().contains("Totales: 56 celdas comparadas"), c.salida());
        c.sinTraza();
    }

    @Test
    void jsonSeLeeYEsDeterminista() throws Exception {
        Corrida c = avance("comparar", SENCE.toString(), "--contra", umbral.toString(), "--formato", "json");
        assertEquals(0, c.codigo(), c.errores());
        JsonNode raiz = JSON.readTree(c.salida());
        JsonNode comparacion = raiz.get("comparaciones").get(0);
        JsonNode cambios = comparacion.get("cambios");
        assertTrue(cambios.size() > 0);
        assertEquals(cambios.size(), raiz.get("totales").get("celdasConCambios").asInt());
        for (JsonNode cambio : cambios) {
            assertEquals("1.1", cambio.get("criterio").asText(), "solo cambió el umbral de 1.1");
            assertEquals("AVANCE_MENOR", cambio.get("avanceAntes").asText());
            assertEquals("AVANCE_MAYOR", cambio.get("avanceDespues").asText());
        }
        assertEquals(List.of("formato", "comparaciones", "rechazadas", "totales"), nombres(raiz));
        assertEquals(c.salida(), avance("comparar", SENCE.toString(), "--contra", umbral.toString(), "--formato", "json").salida());
    }

    private static List<String> nombres(JsonNode n) {
        List<String> nombres = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(nombres::add);
        return nombres;
    }

    @Test
    void htmlEsXmlBienFormado() throws Exception {
        Corrida c = avance("comparar", SENCE.toString(), SENCE.toString(), "--contra", umbral.toString(), "--formato", "html");
        assertEquals(0, c.codigo(), c.errores());
        var documento = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(c.salida().getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", documento.getDocumentElement().getTagName());
        assertEquals(3, documento.getElementsByTagName("h2").getLength(), "dos evaluaciones y los totales");
    }

    @Test
    void markdownConTablaDeCambios() {
        Corrida c = avance("comparar", SENCE.toString(), "--contra", umbral.toString(), "--formato", "markdown");
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().startsWith("# Comparación de metodologías\n"), c.salida());
        assertTrue(c.salida().contains("| Unidad | Criterio | Avance A | Avance B | Recomendaciones | Discrepancia |"), c.salida());
        assertTrue(c.salida().contains("| Avance menor | Avance mayor (sube) |"), c.salida());
    }

    @Test
    void elTextoDeLaEntradaSeEscapaEnMarkdownYPierdeLosCaracteresDeControlEnTexto(@TempDir Path dir) throws Exception {
        Path archivo = dir.resolve("raro.json");
        ObjectNode raiz = JSON.createObjectNode().put("formato", 1).put("servicio", "S").put("anio", 2007);
        ObjectNode unidad = raiz.putArray("unidades").addObject().put("id", "u1")
                .put("nombre", "Región |*_`[x](http://y)<b>\\ [2J\nfin");
        // Four of five indicators of 1.1, territory among them: the changed threshold raises it.
        unidad.putObject("criterios").putObject("1.1").putObject("indicadores").put("TERRITORIO_DEFINIDO", true)
                .put("PROBLEMA_COMUN", true).put("DIAGNOSTICO_COMPARTIDO", true).put("AGENDA_COMPARTIDA", true);
        Files.writeString(archivo, JSON.writeValueAsString(raiz));

        Corrida md = avance("comparar", archivo.toString(), "--contra", umbral.toString(), "--formato", "markdown");
        assertEquals(0, md.codigo(), md.errores());
        assertTrue(md.salida().contains("| Región \\|\\*\\_\\`\\[x\\](http://y)\\<b\\>\\\\ \\[2J fin | 1.1"), md.salida());
        Corrida texto = avance("comparar", archivo.toString(), "--contra", umbral.toString());
        assertTrue(texto.salida().contains("Región |*_`[x](http://y)<b>\\ [2J fin (u1)\n"), texto.salida());
        assertFalse(texto.salida().contains("\u001b"));
    }

    @Test
    void porLotesCadaLineaDaUnRegistroEnOrdenYLosTotalesVanALaSalidaDeErrores(@TempDir Path dir) throws Exception {
        String sence = senceEnUnaLinea();
        Path entrada = dir.resolve("lote.jsonl");
        Files.writeString(entrada, String.join("\n", sence, sence, "{\"formato\": 1, \"servicio\": ", sence) + "\n");
        Path salida = dir.resolve("salida.jsonl");

        Corrida c = avance("comparar", "--lote", entrada.toString(), "--contra", umbral.toString(), "--formato", "json",
                "--salida", salida.toString());

        assertEquals(2, c.codigo(), "una línea no se pudo comparar: " + c.errores());
        List<String> registros = Files.readAllLines(salida);
        assertEquals(4, registros.size());
        for (int i = 0; i < 4; i++) {
            JsonNode registro = JSON.readTree(registros.get(i));
            assertEquals(i + 1, registro.get("linea").asInt());
            assertEquals(i == 2, registro.has("rechazos"), registros.get(i));
            assertEquals(i != 2, registro.has("cambios"), registros.get(i));
        }
        assertTrue(c.errores().contains("4 líneas: 3 comparadas, 1 no se pudieron comparar. Totales: 3 evaluaciones,"
                + " 168 celdas comparadas"), c.errores());
        c.sinTraza();
    }

    @Test
    void porLotesConMemoriaAcotadaEnOtroProceso(@TempDir Path dir) throws Exception {
        // Flat memory: a separate JVM with -Xmx64m compares 2,000 lines of 10 units, each graded twice.
        StringBuilder unidades = new StringBuilder();
        for (int u = 0; u < 10; u++) {
            unidades.append(u == 0 ? "" : ",").append("{\"id\": \"u").append(u).append("\", \"nombre\": \"U\", \"criterios\": ")
                    .append("{\"1.1\": {\"indicadores\": {\"TERRITORIO_DEFINIDO\": true, \"PROBLEMA_COMUN\": true,")
                    .append(" \"DIAGNOSTICO_COMPARTIDO\": true, \"AGENDA_COMPARTIDA\": true}}}}");
        }
        Path entrada = dir.resolve("grande.jsonl");
        int lineas = 2_000;
        try (var w = Files.newBufferedWriter(entrada)) {
            for (int i = 0; i < lineas; i++) {
                w.write("{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": [" + unidades + "]}\n");
            }
        }
        Path salida = dir.resolve("salida.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "cl.avance.cli.Avance", "comparar", "--lote",
                entrada.toString(), "--contra", umbral.toString(), "--formato", "json", "--salida", salida.toString())
                .redirectErrorStream(true).start();
        String mensajes = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), mensajes);
        assertTrue(mensajes.contains("2000 líneas: 2000 comparadas, 0 no se pudieron comparar. Totales: 2000 evaluaciones,"
                + " 80000 celdas comparadas, 20000 con cambios."), mensajes);
        try (var registros = Files.lines(salida)) {
            assertEquals(lineas, registros.count());
        }
    }

    @Test
    void porLotesEnTextoUnBloquePorLineaYTotalesAlFinal(@TempDir Path dir) throws Exception {
        String sence = senceEnUnaLinea();
        Path entrada = dir.resolve("lote.jsonl");
        Files.writeString(entrada, sence + "\n" + sence + "\n");
        Corrida c = avance("comparar", "--lote", entrada.toString(), "--contra", umbral.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().startsWith("SENCE 2007 · línea 1\n"), c.salida());
        assertTrue(c.salida().contains("\nSENCE 2007 · línea 2\n"), c.salida());
        assertTrue(c.salida().endsWith("\nTotales: 2 evaluaciones, 112 celdas comparadas, "
                + 2 * JSON.readTree(avance("comparar", SENCE.toString(), "--contra", umbral.toString(), "--formato", "json")
                .salida()).get("totales").get("celdasConCambios").asInt() + " con cambios."
                + c.salida().substring(c.salida().lastIndexOf(" con cambios.") + " con cambios.".length())), c.salida());
    }

    @Test
    void unIndicadorQueSoloTieneBEsUnErrorQueNombraLaMetodologiaQueLoRechazaYLosDemasArchivosSeComparan(@TempDir Path dir)
            throws Exception {
        Path nuevo = dir.resolve("con-indicador-nuevo.json");
        Files.writeString(nuevo, "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2008, \"unidades\": [{\"id\": \"a\","
                + " \"nombre\": \"A\", \"criterios\": {\"1.2\": {\"indicadores\": {\"PROGRAMA_EVALUADO\": true}}}}]}");

        Corrida c = avance("comparar", SENCE.toString(), nuevo.toString(), "--contra", conIndicador.toString(), "--formato", "json");

        assertEquals(2, c.codigo());
        assertTrue(c.errores().contains("«" + nuevo + "» no se puede comparar: la metodología A («Sistema de Gestión"
                + " Territorial, etapa 4 2007.1») no la acepta (1 error):\n  unidades[0].criterios.1.2.indicadores.PROGRAMA_EVALUADO:"),
                c.errores());
        assertTrue(c.errores().contains("1 de 2 archivos no se pudieron comparar"), c.errores());
        JsonNode raiz = JSON.readTree(c.salida());
        assertEquals(1, raiz.get("comparaciones").size(), "el archivo que ambas aceptan se compara");
        assertEquals("A", raiz.get("rechazadas").get(0).get("rechazos").get(0).get("metodologia").asText());
        c.sinTraza();
    }

    @Test
    void unaMetodologiaSolaCalificaCualquierAnioYLoAvisa(@TempDir Path dir) throws Exception {
        Path de2008 = exportar(dir.resolve("m2008"));
        editar(de2008.resolve("metodologia.yaml"), "anios: {desde: 1900}", "anios: [2008]");
        Corrida c = avance("comparar", SENCE.toString(), SENCE.toString(), "--contra", de2008.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertEquals("avance: nota: la metodología B («Sistema de Gestión Territorial, etapa 4 2007.1») rige 2008; aquí"
                + " califica evaluaciones de 2007.\n", c.errores(), "una sola vez");
        assertTrue(c.salida().contains("Ninguna celda cambia."), c.salida());
    }

    @Test
    void enUnaCarpetaConVariasCadaEvaluacionUsaLaDeSuAnio(@TempDir Path dir) throws Exception {
        Path de2008 = exportar(dir.resolve("varias/m2008"));
        editar(de2008.resolve("metodologia.yaml"), "anios: {desde: 1900}", "anios: [2008]");
        Path de2009 = exportar(dir.resolve("varias/m2009"));
        editar(de2009.resolve("metodologia.yaml"), "anios: {desde: 1900}", "anios: [2009]");
        editar(de2009.resolve("metodologia.yaml"), "version: \"2007.1\"", "version: \"2009.1\"");
        Corrida c = avance("comparar", SENCE.toString(), "--contra", dir.resolve("varias").toString());
        assertEquals(2, c.codigo(), c.errores());
        assertTrue(c.errores().contains("la metodología B («" + dir.resolve("varias")
                + "») no la acepta (1 error):\n  Ninguna metodología rige el año 2007. Años disponibles: 2008"), c.errores());
    }

    @Test
    void unaMetodologiaInvalidaSale3YUnUsoIncorrecto2(@TempDir Path dir) throws Exception {
        Path rota = exportar(dir.resolve("rota"));
        editar(rota.resolve("clasificacion/criterio_1_2.drl"), "insert( new Calificacion( $criterio, Avance.SIN_AVANCE ) );",
                "insert( new Calificacion( $criterio, Avance.SIN_AVANCE ) )");
        Corrida invalida = avance("comparar", SENCE.toString(), "--contra", rota.toString());
        assertEquals(3, invalida.codigo(), invalida.errores());
        invalida.sinTraza();

        Corrida sinContra = avance("comparar", SENCE.toString());
        assertEquals(2, sinContra.codigo());
        assertTrue(sinContra.errores().contains("falta la opción --contra"), sinContra.errores());

        Corrida htmlPorLotes = avance("comparar", "--lote", SENCE.toString(), "--contra", umbral.toString(), "--formato", "html");
        assertEquals(2, htmlPorLotes.codigo());
        assertTrue(htmlPorLotes.errores().contains("--lote escribe a medida que avanza"), htmlPorLotes.errores());
    }
}
