package cl.avance.motor;

import cl.avance.modelo.Evaluacion;
import cl.avance.resultado.Resultado;

/**
 * What grades evaluations: {@link Motor} (rules compiled once) and, for rules that change while a program
 * runs, {@link MotorRecargable}, which grades each evaluation with the rules current when it starts. Code that
 * only grades should
 * depend on this type. Implementations are thread-safe.
 */
public interface Evaluador {

    /**
     * Grades every unit and criterion of {@code evaluacion}.
     *
     * @return the result; never null
     * @throws NullPointerException       naming {@code evaluacion}
     * @throws EvaluacionFallidaException when the rules cannot grade it; nothing partial is returned
     */
    Resultado evaluar(Evaluacion evaluacion);

    /** The methodology grading now: its catalogue is the one to read evaluations with. */
    Metodologia metodologia();
}
