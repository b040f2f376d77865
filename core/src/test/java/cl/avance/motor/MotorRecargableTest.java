package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.descripcion;

import cl.avance.MetodologiaDePrueba;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.Resultado;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotorRecargableTest {

    /** A rule set that gives every criterion {@code avance}. */
    private static String todo(Avance avance) {
        return "package prueba\nimport cl.avance.hechos.*\nimport cl.avance.modelo.Avance\n"
                + "rule \"Todo " + avance + "\"\nwhen\n  $c : CriterioDeUnidad()\nthen\n"
                + "  insert( new Calificacion( $c, Avance." + avance + " ) );\nend\n";
    }

    private static final Evaluacion EVALUACION = new Evaluacion("S", null, 2007, List.of(
            new Unidad("a", "A", Map.of()), new Unidad("b", "B", Map.of()), new Unidad("c", "C", Map.of())));

    @Test
    void recargarMientrasSeEvaluaNuncaFallaNiMezclaReglas(@TempDir Path dir) throws Exception {
        Path archivo = dir.resolve("prueba/reglas.drl");
        Files.createDirectories(archivo.getParent());
        Files.writeString(archivo, todo(Avance.NO_APLICA));
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), descripcion());
        MotorRecargable motor = MotorRecargable.desdeCarpeta(dir);
        List<String> recargadas = new CopyOnWriteArrayList<>();
        List<List<ProblemaDeRegla>> rechazos = new CopyOnWriteArrayList<>();
        motor.escuchar(new EscuchaDeRecarga() {
            @Override
            public void recargada(Metodologia metodologia) {
                recargadas.add(metodologia.huella());
            }

            @Override
            public void rechazada(String origen, List<ProblemaDeRegla> motivos) {
                rechazos.add(motivos);
            }
        });
        Map<String, Avance> porHuella = new ConcurrentHashMap<>();
        porHuella.put(motor.actual().metodologia().huella(), Avance.NO_APLICA);

        AtomicBoolean seguir = new AtomicBoolean(true);
        ExecutorService hilos = Executors.newFixedThreadPool(3);
        List<Future<Integer>> trabajos = new ArrayList<>();
        Set<String> vistas = ConcurrentHashMap.newKeySet();
        for (int h = 0; h < 3; h++) {
            trabajos.add(hilos.submit(() -> {
                int n = 0;
                while (seguir.get() || n < 10) {
                    Resultado r = motor.actual().evaluar(EVALUACION);
                    Avance esperado = porHuella.get(r.reglas().huella());
                    vistas.add(r.reglas().huella());
                    r.unidades().forEach(u -> u.criterios().values()
                            .forEach(c -> assertEquals(esperado, c.avance(), "un solo conjunto de reglas por evaluación")));
                    n++;
                }
                return n;
            }));
        }
        Avance[] ciclo = {Avance.SIN_INFORMACION, Avance.AVANCE_MENOR, Avance.NO_APLICA};
        for (int vuelta = 0; vuelta < 6; vuelta++) {
            Avance siguiente = ciclo[vuelta % ciclo.length];
            Files.writeString(archivo, todo(siguiente));
            String huella = Metodologia.desdeCarpeta(dir).huella();
            porHuella.put(huella, siguiente);
            assertEquals(huella, motor.recargar().metodologia().huella());
            Thread.sleep(50);

            // A broken edit: reload fails, says why, and the rules in use stay.
            Files.writeString(archivo, todo(siguiente).replace("then", "thn"));
            ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, motor::recargar);
            assertTrue(e.problemas().get(0).archivo().equals("prueba/reglas.drl"), e.getMessage());
            assertEquals(huella, motor.actual().metodologia().huella());
            assertEquals(e.problemas(), rechazos.get(rechazos.size() - 1), "la escucha recibe los mismos motivos");
            Thread.sleep(50);

            // An edit that compiles but leaves every criterion that applies without a grade: refused too.
            Files.writeString(archivo, todo(siguiente).replace("CriterioDeUnidad()", "CriterioDeUnidad( aplica == false )"));
            e = assertThrows(ReglasInvalidasException.class, motor::recargar);
            assertTrue(e.getMessage().contains("1.1 con TERRITORIO_DEFINIDO cumplido, PROBLEMA_COMUN cumplido,"), e.getMessage());
            assertTrue(e.problemas().stream().allMatch(p -> p.mensaje().endsWith(": ninguna regla le da un avance")
                    || p.mensaje().contains("estados más sin un único avance")), e.getMessage());
            assertEquals(e.problemas(), rechazos.get(rechazos.size() - 1));
            assertEquals(huella, motor.actual().metodologia().huella());
            Thread.sleep(50);
        }
        assertEquals(6, recargadas.size());
        assertEquals(12, rechazos.size());
        seguir.set(false);
        for (Future<Integer> t : trabajos) {
            assertTrue(t.get(60, TimeUnit.SECONDS) >= 10);
        }
        hilos.shutdown();
        assertTrue(vistas.size() >= 3, "las evaluaciones vieron varios conjuntos de reglas: " + vistas.size());
    }

    private static final String ESCENARIO_NO_APLICA = "escenarios:\n"
            + "  - nombre: Todo queda No aplica\n"
            + "    unidad:\n"
            + "      \"1.1\":\n"
            + "        indicadores: {TERRITORIO_DEFINIDO: true}\n"
            + "    esperado:\n"
            + "      \"1.1\":\n"
            + "        avance: NO_APLICA\n";

    @Test
    void unaMetodologiaQueNoPasaSusEscenariosSeRechazaConElMotivo(@TempDir Path dir) throws Exception {
        Path archivo = dir.resolve("prueba/reglas.drl");
        Files.createDirectories(archivo.getParent());
        Files.createDirectories(dir.resolve("escenarios"));
        Files.writeString(archivo, todo(Avance.NO_APLICA));
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), descripcion());
        Files.writeString(dir.resolve("escenarios/todo.yaml"), ESCENARIO_NO_APLICA);
        MotorRecargable motor = MotorRecargable.desdeCarpeta(dir);
        String antes = motor.actual().metodologia().huella();
        List<String> origenes = new CopyOnWriteArrayList<>();
        List<ProblemaDeRegla> motivos = new CopyOnWriteArrayList<>();
        motor.escuchar(new EscuchaDeRecarga() {
            @Override
            public void rechazada(String origen, List<ProblemaDeRegla> m) {
                origenes.add(origen);
                motivos.addAll(m);
            }
        });

        // Complete, compiles, but gives AVANCE_MENOR where the methodology's own scenario expects NO_APLICA.
        Files.writeString(archivo, todo(Avance.AVANCE_MENOR));
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, motor::recargar);
        assertEquals(antes, motor.actual().metodologia().huella());
        assertEquals(List.of(motor.actual().metodologia().origen()), origenes);
        assertEquals(1, motivos.size(), motivos.toString());
        assertEquals("escenarios/todo.yaml", motivos.get(0).archivo());
        assertTrue(motivos.get(0).mensaje().startsWith("el escenario «Todo queda No aplica» no pasa: 1.1: se esperaba avance"
                + " NO_APLICA y resultó AVANCE_MENOR"), motivos.get(0).mensaje());
        assertEquals(motivos, e.problemas());

        // Fixing the scenario makes the same rules acceptable.
        Files.writeString(dir.resolve("escenarios/todo.yaml"), ESCENARIO_NO_APLICA.replace("NO_APLICA", "AVANCE_MENOR"));
        assertEquals(Avance.AVANCE_MENOR, motor.recargar().evaluar(EVALUACION).unidades().get(0)
                .criterios().values().iterator().next().avance());
    }

    @Test
    void unaCarpetaIlegibleSeRechazaYSeAvisa(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("prueba"));
        Files.writeString(dir.resolve("prueba/reglas.drl"), todo(Avance.NO_APLICA));
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), descripcion());
        MotorRecargable motor = MotorRecargable.desdeCarpeta(dir);
        List<String> origenes = new CopyOnWriteArrayList<>();
        motor.escuchar(new EscuchaDeRecarga() {
            @Override
            public void rechazada(String origen, List<ProblemaDeRegla> motivos) {
                origenes.add(origen + ": " + motivos.get(0).mensaje());
            }
        });
        Files.delete(dir.resolve(Metodologia.DESCRIPCION));
        assertThrows(IllegalArgumentException.class, motor::recargar);
        assertEquals(1, origenes.size());
        assertTrue(origenes.get(0).startsWith("la carpeta " + dir + ": no se pudo leer la metodología: «" + dir
                + "» no es una metodología: falta metodologia.yaml"), origenes.get(0));
    }

    /** A source that hands out methodologies in order, each reload blocking until the test lets it read. */
    @Test
    void unaRecargaAnteriorQueTerminaDespuesNoPisaALaMasNueva() throws Exception {
        java.util.concurrent.BlockingQueue<Avance> siguientes = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CountDownLatch primeraLeyendo = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch soltarPrimera = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger lecturas = new java.util.concurrent.atomic.AtomicInteger();
        MotorRecargable motor = new MotorRecargable(() -> {
            int n = lecturas.getAndIncrement();
            Avance avance = n == 0 ? Avance.NO_APLICA : siguientes.poll();
            if (n == 1) {
                // The first reload reads its (older) methodology, then is slow to compile it.
                primeraLeyendo.countDown();
                try {
                    soltarPrimera.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return MetodologiaDePrueba.conReglas(Map.of("prueba/reglas.drl", todo(avance)));
        });
        siguientes.add(Avance.AVANCE_MENOR);
        siguientes.add(Avance.AVANCE_MAYOR);
        ExecutorService hilo = Executors.newSingleThreadExecutor();
        Future<Motor> vieja = hilo.submit(motor::recargar);
        assertTrue(primeraLeyendo.await(30, TimeUnit.SECONDS));
        Motor nueva = motor.recargar();
        assertEquals(Avance.AVANCE_MAYOR, avanceDe(nueva));
        soltarPrimera.countDown();
        Motor devuelta = vieja.get(60, TimeUnit.SECONDS);
        hilo.shutdown();
        assertEquals(Avance.AVANCE_MAYOR, avanceDe(motor.actual()), "la recarga más nueva queda instalada");
        assertTrue(devuelta == nueva, "la recarga vieja devuelve el motor vigente, no el suyo");
    }

    @Test
    void variasRecargasALaVezTerminanConLaUltimaQueEmpezo(@TempDir Path temporal) throws Exception {
        Path dir = temporal.resolve("metodologia");
        Path archivo = dir.resolve("prueba/reglas.drl");
        Path borrador = temporal.resolve("borrador.drl");
        Files.createDirectories(archivo.getParent());
        Files.writeString(dir.resolve(Metodologia.DESCRIPCION), descripcion());
        Files.writeString(archivo, todo(Avance.NO_APLICA));
        MotorRecargable motor = MotorRecargable.desdeCarpeta(dir);
        Avance[] ciclo = {Avance.SIN_INFORMACION, Avance.AVANCE_MENOR, Avance.AVANCE_MAYOR, Avance.SIN_AVANCE};
        ExecutorService hilos = Executors.newFixedThreadPool(3);
        for (int vuelta = 0; vuelta < 8; vuelta++) {
            // Three overlapping reloads of the same folder, then the folder changes and a last one starts.
            List<Future<Motor>> recargas = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                recargas.add(hilos.submit(motor::recargar));
            }
            Avance ultimo = ciclo[vuelta % ciclo.length];
            // Replaced whole, as an editor saving atomically does: a reload never reads half a file.
            Files.writeString(borrador, todo(ultimo));
            Files.move(borrador, archivo, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Motor ultima = motor.recargar();
            for (Future<Motor> r : recargas) {
                r.get(60, TimeUnit.SECONDS);
            }
            assertEquals(ultimo, avanceDe(ultima));
            assertEquals(ultimo, avanceDe(motor.actual()), "vuelta " + vuelta + ": quedó instalada una recarga más vieja");
        }
        hilos.shutdown();
    }

    private static Avance avanceDe(Motor motor) {
        return motor.evaluar(EVALUACION).unidades().get(0).criterios().values().iterator().next().avance();
    }
}
