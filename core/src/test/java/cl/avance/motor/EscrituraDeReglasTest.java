package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.conReglas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writing slips policy staff make in rule files (quotes, texts, parentheses, semicolons, a missing end,
 * Word's habits, the indicator constants of older versions) are reported once, in Spanish, at the line to
 * fix, instead of the compiler's English at the rule's header.
 */
class EscrituraDeReglasTest {

    static final String CABECERA = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.*\n";
    /** Lines 4 to 7; the consequence starts at line 8. */
    static final String REGLA = "rule \"a\"\nwhen\n  Brecha( indicador == \"TERRITORIO_DEFINIDO\", $c : criterio )\nthen\n";
    static final String COMILLAS_TIPOGRAFICAS = "los textos van entre comillas rectas (\"), las del teclado; Word y los"
            + " teléfonos las cambian por “ ”: reemplácelas o desactive esa corrección automática";

    /** Each case: a DRL text (after {@link #CABECERA}) and the one problem it must give, exactly. */
    static Stream<Arguments> casos() {
        return Stream.of(
                Arguments.of("comilla recta dentro de un texto",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el llamado \"Plan\" a la mesa.\" ) );\nend\n",
                        "prueba/r.drl:9: hay una comilla doble (\") dentro de un texto, antes de «Plan» (regla «a»)"
                                + " (pista: una comilla doble dentro de un texto se escribe \\\" o se reemplaza por « »)"),
                Arguments.of("texto partido en dos líneas",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el programa\n    a la mesa.\" ) );\nend\n",
                        "prueba/r.drl:9: un texto empieza en esta línea y no se cierra en ella (regla «a») (pista: un texto va"
                                + " entero en una línea, entre comillas rectas; para partirlo, ciérrelo y continúe con +:"
                                + " \"primera parte \" + \"segunda parte\")"),
                Arguments.of("falta un paréntesis en la condición",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\",\n      cumple( \"TERRITORIO_DEFINIDO\" ) == false\n"
                                + "then\nend\n",
                        "prueba/r.drl:6: falta un «)»: el «(» de esta línea no se cierra antes de «then» (regla «a»)"
                                + " (pista: cada «(» necesita su «)»; cierre la condición antes de «then»)"),
                Arguments.of("falta un paréntesis en then",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\",\n    \"Presentar el programa.\" ) ;\nend\n",
                        "prueba/r.drl:9: falta un «)» (en el bloque then) (pista: cada «(» necesita su «)»: cuente los"
                                + " paréntesis de la instrucción)"),
                Arguments.of("falta el punto y coma",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) )\n"
                                + "  insert( new Recomendacion( $c, \"REC-Y\", \"Dos.\" ) );\nend\n",
                        "prueba/r.drl:8: falta «;» al final de la instrucción (en el bloque then) (pista: cada instrucción"
                                + " del bloque then termina en «;», por ejemplo: insert( new Recomendacion( … ) );)"),
                Arguments.of("falta el punto y coma de la última instrucción",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\n"
                                + "  insert( new Recomendacion( $c, \"REC-Y\",\n      \"Dos.\" ) )\n\nend\n",
                        "prueba/r.drl:10: falta «;» al final de la instrucción (en el bloque then) (pista: cada instrucción"
                                + " del bloque then termina en «;», por ejemplo: insert( new Recomendacion( … ) );)"),
                Arguments.of("falta end antes de la regla siguiente",
                        REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\n\nrule \"b\"\nwhen\n  Brecha()\nthen\nend\n",
                        "prueba/r.drl:10: la regla «a» no termina con «end» antes de la regla «b» (pista: falta «end» al"
                                + " final de la regla «a»)"),
                Arguments.of("nombre de regla sin cerrar",
                        "rule \"Nombre sin cerrar\nwhen\n  Brecha( indicador == \"TERRITORIO_DEFINIDO\", $c : criterio )\nthen\n"
                                + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\nend\n",
                        "prueba/r.drl:4: el nombre de la regla no cierra sus comillas (pista: escriba el nombre entre dos"
                                + " comillas rectas en la misma línea: rule \"Nombre de la regla\")"),
                Arguments.of("comillas tipográficas en then",
                        REGLA + "  insert( new Recomendacion( $c, “REC-X”, “Uno.” ) );\nend\n",
                        "prueba/r.drl:8: se usan comillas tipográficas (“ ”) para delimitar un texto (regla «a») (pista: "
                                + COMILLAS_TIPOGRAFICAS + ")"),
                Arguments.of("comillas tipográficas en una condición",
                        "rule \"a\"\nwhen\n  Brecha( indicador == “TERRITORIO_DEFINIDO” )\nthen\nend\n",
                        "prueba/r.drl:6: se usan comillas tipográficas (“ ”) para delimitar un texto (regla «a») (pista: "
                                + COMILLAS_TIPOGRAFICAS + ")"),
                Arguments.of("comillas tipográficas simples en el nombre",
                        "rule ‘a’\nwhen\n  Brecha()\nthen\nend\n",
                        "prueba/r.drl:4: se usan comillas tipográficas (‘ ’) para delimitar un texto (pista: "
                                + COMILLAS_TIPOGRAFICAS + ")"),
                Arguments.of("espacio no separable pegado desde Word",
                        "rule \"a\"\nwhen\n  Brecha(\u00A0indicador == \"TERRITORIO_DEFINIDO\" )\nthen\nend\n",
                        "prueba/r.drl:6: hay un carácter invisible (espacio no separable, U+00A0) fuera de un texto, en la"
                                + " columna 10 (regla «a») (pista: bórrelo y escriba un espacio normal; suele llegar al copiar"
                                + " desde Word o una página web)"),
                Arguments.of("Indicador.X de antes del catálogo",
                        "rule \"a\"\nwhen\n  $c : CriterioDeUnidad( codigo == \"1.1\", cumple( Indicador.TERRITORIO_DEFINIDO ) )\nthen\nend\n",
                        "prueba/r.drl:6: «Indicador.TERRITORIO_DEFINIDO» ya no existe (regla «a») (pista: los indicadores"
                                + " ahora se escriben entre comillas: cumple( \"TERRITORIO_DEFINIDO\" ))"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casos")
    void cadaDescuidoDaUnSoloProblemaEnSuLinea(String caso, String drl, String esperado) {
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", CABECERA + drl))));
        assertEquals(List.of(esperado), e.problemas().stream().map(ProblemaDeRegla::toString).toList(), e.getMessage());
    }

    @Test
    void importarIndicadorComoAntesDaLaPistaEnElImportYEnElUso() {
        String drl = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.Indicador\n"
                + "rule \"a\"\nwhen\n  Brecha( indicador == Indicador.PROGRAMA_ACORDADO )\nthen\nend\n";
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", drl))));
        String pista = " (pista: los indicadores ahora se escriben entre comillas: cumple( \"TERRITORIO_DEFINIDO\" ))";
        assertEquals(List.of(
                "prueba/r.drl:3: «cl.avance.modelo.Indicador» ya no se importa: los indicadores son datos del catálogo"
                        + " (metodologia.yaml)" + pista,
                "prueba/r.drl:6: «Indicador.PROGRAMA_ACORDADO» ya no existe (regla «a»)" + pista),
                e.problemas().stream().map(ProblemaDeRegla::toString).toList(), e.getMessage());
    }

    /** A slip in one rule does not hide a real problem in the next one. */
    @Test
    void unaComillaNoOcultaElErrorDeOtraRegla() {
        String drl = CABECERA + REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"el llamado \"Plan\" y más\" ) );\nend\n"
                + "rule \"b\"\nwhen\n  Brecha( indicadr == \"X\" )\nthen\nend\n";
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", drl))));
        assertEquals(List.of("prueba/r.drl:8", "prueba/r.drl:12"), e.problemas().stream().map(ProblemaDeRegla::lugar).toList(),
                e.getMessage());
        assertTrue(e.problemas().get(1).mensaje().contains("indicadr"), e.getMessage());
    }

    /** What looks like a slip but is valid (quotes inside texts and comments, escaped quotes) compiles. */
    @Test
    void comillasDentroDeTextosYComentariosCompilan() {
        String drl = CABECERA + "// Cuando no se cumple que \"El territorio…\" (comentario con “comillas”)\n"
                + "/* un comentario\n   de \"varias líneas con una comilla\n*/\n"
                + REGLA + "  // ver el “Plan”\n"
                + "  insert( new Recomendacion( $c, \"REC-X\", \"el llamado «Plan» y el \\\"Otro\\\" y el “Tercero”\" + \" más\" ) );\nend\n";
        Motor.con(conReglas(Map.of("prueba/r.drl", drl)));
    }

    /** An "end" with a comment after it still closes its rule: the next rule's error is reported as it is. */
    @Test
    void unEndConComentarioCierraLaRegla() {
        String drl = CABECERA + REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\nend // fin de a\n"
                + "rule \"b\"\nwhen\n  Brecha( indicadr == \"X\" )\nthen\nend\n";
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(conReglas(Map.of("prueba/r.drl", drl))));
        assertEquals(List.of("prueba/r.drl:12: el hecho Brecha no tiene el campo «indicadr» (pista: ¿quiso decir «indicador»?)"),
                e.problemas().stream().map(ProblemaDeRegla::toString).toList(), e.getMessage());
    }

    /** A file that starts with a byte-order mark (Windows' Notepad) is read as if it had none. */
    @Test
    void unArchivoConBomCompilaSinMensajes(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("metodologia.yaml"), MetodologiaDePrueba.descripcion());
        Files.createDirectories(dir.resolve("prueba"));
        byte[] drl = (CABECERA + REGLA + "  insert( new Recomendacion( $c, \"REC-X\", \"Uno.\" ) );\nend\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] conBom = new byte[drl.length + 3];
        conBom[0] = (byte) 0xEF;
        conBom[1] = (byte) 0xBB;
        conBom[2] = (byte) 0xBF;
        System.arraycopy(drl, 0, conBom, 3, drl.length);
        Files.write(dir.resolve("prueba/r.drl"), conBom);
        Metodologia m = Metodologia.desdeCarpeta(dir);
        Motor.con(m);
        assertEquals(List.of(), m.avisos());
        // Given as text, too.
        Motor.con(conReglas(Map.of("prueba/r.drl", "\uFEFF" + new String(drl, StandardCharsets.UTF_8))));
    }

    @Test
    void lasCopiasDeRespaldoQueNoSeLeenSonAvisos(@TempDir Path dir) throws Exception {
        copiarPorDefecto(dir);
        Files.copy(dir.resolve("clasificacion/criterio_1_1.drl"), dir.resolve("clasificacion/criterio_1_1.drl~"));
        Files.copy(dir.resolve("clasificacion/criterio_1_2.drl"), dir.resolve("clasificacion/criterio_1_2.drl.bak"));
        Files.writeString(dir.resolve("LEAME.txt"), "notas");
        Files.copy(dir.resolve("escenarios/criterio_1_1.yaml"), dir.resolve("escenarios/criterio_1_1.yaml~"));
        Metodologia m = Metodologia.desdeCarpeta(dir);
        assertEquals(List.of(
                "«clasificacion/criterio_1_1.drl~» no se lee (solo los archivos terminados en .drl, .dsl o .dslr son"
                        + " reglas): ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología",
                "«clasificacion/criterio_1_2.drl.bak» no se lee (solo los archivos terminados en .drl, .dsl o .dslr son"
                        + " reglas): ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología",
                "«escenarios/criterio_1_1.yaml~» no se lee (solo los archivos .yaml, .yml o .json son escenarios):"
                        + " ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología"),
                m.avisos());
        Motor.con(m);
    }

    static Stream<String> copias() {
        return Stream.of("copia de criterio_1_1.drl", "criterio_1_1 (copia).drl", "criterio_1_1 - copia.drl",
                "criterio_1_1 - Copy.drl", "criterio_1_1 (2).drl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copias")
    void unaCopiaQueSeLeeDiceQueParecerCopiaDeRespaldo(String nombre, @TempDir Path dir) throws Exception {
        copiarPorDefecto(dir);
        Files.copy(dir.resolve("clasificacion/criterio_1_1.drl"), dir.resolve("clasificacion/" + nombre));
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> Motor.con(Metodologia.desdeCarpeta(dir)));
        assertTrue(e.problemas().stream().allMatch(p -> p.mensaje().contains("ya existe en")), e.getMessage());
        assertTrue(e.problemas().stream().allMatch(p -> p.pista().equals("«clasificacion/" + nombre + "» tiene nombre de copia:"
                + " ¿es una copia de respaldo de otro archivo? Sáquela de la carpeta de la metodología")), e.getMessage());
    }

    @Test
    void unNombreRepetidoSinCopiaMantieneLaPistaGeneral(@TempDir Path dir) throws Exception {
        copiarPorDefecto(dir);
        Files.copy(dir.resolve("clasificacion/criterio_1_1.drl"), dir.resolve("clasificacion/otro.drl"));
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> Motor.con(Metodologia.desdeCarpeta(dir)));
        assertTrue(e.problemas().get(0).pista().startsWith("cada regla necesita un nombre propio"), e.getMessage());
    }

    private static void copiarPorDefecto(Path dir) throws Exception {
        for (Map.Entry<String, String> archivo : MetodologiaDePrueba.metodologia().archivos().entrySet()) {
            Path destino = dir.resolve(archivo.getKey());
            Files.createDirectories(destino.getParent());
            Files.writeString(destino, archivo.getValue());
        }
    }
}
