package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AvanceCliTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");
    private static final Path ESCENARIOS = Path.of("../rules/src/main/resources/cl/avance/reglas/escenarios");

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

    @Nested
    class Evaluar {
        @Test
        void elInformeDeTextoDelSenceEsLaSalidaPorDefecto() {
            Corrida c = avance("evaluar", SENCE.toString());
            assertEquals(0, c.codigo(), c.errores());
            assertTrue(c.salida().startsWith("INFORME EJECUTIVO AL JEFE DE SERVICIO"), c.salida());
            assertTrue(c.salida().contains("Discrepancias con la autoevaluación"));
        }

        @Test
        void jsonEnLaSalidaEstandar() {
            Corrida c = avance("evaluar", SENCE.toString(), "--formato", "json");
            assertEquals(0, c.codigo(), c.errores());
            assertTrue(c.salida().startsWith("{\n  \"formato\": 1,"), c.salida());
        }

        @Test
        void escribeElArchivoPedidoCompleto(@TempDir Path dir) throws Exception {
            Path html = dir.resolve("informe/sence.html");
            Corrida c = avance("evaluar", SENCE.toString(), "--formato", "HTML", "--salida", html.toString());
            assertEquals(0, c.codigo(), c.errores());
            assertEquals("", c.salida());
            assertTrue(Files.readString(html).endsWith("</html>\n"));
            try (var archivos = Files.list(html.getParent())) {
                assertEquals(List.of(html), archivos.toList(), "sin archivos temporales");
            }
            assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(html)), "un informe es un archivo común, no privado");
        }

        @Test
        void unArchivoConErroresLosDaTodosConCodigo2YSinSalida(@TempDir Path dir) throws Exception {
            Path malo = dir.resolve("malo.json");
            Files.writeString(malo, "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": ["
                    + "{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {\"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDAD\": true}}}},"
                    + "{\"id\": \"a\", \"nombre\": \"B\"}]}");
            Corrida c = avance("evaluar", malo.toString());
            assertEquals(2, c.codigo());
            assertEquals("", c.salida());
            assertTrue(c.errores().contains("tiene 2 errores"), c.errores());
            assertTrue(c.errores().contains("(unidades[0].criterios.1.2.indicadores.PROGRAMA_ACORDAD): indicador desconocido"), c.errores());
            assertTrue(c.errores().contains("línea 1, columna "), "con línea y columna: " + c.errores());
            c.sinTraza();
        }

        @Test
        void unArchivoQueNoExiste() {
            Corrida c = avance("evaluar", "no-existe.json");
            assertEquals(2, c.codigo());
            assertTrue(c.errores().contains("el archivo no existe"), c.errores());
            c.sinTraza();
        }

        @Test
        void unaSalidaQueNoSePuedeEscribirNoDejaNada(@TempDir Path dir) throws Exception {
            Path bloqueo = dir.resolve("archivo");
            Files.writeString(bloqueo, "no soy una carpeta");
            Corrida c = avance("evaluar", SENCE.toString(), "--salida", bloqueo.resolve("informe.txt").toString());
            assertEquals(4, c.codigo(), "una escritura fallida tiene su propio código");
            assertTrue(c.errores().startsWith("avance: no se pudo escribir"), c.errores());
            c.sinTraza();
        }
    }

    @Nested
    class Uso {
        @Test
        void opcionDesconocida() {
            Corrida c = avance("evaluar", SENCE.toString(), "--formto", "json");
            assertEquals(2, c.codigo());
            assertTrue(c.errores().startsWith("avance: opción desconocida «--formto»"), c.errores());
        }

        @Test
        void formatoNoValido() {
            Corrida c = avance("evaluar", SENCE.toString(), "--formato", "pdf");
            assertEquals(2, c.codigo());
            assertTrue(c.errores().startsWith("avance: valor no válido para"), c.errores());
        }

        @Test
        void faltaElArchivo() {
            Corrida c = avance("evaluar");
            assertEquals(2, c.codigo());
            assertTrue(c.errores().startsWith("avance: falta el argumento ARCHIVO"), c.errores());
        }

        @Test
        void laAyudaEstaEnCastellano() {
            Corrida c = avance("--ayuda");
            assertEquals(0, c.codigo());
            assertTrue(c.salida().contains("Comandos:") && c.salida().contains("Códigos de salida"), c.salida());
        }
    }

    @Nested
    class ReglasDeUnaCarpeta {
        @Test
        void exportarEditarYEvaluarSinRecompilar(@TempDir Path dir) throws Exception {
            Path reglas = dir.resolve("mis-reglas");
            assertEquals(0, avance("metodologia", "exportar", reglas.toString()).codigo());
            Path regla12 = reglas.resolve("clasificacion/criterio_1_2.drl");
            // Policy change: a program agreed in a territorial body is enough for avance mayor.
            String texto = Files.readString(regla12)
                    .replace("""
                            rule "1.2 Avance menor: se cumple al menos un indicador, pero no todos"
                            when
                                $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumpleAlguno, cumpleTodos == false )
                            """, """
                            rule "1.2 Avance menor: se cumple al menos un indicador, pero no todos"
                            when
                                $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumpleAlguno,
                                                              cumple( "PROGRAMA_ACORDADO" ) == false )
                            """)
                    .replace("""
                            rule "1.2 Avance mayor: se cumplen los tres indicadores"
                            when
                                $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumpleTodos )
                            """, """
                            rule "1.2 Avance mayor: el programa está acordado en una instancia territorial"
                            when
                                $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado,
                                                              cumple( "PROGRAMA_ACORDADO" ) )
                            """)
                    ;
            Files.writeString(regla12, texto);
            Path descripcion = reglas.resolve("metodologia.yaml");
            Files.writeString(descripcion, Files.readString(descripcion).replace("version: \"2007.1\"", "version: \"2007.2-prueba\""));
            assertEquals(0, avance("validar", "--metodologia", reglas.toString()).codigo());

            Path evaluacion = dir.resolve("e.yaml");
            Files.writeString(evaluacion, """
                    formato: 1
                    servicio: S
                    anio: 2008
                    unidades:
                      - id: u
                        nombre: U
                        criterios:
                          "1.2": {indicadores: {PROGRAMA_ACORDADO: true}}
                    """);
            String antes = avance("evaluar", evaluacion.toString(), "--formato", "json").salida();
            String despues = avance("evaluar", evaluacion.toString(), "--formato", "json", "--metodologia", reglas.toString()).salida();
            assertTrue(antes.contains("\"avance\": \"AVANCE_MENOR\""), antes);
            assertTrue(despues.contains("\"avance\": \"AVANCE_MAYOR\""), despues);
            assertTrue(despues.contains("1.2 Avance mayor: el programa está acordado en una instancia territorial"));
            assertTrue(despues.contains("\"origen\": \"Sistema de Gestión Territorial, etapa 4 2007.2-prueba\""), despues);
            assertFalse(despues.contains(reglas.toString()), "nunca una ruta local: " + despues);
        }

        @Test
        void exportarNoSobrescribeUnaCarpetaConArchivos(@TempDir Path dir) throws Exception {
            Files.writeString(dir.resolve("algo.drl"), "editado");
            Corrida c = avance("metodologia", "exportar", dir.toString());
            c.sinTraza();
            assertEquals(2, c.codigo());
            assertEquals("editado", Files.readString(dir.resolve("algo.drl")));
        }

        @Test
        void validarSeñalaArchivoLineaYPistaConCodigo3(@TempDir Path dir) throws Exception {
            Path reglas = dir.resolve("r");
            avance("metodologia", "exportar", reglas.toString());
            Path archivo = reglas.resolve("clasificacion/criterio_1_3.drl");
            Files.writeString(archivo, Files.readString(archivo).replaceFirst("\nthen\n", "\nthn\n"));
            Corrida c = avance("validar", "--metodologia", reglas.toString());
            assertEquals(3, c.codigo());
            assertTrue(c.errores().contains("clasificacion/criterio_1_3.drl:"), c.errores());
            assertTrue(c.errores().contains("      pista: en la línea "), c.errores());
            assertFalse(c.errores().contains("(pista:"), "la pista va en su propia línea: " + c.errores());
            assertFalse(c.errores().contains("KieProject") || c.errores().contains("null Package"),
                    "sin el registro técnico de Drools: " + c.errores());
            c.sinTraza();
        }

        @Test
        void unaReglaQueNoTerminaSeDetieneConCodigo3(@TempDir Path dir) throws Exception {
            Path reglas = dir.resolve("r");
            avance("metodologia", "exportar", reglas.toString());
            Files.writeString(reglas.resolve("revision/bucle.drl"), """
                    package cl.avance.reglas.revision
                    import cl.avance.hechos.CriterioDeUnidad
                    rule "Vuelve a mirar cada criterio sin fin"
                    when
                        $c : CriterioDeUnidad()
                    then
                        update( $c );
                    end
                    """);
            Corrida c = avance("evaluar", SENCE.toString(), "--metodologia", reglas.toString());
            assertEquals(3, c.codigo());
            assertTrue(c.errores().contains("sin fin"), c.errores());
            assertEquals("", c.salida());
            c.sinTraza();
        }
    }

    @Nested
    class Probar {
        @Test
        void losEscenariosPorDefectoPasanConCobertura() {
            Corrida c = avance("probar", ESCENARIOS.toString(), "--cobertura");
            assertEquals(0, c.codigo(), c.salida() + c.errores());
            assertTrue(c.salida().contains("Cobertura: todas las reglas"), c.salida());
            assertTrue(c.salida().strip().matches("(?s).*\\n\\d+ passed, 0 failed$"), c.salida());
        }

        @Test
        void unEscenarioQueFallaDiceQueSeEsperabaQueResultoYQuienLoDecidio(@TempDir Path dir) throws Exception {
            Path escenario = dir.resolve("e.yaml");
            Files.writeString(escenario, """
                    escenarios:
                      - nombre: Con el programa acordado se espera avance mayor
                        unidad:
                          "1.2": {indicadores: {PROGRAMA_ACORDADO: true}}
                        esperado:
                          "1.2": {avance: AVANCE_MAYOR}
                    """);
            Corrida c = avance("probar", escenario.toString(), "--cobertura");
            assertEquals(1, c.codigo());
            assertTrue(c.salida().contains("✗ Con el programa acordado se espera avance mayor"), c.salida());
            assertTrue(c.salida().contains("1.2: se esperaba avance AVANCE_MAYOR y resultó AVANCE_MENOR (decidido por "
                    + "«1.2 Avance menor: se cumple al menos un indicador, pero no todos»)"), c.salida());
            assertTrue(c.salida().contains("reglas no se dispararon en ningún escenario"), c.salida());
            assertTrue(c.salida().strip().endsWith("0 passed, 1 failed"), c.salida());
        }

        @Test
        void unArchivoDeEscenariosMalEscritoDaSusErroresConCodigo2(@TempDir Path dir) throws Exception {
            Path escenario = dir.resolve("e.yaml");
            Files.writeString(escenario, """
                    escenarios:
                      - nombre: Mal escrito
                        unidad:
                          "1.2": {indicadores: {PROGRAMA_ACORDAD: true}}
                        esperado:
                          "1.2": {avance: MAYOR}
                    """);
            Corrida c = avance("probar", escenario.toString());
            assertEquals(2, c.codigo());
            assertTrue(c.errores().contains("escenarios[0].unidad.1.2.indicadores.PROGRAMA_ACORDAD"), c.errores());
            assertTrue(c.errores().contains("escenarios[0].esperado.1.2.avance"), c.errores());
            assertTrue(c.errores().contains("línea 6, columna "), "con la línea del archivo de escenarios: " + c.errores());
            assertTrue(c.errores().contains("escenario 1 («Mal escrito»): "), "nombra el escenario: " + c.errores());
            c.sinTraza();
        }
    }

    @Nested
    class PorLotes {
        private static String linea(String id, String criterios) {
            return "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": [{\"id\": \"" + id
                    + "\", \"nombre\": \"" + id + "\", \"criterios\": " + criterios + "}]}";
        }

        @Test
        void cadaLineaDaUnResultadoOUnErrorConSuNumeroYLasDemasSiguen(@TempDir Path dir) throws Exception {
            Path entrada = dir.resolve("lote.jsonl");
            Path salida = dir.resolve("resultados.jsonl");
            Files.writeString(entrada, String.join("\n",
                    linea("a", "{\"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDADO\": true}}}"),
                    "{\"formato\": 1, \"servicio\": ",
                    "",
                    linea("b", "{\"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDAD\": true}}}"),
                    linea("c", "{}")) + "\n");
            Corrida c = avance("evaluar", "--lote", entrada.toString(), "--salida", salida.toString());
            assertEquals(2, c.codigo(), "hubo líneas con errores");
            List<String> registros = Files.readAllLines(salida);
            assertEquals(5, registros.size());
            assertTrue(registros.get(0).startsWith("{\"formato\":1,"), registros.get(0));
            assertTrue(registros.get(1).startsWith("{\"linea\":2,\"errores\":[{\"ruta\":\"\",\"mensaje\":\"el documento termina"),
                    registros.get(1));
            assertTrue(registros.get(2).startsWith("{\"linea\":3,"), registros.get(2));
            assertTrue(registros.get(3).contains("\"linea\":4") && registros.get(3).contains("unidades[0].criterios.1.2.indicadores.PROGRAMA_ACORDAD"),
                    registros.get(3));
            assertTrue(registros.get(4).contains("\"id\":\"c\""), registros.get(4));
            assertTrue(c.errores().contains("5 líneas: 2 resultados, 3 errores; 2 unidades"), c.errores());
            c.sinTraza();
        }

        @Test
        void veinteMilUnidadesConMemoriaAcotadaEnOtroProceso(@TempDir Path dir) throws Exception {
            // Bounded memory: a separate JVM with -Xmx64m grades 20,000 units; results + errors = lines.
            Path entrada = dir.resolve("grande.jsonl");
            int lineas = 2_000;
            StringBuilder unidades = new StringBuilder();
            for (int u = 0; u < 10; u++) {
                unidades.append(u == 0 ? "" : ",").append("{\"id\": \"u").append(u).append("\", \"nombre\": \"U\", ")
                        .append("\"criterios\": {\"1.1\": {\"indicadores\": {\"TERRITORIO_DEFINIDO\": true}}}}");
            }
            try (var w = Files.newBufferedWriter(entrada)) {
                for (int i = 0; i < lineas; i++) {
                    w.write(i == 777 ? "no es json" : "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": ["
                            + unidades + "]}");
                    w.write('\n');
                }
            }
            Path salida = dir.resolve("salida.jsonl");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                    "-cp", System.getProperty("java.class.path"), "cl.avance.cli.Avance", "evaluar", "--lote",
                    entrada.toString(), "--salida", salida.toString())
                    .redirectErrorStream(true).start();
            String salidaDelProceso = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), salidaDelProceso);
            assertTrue(salidaDelProceso.contains("2000 líneas: 1999 resultados, 1 errores; 19990 unidades"), salidaDelProceso);
            try (var registros = Files.lines(salida)) {
                assertEquals(lineas, registros.count());
            }
        }

        @Test
        void loteSoloEscribeJson(@TempDir Path dir) throws Exception {
            Path entrada = dir.resolve("l.jsonl");
            Files.writeString(entrada, linea("a", "{}") + "\n");
            Corrida c = avance("evaluar", "--lote", entrada.toString(), "--formato", "html");
            assertEquals(2, c.codigo());
            assertTrue(c.errores().contains("--lote escribe JSON Lines"), c.errores());
        }
    }
}
