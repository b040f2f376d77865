package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.Metodologia;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * `avance validar --metodologia CARPETA` reports the writing slips of a rule file the way the library does:
 * one line per slip, {@code archivo.drl:línea: mensaje (pista: …)}, and exits with 3; backup copies it does
 * not read are warnings that leave the exit code alone.
 */
class EscrituraDeReglasCliTest {

    private static final String CABECERA = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.*\n";
    private static final String REGLA = "rule \"a\"\nwhen\n  Brecha( indicador == \"TERRITORIO_DEFINIDO\", $c : criterio )\nthen\n";

    record Corrida(int codigo, String salida, String errores) {
    }

    static Stream<Arguments> casos() {
        return Stream.of(
                Arguments.of("comilla recta dentro de un texto",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el llamado \"Plan\" a la mesa.\" ) );\nend\n",
                        "prueba/r.drl:9: hay una comilla doble (\") dentro de un texto, antes de «Plan» (regla «a»)"
                                + " (pista: una comilla doble dentro de un texto se escribe \\\" o se reemplaza por « »)"),
                Arguments.of("texto partido en dos líneas",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el programa\n    a la mesa.\" ) );\nend\n",
                        "prueba/r.drl:9: un texto empieza en esta línea y no se cierra en ella (regla «a»)"),
                Arguments.of("falta un paréntesis en la condición",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\",\n      cumple( \"TERRITORIO_DEFINIDO\" ) == false\n"
                                + "then\nend\n",
                        "prueba/r.drl:6: falta un «)»: el «(» de esta línea no se cierra antes de «then» (regla «a»)"),
                Arguments.of("falta un paréntesis en then",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el programa.\" ) ;\nend\n",
                        "prueba/r.drl:9: falta un «)» (en el bloque then)"),
                Arguments.of("falta el punto y coma",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) )\n"
                                + "  insert( new Recomendacion( $c, \"REC-Y\", \"Dos.\" ) );\nend\n",
                        "prueba/r.drl:8: falta «;» al final de la instrucción (en el bloque then)"),
                Arguments.of("falta end al final del archivo",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\n",
                        "prueba/r.drl:9:1: el archivo termina antes de cerrar la regla (regla «a») (pista: falta «end» al final de la regla)"),
                Arguments.of("falta end antes de la regla siguiente",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\n\nrule \"b\"\nwhen\n  Brecha()\nthen\nend\n",
                        "prueba/r.drl:10: la regla «a» no termina con «end» antes de la regla «b» (pista: falta «end» al"
                                + " final de la regla «a»)"),
                Arguments.of("nombre de regla sin cerrar",
                        "rule \"Nombre sin cerrar\nwhen\n  Brecha( indicador == \"TERRITORIO_DEFINIDO\", $c : criterio )\nthen\n"
                                + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\nend\n",
                        "prueba/r.drl:4: el nombre de la regla no cierra sus comillas"),
                Arguments.of("comillas tipográficas",
                        REGLA + "  insert( new Recomendacion( $c, “REC-X”, “Uno.” ) );\nend\n",
                        "prueba/r.drl:8: se usan comillas tipográficas (“ ”) para delimitar un texto (regla «a»)"),
                Arguments.of("Indicador.X de antes del catálogo",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\", cumple( Indicador.TERRITORIO_DEFINIDO ) )\nthen\nend\n",
                        "prueba/r.drl:6: «Indicador.TERRITORIO_DEFINIDO» ya no existe (regla «a») (pista: los indicadores"
                                + " ahora se escriben entre comillas: cumple( \"TERRITORIO_DEFINIDO\" ))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casos")
    void validarDaElMensajeEnSuLineaYCodigo3(String caso, String drl, String esperado, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("prueba"));
        Files.writeString(dir.resolve("prueba/r.drl"), CABECERA + drl);
        Files.writeString(dir.resolve("metodologia.yaml"), Metodologia.porDefecto().archivos().get("metodologia.yaml"));
        Corrida c = validar(dir);
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("tienen 1 problema:"), c.errores());
        // The command writes the hint on a line of its own, under the problem.
        int pista = esperado.indexOf(" (pista: ");
        String linea = pista < 0 ? esperado + "\n"
                : esperado.substring(0, pista) + "\n      pista: " + esperado.substring(pista + 9, esperado.length() - 1) + "\n";
        assertTrue(c.errores().replace("\r\n", "\n").contains("\n  " + linea), c.errores());
        assertFalse(c.errores().contains("\tat ") || c.errores().contains("Exception"), c.errores());
        assertEquals("", c.salida());
    }

    @Test
    void unArchivoConBomSeValida(@TempDir Path dir) throws Exception {
        exportar(dir);
        Path archivo = dir.resolve("clasificacion/criterio_1_1.drl");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] texto = Files.readAllBytes(archivo);
        byte[] conBom = new byte[bom.length + texto.length];
        System.arraycopy(bom, 0, conBom, 0, bom.length);
        System.arraycopy(texto, 0, conBom, bom.length, texto.length);
        Files.write(archivo, conBom);
        Corrida c = validar(dir);
        assertEquals(0, c.codigo(), c.errores());
        assertEquals("", c.errores());
    }

    @Test
    void lasCopiasDeRespaldoQueNoSeLeenSonAvisosYElCodigoSigueSiendo0(@TempDir Path dir) throws Exception {
        exportar(dir);
        Files.copy(dir.resolve("clasificacion/criterio_1_1.drl"), dir.resolve("clasificacion/criterio_1_1.drl~"));
        Files.copy(dir.resolve("recomendaciones/por_indicador.drl"), dir.resolve("recomendaciones/por_indicador.drl.bak"));
        Corrida c = validar(dir);
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().contains("está bien"), c.salida());
        assertEquals("aviso: «clasificacion/criterio_1_1.drl~» no se lee (solo los archivos terminados en .drl, .dsl o .dslr"
                + " son reglas): ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología\n"
                + "aviso: «recomendaciones/por_indicador.drl.bak» no se lee (solo los archivos terminados en .drl, .dsl o"
                + " .dslr son reglas): ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología\n",
                c.errores().replace("\r\n", "\n"));
    }

    @Test
    void unaCopiaQueSeLeeRepiteLasReglasYLaPistaLoDice(@TempDir Path dir) throws Exception {
        exportar(dir);
        Files.copy(dir.resolve("clasificacion/criterio_1_1.drl"), dir.resolve("clasificacion/criterio_1_1 - copia.drl"));
        Corrida c = validar(dir);
        assertEquals(3, c.codigo(), c.errores());
        assertTrue(c.errores().contains("tienen 3 problemas:"), c.errores());
        assertTrue(c.errores().contains("clasificacion/criterio_1_1.drl:11: la regla «1.1 Sin avance: el territorio no está"
                + " definido» ya existe en clasificacion/criterio_1_1 - copia.drl:11\n      pista: «clasificacion/criterio_1_1 -"
                + " copia.drl» tiene nombre de copia: ¿es una copia de respaldo de otro archivo?"), c.errores());
    }

    private static void exportar(Path dir) throws Exception {
        for (Map.Entry<String, String> archivo : Metodologia.porDefecto().archivos().entrySet()) {
            Path destino = dir.resolve(archivo.getKey());
            Files.createDirectories(destino.getParent());
            Files.writeString(destino, archivo.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Corrida validar(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(new String[] {"validar", "--metodologia", dir.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Corrida(codigo, out.toString(), err.toString());
    }
}
