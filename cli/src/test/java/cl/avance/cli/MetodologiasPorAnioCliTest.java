package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `--metodologia examples/metodologias` (a folder of methodologies, one per year): each file is graded by
 * the methodology of its year, a year without one and a year with two are refused, and the illustrative
 * 2008 methodology's added indicator is accepted by it and refused by the default one.
 */
class MetodologiasPorAnioCliTest {

    private static final Path METODOLOGIAS = Path.of("../examples/metodologias");
    private static final Path DE_2007 = METODOLOGIAS.resolve("gestion-territorial-2007");
    private static final Path DE_2008 = METODOLOGIAS.resolve("gestion-territorial-2008");
    private static final Path SENCE_2007 = Path.of("../examples/evaluaciones/sence-2007.yaml");
    private static final Path EJEMPLO_2008 = Path.of("../examples/evaluaciones/sence-2008-ejemplo.yaml");

    record Corrida(int codigo, String salida, String errores) {
        void sinTraza() {
            assertFalse(errores.contains("\tat ") || errores.contains("Exception"), errores);
        }
    }

    static Corrida avance(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Corrida(codigo, out.toString(), err.toString());
    }

    private static JsonNode json(Corrida c) throws Exception {
        return new ObjectMapper().readTree(c.salida());
    }

    @Test
    void unArchivoDe2007SeCalificaConLaMetodologiaDe2007() throws Exception {
        Corrida c = avance("evaluar", SENCE_2007.toString(), "--metodologia", METODOLOGIAS.toString(), "--formato", "json");
        assertEquals(0, c.codigo(), c.errores());
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.1", json(c).at("/reglas/origen").textValue());
        // The same grades as the default methodology, of which it is a copy.
        Corrida porDefecto = avance("evaluar", SENCE_2007.toString(), "--formato", "json");
        assertEquals(json(porDefecto).get("unidades"), json(c).get("unidades"));
    }

    @Test
    void unArchivoDe2008SeCalificaConLaMetodologiaDe2008() throws Exception {
        Corrida c = avance("evaluar", EJEMPLO_2008.toString(), "--metodologia", METODOLOGIAS.toString(), "--formato", "json");
        assertEquals(0, c.codigo(), c.errores());
        JsonNode resultado = json(c);
        assertEquals("Sistema de Gestión Territorial, etapa 4 2008.1", resultado.at("/reglas/origen").textValue());
        assertTrue(c.salida().contains("REC-SEGUIMIENTO_CONJUNTO"), c.salida());
    }

    @Test
    void unAnioSinMetodologiaDaCodigo2ConLosAniosDisponibles(@TempDir Path dir) throws Exception {
        Path de2009 = dir.resolve("ejemplo-2009.yaml");
        Files.writeString(de2009, Files.readString(EJEMPLO_2008).replace("\nanio: 2008\n", "\nanio: 2009\n"));
        Corrida c = avance("evaluar", de2009.toString(), "--metodologia", METODOLOGIAS.toString());
        assertEquals(2, c.codigo(), c.errores());
        assertTrue(c.errores().contains("Ninguna metodología rige el año 2009. Años disponibles: 2007 («Sistema de Gestión"
                + " Territorial, etapa 4 2007.1»); 2008 («Sistema de Gestión Territorial, etapa 4 2008.1»)"), c.errores());
        assertEquals("", c.salida());
        c.sinTraza();
    }

    @Test
    void dosMetodologiasParaUnMismoAnioDanCodigo3(@TempDir Path dir) throws Exception {
        copiar(DE_2007, dir.resolve("gestion-territorial-2007"));
        Path otra = dir.resolve("gestion-territorial-2008");
        copiar(DE_2008, otra);
        Path descripcion = otra.resolve("metodologia.yaml");
        Files.writeString(descripcion, Files.readString(descripcion).replace("\nanios: [2008]\n", "\nanios: [2007, 2008]\n"));
        for (String[] args : new String[][] {
                {"validar", "--metodologia", dir.toString()},
                {"evaluar", SENCE_2007.toString(), "--metodologia", dir.toString()}}) {
            Corrida c = avance(args);
            assertEquals(3, c.codigo(), args[0] + ": " + c.errores());
            assertTrue(c.errores().contains("gestion-territorial-2008/metodologia.yaml: «Sistema de Gestión Territorial,"
                    + " etapa 4 2007.1» (carpeta gestion-territorial-2007) y «Sistema de Gestión Territorial, etapa 4 2008.1»"
                    + " (carpeta gestion-territorial-2008) rigen los mismos años ([2007])"), c.errores());
            assertEquals("", c.salida());
            c.sinTraza();
        }
    }

    /** A backup copy of a whole methodology folder claims its years again: the hint says it looks like a copy. */
    @Test
    void unaCopiaDeRespaldoDeUnaMetodologiaLoDice(@TempDir Path dir) throws Exception {
        copiar(DE_2007, dir.resolve("gestion-territorial-2007"));
        copiar(DE_2007, dir.resolve("gestion-territorial-2007 - copia"));
        Corrida c = avance("validar", "--metodologia", dir.toString());
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("pista: «gestion-territorial-2007 - copia» tiene nombre de copia: ¿es una copia de"
                + " respaldo de otra metodología? Sáquela de esta carpeta"), c.errores());
        c.sinTraza();
    }

    @Test
    void elIndicadorNuevoLoAceptaSuMetodologiaYLoRechazaLaPorDefecto() {
        Corrida suya = avance("evaluar", EJEMPLO_2008.toString(), "--metodologia", DE_2008.toString());
        assertEquals(0, suya.codigo(), suya.errores());

        Corrida porDefecto = avance("evaluar", EJEMPLO_2008.toString());
        assertEquals(2, porDefecto.codigo(), porDefecto.errores());
        assertTrue(porDefecto.errores().contains("tiene 3 errores"), porDefecto.errores());
        assertTrue(porDefecto.errores().contains("(unidades[0].criterios.1.3.indicadores.SEGUIMIENTO_CONJUNTO): indicador"
                + " desconocido; los indicadores del criterio 1.3 son ACUERDO_FORMAL, COMPROMISOS_RESPALDADOS,"
                + " PRESUPUESTO_INCORPORADO."), porDefecto.errores());
        assertEquals("", porDefecto.salida());
        porDefecto.sinTraza();
    }

    @Test
    void losEscenariosDe2008PasanTodosYCubrenCadaRegla() {
        Corrida c = avance("probar", "--cobertura", "--metodologia", DE_2008.toString());
        assertEquals(0, c.codigo(), c.salida() + c.errores());
        assertTrue(c.salida().contains(" 0 failed"), c.salida());
        assertFalse(c.salida().contains("✗"), c.salida());
        assertTrue(c.salida().contains("Cobertura: todas las reglas (37) se dispararon en algún escenario."), c.salida());
        assertTrue(c.salida().contains("✓ En 1.2, presentado y acordado sin informar ya es avance mayor"), c.salida());
        assertTrue(c.salida().contains("✓ En 1.3, con solo el seguimiento conjunto (indicador nuevo de 2008) hay avance menor"),
                c.salida());
    }

    @Test
    void validarUnaCarpetaDeMetodologiasLasListaTodas() {
        Corrida c = avance("validar", "--metodologia", METODOLOGIAS.toString());
        assertEquals(0, c.codigo(), c.errores());
        String[] lineas = c.salida().strip().split("\\R");
        assertEquals(2, lineas.length, c.salida());
        assertTrue(lineas[0].startsWith("La metodología «Sistema de Gestión Territorial, etapa 4 2007.1» (años: 2007) está bien:"
                + " 4 criterios, 17 indicadores,"), c.salida());
        assertTrue(lineas[1].startsWith("La metodología «Sistema de Gestión Territorial, etapa 4 2008.1» (años: 2008) está bien:"
                + " 4 criterios, 18 indicadores,"), c.salida());
        assertEquals("", c.errores());
    }

    private static void copiar(Path desde, Path hacia) throws Exception {
        try (Stream<Path> todos = Files.walk(desde)) {
            for (Path p : (Iterable<Path>) todos::iterator) {
                Path destino = hacia.resolve(desde.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(destino);
                } else {
                    Files.copy(p, destino);
                }
            }
        }
    }
}
