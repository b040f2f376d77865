package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline per evaluation and cancellation: control comes back on time, rules that keep firing stop
 * costing CPU, and errors inside a rule never escape raw. Runaway rules are compiled without the
 * allow-list ({@link Motor#conReglasSinRevisar}), which would refuse them.
 */
public class PlazoTest {

    /** Ends the Java loop of {@link #BUCLE} once the test has seen what it needs: it ignores halt and interrupts. */
    public static volatile boolean soltar;

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final ExecutorService LLAMADORES = Executors.newCachedThreadPool();

    private static final String CABECERA = """
            package prueba
            import cl.avance.hechos.*
            import cl.avance.modelo.Avance
            """;

    private static final String TODO_NO_APLICA = """
            rule "Todo no aplica"
            when
                $c : CriterioDeUnidad()
            then
                insert( new Calificacion( $c, Avance.NO_APLICA ) );
            end
            """;

    /** Re-fires forever for the unit "lenta", each firing costing some CPU: what halt() is for. */
    private static final String DA_VUELTAS = CABECERA + TODO_NO_APLICA.replace("CriterioDeUnidad()",
            "CriterioDeUnidad( unidad != \"lenta\" )") + """
            rule "Da vueltas"
            when
                $c : CriterioDeUnidad( unidad == "lenta", codigo == "1.1" )
            then
                long x = 0;
                for ( int i = 0; i < 3000000; i++ ) { x += i % 7; }
                if ( x == -1 ) { System.out.print( "" ); }
                update( $c );
            end
            """;

    /** A Java loop inside a consequence: halt() and interrupts cannot stop it. */
    private static final String BUCLE = CABECERA + TODO_NO_APLICA + """
            rule "Bucle sin fin"
            when
                $c : CriterioDeUnidad( unidad == "lenta", codigo == "1.1" )
            then
                while ( true ) {
                    if ( cl.avance.motor.PlazoTest.soltar ) { break; }
                }
            end
            """;

    private static final Evaluacion LENTA = evaluacion("lenta");
    private static final Evaluacion RAPIDA = evaluacion("a");

    private static Evaluacion evaluacion(String unidad) {
        return new Evaluacion("S", null, 2007, List.of(new Unidad(unidad, "U", Map.of())));
    }

    private static Motor sinRevisar(String drl) {
        return Motor.conReglasSinRevisar(cl.avance.MetodologiaDePrueba.conReglas(Map.of("prueba/r.drl", drl)));
    }

    @AfterEach
    void soltarElBucle() {
        soltar = true;
    }

    @AfterAll
    static void cerrar() {
        LLAMADORES.shutdownNow();
    }

    @Test
    void conPlazoComparteLasReglasCompiladas() {
        Motor motor = sinRevisar(CABECERA + TODO_NO_APLICA);
        Motor conPlazo = motor.conPlazo(Duration.ofSeconds(5));
        assertSame(motor.metodologia(), conPlazo.metodologia());
        assertEquals(motor.nombresDeReglas(), conPlazo.nombresDeReglas());
        assertEquals(Optional.empty(), motor.plazo());
        assertEquals(Optional.of(Duration.ofSeconds(5)), conPlazo.plazo());
        assertEquals(Avance.NO_APLICA, conPlazo.evaluar(RAPIDA).unidades().get(0).criterio("1.1").avance());
        assertThrows(IllegalArgumentException.class, () -> motor.conPlazo(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> motor.conPlazo(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> motor.conPlazo(null));
    }

    @Test
    void reglasQueSiguenDisparandoSeDetienenAlPlazoYDejanDeGastarCpu() throws Exception {
        AtomicReference<PlazoVencidoException> avisada = new AtomicReference<>();
        AtomicLong hiloDelAviso = new AtomicLong();
        Motor motor = sinRevisar(DA_VUELTAS).conPlazo(Duration.ofMillis(600), v -> {
            avisada.set(v);
            hiloDelAviso.set(Thread.currentThread().getId());
        });
        AtomicLong hilo = new AtomicLong(-1);
        long inicio = System.nanoTime();
        PlazoVencidoException e = assertThrows(PlazoVencidoException.class,
                () -> motor.evaluar(LENTA, regla -> hilo.set(Thread.currentThread().getId())));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - inicio);
        assertTrue(ms >= 550 && ms < 1500, "volvió en " + ms + " ms");
        assertEquals(Optional.of("Da vueltas"), e.ultimaRegla());
        assertTrue(e.getMessage().startsWith("La evaluación no terminó en el plazo de 600 ms y se detuvo. "
                + "La última regla en dispararse fue «Da vueltas»."), e.getMessage());
        assertInstanceOf(EvaluacionFallidaException.class, e);
        assertSame(e, avisada.get());
        assertEquals(Thread.currentThread().getId(), hiloDelAviso.get());
        assertTrue(hilo.get() != Thread.currentThread().getId(), "las reglas corren en otro hilo");
        assertCpuSeDetiene(hilo.get());
        // The halted session went nowhere: the next evaluation on the same engine grades normally.
        assertEquals(Avance.NO_APLICA, motor.evaluar(RAPIDA).unidades().get(0).criterio("1.1").avance());
    }

    @Test
    void cancelarLaTareaDetieneLasReglasSinPlazo() throws Exception {
        cancelarDetiene(sinRevisar(DA_VUELTAS));
    }

    @Test
    void cancelarLaTareaDetieneLasReglasConPlazo() throws Exception {
        cancelarDetiene(sinRevisar(DA_VUELTAS).conPlazo(Duration.ofMinutes(5)));
    }

    private static void cancelarDetiene(Motor motor) throws Exception {
        AtomicLong hilo = new AtomicLong(-1);
        AtomicReference<Throwable> lanzada = new AtomicReference<>();
        CountDownLatch disparando = new CountDownLatch(1);
        CountDownLatch termino = new CountDownLatch(1);
        Future<?> tarea = LLAMADORES.submit(() -> {
            try {
                motor.evaluar(LENTA, regla -> {
                    hilo.set(Thread.currentThread().getId());
                    disparando.countDown();
                });
            } catch (Throwable t) {
                lanzada.set(t);
            } finally {
                termino.countDown();
            }
        });
        assertTrue(disparando.await(10, TimeUnit.SECONDS));
        Thread.sleep(200);
        tarea.cancel(true);
        assertTrue(termino.await(1, TimeUnit.SECONDS), "evaluar no volvió tras la cancelación");
        assertInstanceOf(EvaluacionInterrumpidaException.class, lanzada.get());
        assertEquals("La evaluación se interrumpió y se detuvo; la última regla en dispararse fue «Da vueltas».",
                lanzada.get().getMessage());
        assertCpuSeDetiene(hilo.get());
    }

    @Test
    void unBucleJavaEnThenNoSePuedeDetenerPeroElControlVuelveATiempo() throws Exception {
        soltar = false;
        Motor motor = sinRevisar(BUCLE).conPlazo(Duration.ofMillis(400));
        AtomicLong hilo = new AtomicLong(-1);
        long inicio = System.nanoTime();
        PlazoVencidoException e = assertThrows(PlazoVencidoException.class,
                () -> motor.evaluar(LENTA, regla -> hilo.set(Thread.currentThread().getId())));
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - inicio);
        assertTrue(ms >= 350 && ms < 1200, "volvió en " + ms + " ms");
        assertEquals(Optional.of("Bucle sin fin"), e.ultimaRegla());
        // As documented: the worker keeps running (and costing CPU) until the loop ends or the JVM exits.
        long antes = CPU.getThreadCpuTime(hilo.get());
        Thread.sleep(500);
        assertTrue(CPU.getThreadCpuTime(hilo.get()) - antes > TimeUnit.MILLISECONDS.toNanos(20),
                "el bucle sigue corriendo");
        soltar = true;
    }

    @Test
    void unaRecursionSinFinNombraLaRegla() {
        String drl = CABECERA + TODO_NO_APLICA + """
                function int hondo( int n ) {
                    return hondo( n + 1 ) + 1;
                }
                rule "Recursión"
                when
                    $c : CriterioDeUnidad( codigo == "1.1" )
                then
                    hondo( 0 );
                end
                """;
        for (Motor motor : List.of(sinRevisar(drl), sinRevisar(drl).conPlazo(Duration.ofSeconds(30)))) {
            EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> motor.evaluar(RAPIDA));
            assertEquals("La regla «Recursión» agotó la pila (¿una recursión sin fin?).", e.getMessage());
            assertInstanceOf(StackOverflowError.class, e.getCause());
        }
    }

    @Test
    void agotarLaMemoriaNombraLaRegla() {
        String drl = CABECERA + TODO_NO_APLICA + """
                rule "Memoria"
                when
                    $c : CriterioDeUnidad( codigo == "1.1" )
                then
                    long[] enorme = new long[ Integer.MAX_VALUE ];
                    if ( enorme.length == 0 ) { insert( enorme ); }
                end
                """;
        for (Motor motor : List.of(sinRevisar(drl), sinRevisar(drl).conPlazo(Duration.ofSeconds(30)))) {
            EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> motor.evaluar(RAPIDA));
            assertEquals("La regla «Memoria» agotó la memoria.", e.getMessage());
            assertInstanceOf(OutOfMemoryError.class, e.getCause());
        }
    }

    @Test
    void unHiloYaInterrumpidoNoEvalua() {
        Motor motor = sinRevisar(CABECERA + TODO_NO_APLICA);
        for (Motor m : List.of(motor, motor.conPlazo(Duration.ofSeconds(5)))) {
            Thread.currentThread().interrupt();
            try {
                assertThrows(EvaluacionInterrumpidaException.class, () -> m.evaluar(RAPIDA));
                assertTrue(Thread.currentThread().isInterrupted(), "el estado de interrupción se conserva");
            } finally {
                Thread.interrupted();
            }
        }
        assertFalse(Thread.currentThread().isInterrupted());
    }

    /** The thread's CPU time stops growing shortly after the rules were halted (a firing may be in progress). */
    private static void assertCpuSeDetiene(long hilo) throws InterruptedException {
        assertTrue(CPU.isThreadCpuTimeSupported());
        long hasta = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long antes = CPU.getThreadCpuTime(hilo);
        while (true) {
            Thread.sleep(300);
            long ahora = CPU.getThreadCpuTime(hilo);
            if (ahora - antes < TimeUnit.MILLISECONDS.toNanos(20)) {
                return;
            }
            assertTrue(System.nanoTime() < hasta, "el hilo de las reglas sigue gastando CPU");
            antes = ahora;
        }
    }
}
