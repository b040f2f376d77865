package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.descripcion;
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
            Thread.sleep(50);
        }
        seguir.set(false);
        for (Future<Integer> t : trabajos) {
            assertTrue(t.get(60, TimeUnit.SECONDS) >= 10);
        }
        hilos.shutdown();
        assertTrue(vistas.size() >= 3, "las evaluaciones vieron varios conjuntos de reglas: " + vistas.size());
    }
}
