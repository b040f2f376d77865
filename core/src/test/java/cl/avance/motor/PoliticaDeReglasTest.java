package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules-folder allow-list: each forbidden thing and each way round it, refused at its file and line. */
class PoliticaDeReglasTest {

    private static final String ARCHIVO = "prueba/r.drl";
    private static final String CABECERA = "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.Avance\n";

    /** {@code codigo} lands on line 8. */
    private static String enThen(String codigo) {
        return CABECERA + "rule \"r\"\nwhen\n    $c : CriterioDeUnidad()\nthen\n    " + codigo + "\nend\n";
    }

    /** {@code condicion} lands on line 6. */
    private static String enWhen(String condicion) {
        return CABECERA + "rule \"r\"\nwhen\n    " + condicion + "\nthen\n    insert( new Calificacion( $c, Avance.NO_APLICA ) );\nend\n";
    }

    private static List<ProblemaDeRegla> rechazos(String drl) {
        return PoliticaDeReglas.revisar(ARCHIVO, drl);
    }

    /** Exactly one refusal, at {@code linea}, whose message contains {@code texto}. */
    private static void rechazadaEn(String drl, int linea, String texto) {
        List<ProblemaDeRegla> p = rechazos(drl);
        assertTrue(!p.isEmpty(), "debió rechazarse:\n" + drl);
        ProblemaDeRegla primero = p.get(0);
        assertEquals(ARCHIVO, primero.archivo(), p.toString());
        assertEquals(linea, primero.linea(), p.toString());
        assertTrue(primero.mensaje().contains(texto), p.toString());
        assertTrue(primero.toString().startsWith(ARCHIVO + ":" + linea + ": "), primero.toString());
    }

    static List<Arguments> prohibidas() {
        return List.of(
                Arguments.of("System.exit en then", enThen("System.exit( 0 );"), 8, "«System»"),
                Arguments.of("System.exit en eval", enWhen("$c : CriterioDeUnidad()\n    eval( System.exit( 0 ) == null )"), 7, "«System»"),
                Arguments.of("System.exit dentro de un patrón", enWhen("$c : CriterioDeUnidad( java.lang.System.exit( 0 ) )"), 6, "«java.lang.System»"),
                Arguments.of("Runtime con nombre completo", enThen("java.lang.Runtime.getRuntime().exec( \"rm -rf /\" );"), 8, "«java.lang.Runtime»"),
                Arguments.of("Files.delete con nombre completo", enThen("java.nio.file.Files.delete( java.nio.file.Path.of( \"x\" ) );"), 8, "«java.nio.file.Files»"),
                Arguments.of("new Thread", enThen("new Thread( null, null ).start();"), 8, "«Thread»"),
                Arguments.of("ProcessBuilder", enThen("new ProcessBuilder( \"ls\" ).start();"), 8, "«ProcessBuilder»"),
                Arguments.of("System.out.println", enThen("System.out.println( $c );"), 8, "«System»"),
                Arguments.of("getClass", enThen("String n = $c.getClass().getName();"), 8, "«getClass»"),
                Arguments.of("getClass en una condición", enWhen("$c : CriterioDeUnidad( getClass() != null )"), 6, "«getClass»"),
                Arguments.of("drools.getKieRuntime", enThen("drools.getKieRuntime().halt();"), 8, "«drools»"),
                Arguments.of("kcontext", enThen("kcontext.getKieRuntime();"), 8, "«kcontext»"),
                Arguments.of("función recursiva", CABECERA + "function int f( int x ) {\n    return f( x );\n}\n"
                        + "rule \"r\"\nwhen\n    $c : CriterioDeUnidad()\nthen\nend\n", 4, "«function f»"),
                Arguments.of("dialecto mvel en la regla", CABECERA + "rule \"r\"\n    dialect \"mvel\"\nwhen\n    $c : CriterioDeUnidad()\nthen\nend\n", 5, "«mvel»"),
                Arguments.of("dialecto mvel en el archivo", CABECERA + "dialect \"mvel\"\nrule \"r\"\nwhen\n    $c : CriterioDeUnidad()\nthen\nend\n", 4, "«mvel»"),
                Arguments.of("while (true)", enThen("while ( true ) { }"), 8, "«while»"),
                Arguments.of("for", enThen("for ( int i = 0; i < 10; i++ ) { }"), 8, "«for»"),
                Arguments.of("do", enThen("do { } while ( true );"), 8, "«do»"),
                Arguments.of("global", CABECERA + "global java.util.List lista\nrule \"r\"\nwhen\nthen\nend\n", 4, "globales"),
                Arguments.of("importar java.io", CABECERA.replace("import cl.avance.modelo.Avance", "import java.io.File"), 3, "«java.io.File»"),
                Arguments.of("importar java.io.*", CABECERA + "import java.io.*\n", 4, "«java.io.*»"),
                Arguments.of("import static", CABECERA + "import static java.lang.System.exit\n", 4, "funciones"),
                Arguments.of("lambda", enThen("java.util.function.Supplier<String> s = () -> \"x\";"), 8, "nombres completos"),
                Arguments.of("referencia a método", enThen("Object o = $c.getCumplidos().stream().map( String::valueOf );"), 8, "«Object»"),
                Arguments.of("Class por su nombre", enThen("Class.forName( \"x\" );"), 8, "«Class»"),
                Arguments.of("literal de clase", enThen("String n = String.class.getName();"), 8, "«class»"),
                Arguments.of("getDeclaringClass de un enum", enThen("String n = Avance.NO_APLICA.getDeclaringClass().getName();"), 8, "«getDeclaringClass»"),
                Arguments.of("Thread.sleep", enThen("Thread.sleep( 100000 );"), 8, "«Thread»"),
                Arguments.of("salience calculada", CABECERA + "rule \"r\"\n    salience ( System.exit( 0 ) )\nwhen\nthen\nend\n", 5, "salience"),
                Arguments.of("nombre completo tras una variable local fuera de su ámbito",
                        enThen("if ( true ) { String java = \"\"; }\n    java.nio.file.Files.delete( null );"), 9, "nombres completos"),
                Arguments.of("una local con nombre de tipo no oculta el tipo", enThen("String System = \"\";"), 8, "«System»"),
                Arguments.of("acumulación con código propio", enWhen("Number() from accumulate( $c : CriterioDeUnidad(), "
                        + "init( int n = 0; ), action( while ( true ) { } ), result( n ) )"), 6, "«while»"),
                Arguments.of("escape unicode que cierra un texto", enThen("String s = \"\\u0022 ); System.exit( 0 ); String t = ( \\u0022\";"), 8, "«\\u…»"),
                Arguments.of("escape unicode que corta un comentario", enThen("// \\u000a System.exit( 0 );"), 8, "«\\u…»"),
                Arguments.of("Integer.TYPE es una clase", enThen("String n = Integer.TYPE.getName();"), 8, "«TYPE»"),
                Arguments.of("propiedad class en una condición", enWhen("$c : CriterioDeUnidad( $c.class != null )"), 6, "«class»"),
                Arguments.of("propiedad declaringClass en una condición", enWhen("$c : CriterioDeUnidad( Avance.NO_APLICA.declaringClass != null )"), 6, "«declaringClass»"),
                Arguments.of("propiedades del sistema", enThen("boolean b = Boolean.getBoolean( \"x\" );"), 8, "«getBoolean»"),
                Arguments.of("clase anónima", enThen("Object o = new java.util.ArrayList<String>() { public int size() { return size(); } };"), 8, "«Object»"),
                Arguments.of("solo un eval", CABECERA + "rule \"r\"\nwhen\n    eval( System.exit( 0 ) == null )\nthen\nend\n", 6, "«System»"),
                Arguments.of("eval en una consulta", CABECERA + "query \"q\"\n    $c : CriterioDeUnidad()\n    eval( System.exit( 0 ) == null )\nend\n", 6, "«System»"),
                Arguments.of("parámetro de una consulta", CABECERA + "query q( System s )\n    $c : CriterioDeUnidad()\nend\n", 4, "«System»"),
                Arguments.of("constructor en un from", enWhen("$c : CriterioDeUnidad()\n    $p : Object() from new ProcessBuilder( \"ls\" ).start()"), 7, "«Object»"),
                Arguments.of("constructor de un tipo permitido con otro prohibido", enWhen("$c : CriterioDeUnidad()\n    $p : String() from new ProcessBuilder( \"ls\" ).toString()"), 7, "«ProcessBuilder»"),
                Arguments.of("patrón de un tipo fuera de la lista", enWhen("$t : Thread()"), 6, "«Thread»"),
                Arguments.of("declare", CABECERA + "declare Nuevo\n    x : int\nend\n", 4, "declare"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("prohibidas")
    void rechazaLoProhibidoEnSuLinea(String caso, String drl, int linea, String texto) {
        rechazadaEn(drl, linea, texto);
    }

    @Test
    void losTextosYComentariosNoSonCodigo() {
        String drl = enThen("""
                // System.exit( 0 ); while ( true ) { }
                /* Runtime.getRuntime().exec( "x" ); for ( ;; ) */
                    insert( new Recomendacion( $c, "REC-X", "Llame a System.exit(0) mientras (while) haya tiempo; for; getClass()" ) );
                    insert( new Recomendacion( $c, "REC-Y", \"\"\"
                        Texto largo con System.out.println y java.lang.Runtime
                        \"\"\" ) );""");
        assertEquals(List.of(), rechazos(drl));
    }

    @Test
    void loPermitido() {
        String drl = CABECERA + """
                import java.util.List
                import java.math.BigDecimal
                rule "permitida"
                    salience 10
                    no-loop true
                    dialect "java"
                when
                    $c : CriterioDeUnidad( codigo == "1.1", aplica, cumple( "TERRITORIO_DEFINIDO" ),
                                           $cumplidos : cumplidos )
                    $n : Number( intValue > 0 ) from accumulate( Brecha( criterio.cumple( "ACUERDO_FORMAL" ) ), count( 1 ) )
                    eval( $cumplidos.size() > 1 )
                then
                    int total = $cumplidos.size() + $n.intValue();
                    String texto = String.format( "%d de %s", total, $c.getCodigo() );
                    BigDecimal parte = BigDecimal.valueOf( total ).max( BigDecimal.ONE );
                    List<String> nombres = new java.util.ArrayList<>();
                    if ( Math.max( total, 1 ) > 2 && !texto.isEmpty() ) {
                        final var otra = texto.toUpperCase();
                        nombres.add( otra );
                    } else {
                        nombres.add( texto );
                    }
                    modify( $c ) { toString() }
                    insert( new Calificacion( $c, Avance.AVANCE_MAYOR ) );
                end
                """;
        // "new java.util.ArrayList" is a fully qualified name: the only refusal.
        List<ProblemaDeRegla> p = rechazos(drl);
        assertEquals(1, p.size(), p.toString());
        assertEquals(19, p.get(0).linea(), p.toString());
        assertEquals(List.of(), rechazos(drl.replace("new java.util.ArrayList<>()", "List.of()")));
    }

    @Test
    void lasReglasPorDefectoCumplenLaPolitica() {
        Reglas porDefecto = cl.avance.MetodologiaDePrueba.metodologia().reglas();
        assertTrue(porDefecto.archivos().size() >= 10, porDefecto.toString());
        assertEquals(List.of(), PoliticaDeReglas.revisar(porDefecto));
    }

    @Test
    void motorConRechazaConTodosLosProblemas() {
        String drl = enThen("System.exit( 0 );\n    new Thread( (Runnable) null ).start();");
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Motor.con(cl.avance.MetodologiaDePrueba.conReglas(Map.of(ARCHIVO, drl))));
        assertEquals(List.of(ARCHIVO + ":8", ARCHIVO + ":9"), e.problemas().stream().map(ProblemaDeRegla::lugar).toList(),
                e.getMessage());
        assertTrue(e.getMessage().contains(ARCHIVO + ":8: «System» no está en la lista permitida (regla «r»)"), e.getMessage());
    }

    @Test
    void unaCarpetaYSuRecargaRechazan(@TempDir Path dir) throws Exception {
        Path archivo = dir.resolve(ARCHIVO);
        Files.createDirectories(archivo.getParent());
        Files.writeString(archivo, enThen("insert( new Calificacion( $c, Avance.NO_APLICA ) );"));
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), cl.avance.MetodologiaDePrueba.descripcion());
        MotorRecargable motor = MotorRecargable.desdeCarpeta(dir);
        Files.writeString(archivo, enThen("System.exit( 0 );"));
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, motor::recargar);
        assertEquals(ARCHIVO + ":8", e.problemas().get(0).lugar());
        assertThrows(ReglasInvalidasException.class, () -> Motor.con(Metodologia.desdeCarpeta(dir)));
    }

    @Test
    void lasReglasDslSeRevisanExpandidas() {
        String dsl = "[then]Salir=System.exit( 0 );\n[when]Hay un criterio=$c : CriterioDeUnidad()\n";
        String dslr = CABECERA + "expander r.dsl\nrule \"r\"\nwhen\n    Hay un criterio\nthen\n    Salir\nend\n";
        List<ProblemaDeRegla> p = PoliticaDeReglas.revisar(Reglas.desdeTextos("prueba",
                Map.of("prueba/r.dsl", dsl, "prueba/r.dslr", dslr)));
        assertEquals(1, p.size(), p.toString());
        assertEquals("prueba/r.dslr", p.get(0).archivo());
        assertTrue(p.get(0).mensaje().contains("«System»"), p.toString());
    }

    @Test
    void unEnlaceAUnArchivoFueraDeLaCarpetaSeRechaza(@TempDir Path dir) throws Exception {
        Path carpeta = Files.createDirectories(dir.resolve("reglas/prueba"));
        Files.writeString(carpeta.resolve("bien.drl"), enThen("insert( new Calificacion( $c, Avance.NO_APLICA ) );"));
        Path fuera = Files.writeString(dir.resolve("fuera.drl"), enThen("System.exit( 0 );"));
        Files.createSymbolicLink(carpeta.resolve("enlace.drl"), fuera);
        Files.writeString(dir.resolve("reglas").resolve(Metodologia.DESCRIPCION), cl.avance.MetodologiaDePrueba.descripcion());
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class,
                () -> Metodologia.desdeCarpeta(dir.resolve("reglas")));
        assertEquals(1, e.problemas().size(), e.getMessage());
        assertEquals("prueba/enlace.drl", e.problemas().get(0).archivo());
        assertTrue(e.getMessage().contains("prueba/enlace.drl: es un enlace a «" + fuera.toRealPath()
                + "», fuera de la carpeta de reglas"), e.getMessage());
    }

    @Test
    void unEnlaceAUnaCarpetaFueraSeRechaza(@TempDir Path dir) throws Exception {
        Path reglas = Files.createDirectories(dir.resolve("reglas"));
        Files.writeString(reglas.resolve("bien.drl"), enThen("insert( new Calificacion( $c, Avance.NO_APLICA ) );"));
        Path otra = Files.createDirectories(dir.resolve("otra"));
        Files.writeString(otra.resolve("mala.drl"), enThen("System.exit( 0 );"));
        Files.createSymbolicLink(reglas.resolve("prestada"), otra);
        Files.writeString(reglas.resolve(Metodologia.DESCRIPCION), cl.avance.MetodologiaDePrueba.descripcion());
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> Metodologia.desdeCarpeta(reglas));
        assertEquals("prestada", e.problemas().get(0).archivo(), e.getMessage());
    }

    @Test
    void unEnlaceDentroDeLaCarpetaSePermite(@TempDir Path dir) throws Exception {
        Path reglas = Files.createDirectories(dir.resolve("reglas"));
        Path real = Files.writeString(reglas.resolve("real.drl"), enThen("insert( new Calificacion( $c, Avance.NO_APLICA ) );"));
        Files.createSymbolicLink(reglas.resolve("alias.txt"), real);
        Files.writeString(reglas.resolve(Metodologia.DESCRIPCION), cl.avance.MetodologiaDePrueba.descripcion());
        assertEquals(List.of("real.drl"), List.copyOf(Metodologia.desdeCarpeta(reglas).reglas().archivos().keySet()));
    }

    @Test
    void unaFraseDslDefinidaDosVecesSeRechaza() {
        String dslr = CABECERA + "rule \"r\"\nwhen\n    Hay un criterio\nthen\n    Calificar\nend\n";
        List<ProblemaDeRegla> p = PoliticaDeReglas.revisar(Reglas.desdeTextos("prueba", Map.of(
                "prueba/a.dsl", "[when]Hay un criterio=$c : CriterioDeUnidad()\n[then]Calificar=insert( new Calificacion( $c, Avance.NO_APLICA ) );\n",
                "prueba/b.dsl", "# otra\n[then]Calificar  =System.exit( 0 );\n",
                "prueba/r.dslr", dslr)));
        assertEquals("prueba/b.dsl", p.get(0).archivo(), p.toString());
        assertEquals(2, p.get(0).linea(), p.toString());
        assertTrue(p.get(0).mensaje().contains("«Calificar» ya está definida en prueba/a.dsl:2"), p.toString());
    }
}
