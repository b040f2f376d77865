package cl.avance.motor;

import static cl.avance.MetodologiaDePrueba.criterio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Avance;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Code that only grades depends on {@link Evaluador}: an engine and a reloadable engine serve it alike. */
class EvaluadorTest {

    private static final Evaluacion EVALUACION = new Evaluacion("S", null, 2007, List.of(new Unidad("a", "A",
            Map.of(criterio("1.3"), CriterioInformado.noAplicable(criterio("1.3"), "no corresponde")))));

    private static Avance calificar(Evaluador evaluador) {
        return evaluador.evaluar(EVALUACION).unidades().get(0).criterio("1.3").avance();
    }

    @Test
    void unMotorYUnMotorRecargableCalificanIgualComoEvaluadores() {
        Metodologia metodologia = MetodologiaDePrueba.metodologia();
        Evaluador motor = Motor.con(metodologia);
        Evaluador recargable = new MotorRecargable(() -> metodologia);
        assertEquals(Avance.NO_APLICA, calificar(motor));
        assertEquals(calificar(motor), calificar(recargable));
        assertSame(metodologia, recargable.metodologia());
        assertEquals(metodologia.huella(), recargable.evaluar(EVALUACION).reglas().huella());
    }
}
