package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.conReglas;
import static cl.avance.MetodologiaDePrueba.descripcion;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.Resultado;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with small rule sets written for each case: how it reports rule problems. */
class MotorTest {

    private static final String CABECERA = """
            package prueba
            import cl.avance.hechos.*
            import cl.avance.modelo.Avance
            """;

    /** Grades every criterion NO_APLICA: the smallest complete rule set. */
    private static final String TODO_NO_APLICA = CABECERA + """
            rule "Todo no aplica"
            when
                $c : CriterioDeUnidad()
            then
                insert( new Calificacion( $c, Avance.NO_APLICA ) );
            end
            """;

    private static final Evaluacion UNA_UNIDAD =
            new Evaluacion("S", null, 2007, List.of(new Unidad("a", "A", Map.of())));

    private static Motor motor(String drl) {
        return Motor.con(conReglas(Map.of("prueba/reglas.drl", drl)));
    }

    @Test
    void unConjuntoMinimoCalificaTodo() {
        Resultado r = motor(TODO_NO_APLICA).evaluar(UNA_UNIDAD);
        assertEquals(Avance.NO_APLICA, r.unidades().get(0).criterio(criterio("2.1")).avance());
        assertEquals(List.of("Todo no aplica"), r.unidades().get(0).criterio(criterio("2.1")).reglas());
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.1", r.reglas().origen());
    }

    @Test
    void errorDeSintaxisConArchivoLineaYColumna() {
        String drl = CABECERA + """
                rule "Mal escrita"
                when
                    $c : CriterioDeUnidad()
                thn
                    insert( new Calificacion( $c, Avance.NO_APLICA ) );
                end
                """;
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> motor(drl));
        // The parser takes "thn" for a pattern and stumbles on the next line.
        ProblemaDeRegla p = e.problemas().get(0);
        assertEquals("prueba/reglas.drl", p.archivo());
        assertEquals(8, p.linea(), e.getMessage());
        assertEquals(5, p.columna(), e.getMessage());
        assertTrue(p.toString().startsWith("prueba/reglas.drl:8:5: "), p.toString());
        assertTrue(e.problemas().stream().noneMatch(x -> x.mensaje().contains("null Package")), e.getMessage());
        assertTrue(e.getMessage().startsWith("Las reglas de «Sistema de Gestión Territorial, etapa 4 2007.1» tienen "), e.getMessage());
    }

    @Test
    void todosLosProblemasDeVariosArchivosALaVez() {
        String malo1 = CABECERA + "rule \"A\" when $c : CriterioInexistente() then end\n";
        String malo2 = CABECERA + "rule \"B\" when $c : CriterioDeUnidad( campoInexistente == 1 ) then end\n";
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> Motor.con(conReglas(Map.of("prueba/a.drl", malo1, "prueba/b.drl", malo2))));
        List<String> archivos = e.problemas().stream().map(ProblemaDeRegla::archivo).distinct().toList();
        assertEquals(List.of("prueba/a.drl", "prueba/b.drl"), archivos, e.getMessage());
        e.problemas().forEach(p -> assertEquals(4, p.linea(), p.toString()));
    }

    @Test
    void unaReglaQueSeReactivaSinFinSeDetieneConUnErrorClaro() {
        String drl = TODO_NO_APLICA + """
                rule "Vuelve a activarse sin fin"
                when
                    $c : CriterioDeUnidad()
                then
                    update( $c );
                end
                """;
        Motor motor = motor(drl);
        EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class,
                () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> motor.evaluar(UNA_UNIDAD)));
        assertTrue(e.getMessage().contains("sin fin"), e.getMessage());
        assertTrue(e.getMessage().contains("«Vuelve a activarse sin fin»") || e.getMessage().contains("«Todo no aplica»"),
                e.getMessage());
        // The engine stays usable for the next evaluation.
        assertThrows(EvaluacionFallidaException.class, () -> motor.evaluar(UNA_UNIDAD));
    }

    @Test
    void dosAvancesDistintosParaUnCriterioEsUnError() {
        String drl = TODO_NO_APLICA + """
                rule "Además, sin avance"
                when
                    $c : CriterioDeUnidad( codigo == "1.2" )
                then
                    insert( new Calificacion( $c, Avance.SIN_AVANCE ) );
                end
                """;
        EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> motor(drl).evaluar(UNA_UNIDAD));
        assertEquals("Las reglas calificaron de forma distinta el criterio 1.2 de la unidad «a»: «Además, sin avance» dio"
                + " SIN_AVANCE, «Todo no aplica» dio NO_APLICA. Cada criterio debe recibir un solo avance.", e.getMessage());
    }

    @Test
    void uncriterioSinCalificarEsUnError() {
        String drl = CABECERA + """
                rule "Solo el 1.1"
                when
                    $c : CriterioDeUnidad( codigo == "1.1" )
                then
                    insert( new Calificacion( $c, Avance.NO_APLICA ) );
                end
                """;
        EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> motor(drl).evaluar(UNA_UNIDAD));
        assertTrue(e.getMessage().startsWith("Ninguna regla calificó el criterio 1.2 de la unidad «a»"), e.getMessage());
    }

    @Test
    void unErrorDentroDeThenNombraLaRegla() {
        String drl = TODO_NO_APLICA + """
                rule "Divide por cero"
                when
                    CriterioDeUnidad( codigo == "2.1" )
                then
                    int cero = 0;
                    insert( Integer.valueOf( 1 / cero ) );
                end
                """;
        EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> motor(drl).evaluar(UNA_UNIDAD));
        assertTrue(e.getMessage().startsWith("La regla «Divide por cero» falló al ejecutarse (ArithmeticException"),
                e.getMessage());
    }

    @Test
    void laHuellaCambiaConElContenidoYConLaRuta() {
        String a = Reglas.desdeTextos("x", Map.of("p/a.drl", TODO_NO_APLICA)).huella();
        assertEquals(a, Reglas.desdeTextos("otro origen", Map.of("p/a.drl", TODO_NO_APLICA)).huella());
        assertNotEquals(a, Reglas.desdeTextos("x", Map.of("p/a.drl", TODO_NO_APLICA + " ")).huella());
        assertNotEquals(a, Reglas.desdeTextos("x", Map.of("p/b.drl", TODO_NO_APLICA)).huella());
    }

    @Test
    void unaMetodologiaDesdeUnaCarpetaSeNombraPorNombreYVersionNuncaPorSuRuta(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("prueba"));
        Files.writeString(dir.resolve("prueba/todo.drl"), TODO_NO_APLICA);
        Files.writeString(dir.resolve("LEEME.md"), "no es una regla");
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), descripcion());
        Metodologia metodologia = Metodologia.desdeCarpeta(dir);
        assertEquals(List.of("prueba/todo.drl"), List.copyOf(metodologia.reglas().archivos().keySet()));
        String origen = Motor.con(metodologia).evaluar(UNA_UNIDAD).reglas().origen();
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.1", origen);
        assertFalse(origen.contains(dir.toString()));
    }

    @Test
    void unaCarpetaSinMetodologiaDiceQueFaltaYComoEmpezar(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Metodologia.desdeCarpeta(dir));
        assertTrue(e.getMessage().contains("falta metodologia.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("avance metodologia exportar"), e.getMessage());
        Files.writeString(dir.resolve("vieja.drl"), TODO_NO_APLICA);
        e = assertThrows(IllegalArgumentException.class, () -> Metodologia.desdeCarpeta(dir));
        assertTrue(e.getMessage().contains("versión anterior de Avance"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metodologia.desdeCarpeta(dir.resolve("no-existe")));
    }

    @Test
    void sinLaMetodologiaPorDefectoEnElClasspathElMensajeDiceQueAgregar() {
        IllegalStateException e = assertThrows(IllegalStateException.class, Motor::porDefecto);
        assertTrue(e.getMessage().contains("cl.avance:avance-rules"), e.getMessage());
    }
}
