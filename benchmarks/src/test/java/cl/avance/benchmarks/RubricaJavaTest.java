package cl.avance.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline only means something if it does the same work: same grades, same recommendation codes. */
class RubricaJavaTest {

    @Test
    void laRubricaEnJavaDaLoMismoQueLasReglas() {
        Motor motor = Motor.porDefecto();
        for (long semilla = 1; semilla <= 20; semilla++) {
            Evaluacion e = Datos.evaluacion(50, semilla);
            assertEquals(resumen(motor.evaluar(e)), resumen(RubricaJava.evaluar(e)), "semilla " + semilla);
        }
    }

    @Test
    void lasReglasExtraCompilanYNoCambianNada() {
        assertEquals(36 + 100, Motor.con(cl.avance.motor.Metodologia.desdeTextos(extra())).nombresDeReglas().size());
    }

    private static java.util.Map<String, String> extra() {
        java.util.TreeMap<String, String> archivos = new java.util.TreeMap<>(cl.avance.motor.Metodologia.porDefecto().archivos());
        archivos.put("extra/extra.drl", CantidadDeReglas.extra(100));
        return archivos;
    }

    private static List<String> resumen(Resultado r) {
        List<String> lineas = new ArrayList<>();
        r.unidades().forEach(u -> u.criterios().values().forEach(c -> lineas.add(u.id() + " " + c.criterio() + " " + c.avance()
                + " " + c.recomendaciones().stream().map(RecomendacionEstandar::codigo).toList() + " "
                + c.discrepancia().map(d -> d.autoevaluacion().name()).orElse("-"))));
        lineas.add("servicio " + r.recomendacionesAlServicio().stream().map(RecomendacionEstandar::codigo).toList());
        return lineas;
    }
}
