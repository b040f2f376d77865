package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The engine with the default rules and the plain-Java rubric, side by side on the same evaluations. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CostoPorUnidad {

    static final String UNA_REGLA = """
            package cl.avance.reglas.una
            import cl.avance.hechos.CriterioDeUnidad
            import cl.avance.hechos.Calificacion
            import cl.avance.modelo.Avance
            rule "Todo criterio queda No aplica"
            when
                $criterio : CriterioDeUnidad()
            then
                insert( new Calificacion( $criterio, Avance.NO_APLICA ) );
            end
            """;

    @Param({"14", "1000"})
    public int unidades;

    private Motor motor;
    private Motor motorCompilado;
    private Motor motorUnaRegla;
    private Evaluacion evaluacion;

    @Setup
    public void preparar() {
        motor = Motor.porDefecto();
        motorCompilado = Motor.con(Metodologia.porDefecto());
        motorUnaRegla = Motor.con(Datos.conReglas(Map.of("cl/avance/reglas/una/una.drl", UNA_REGLA)));
        evaluacion = Datos.evaluacion(unidades, 42);
    }

    /** The default rules as shipped: prebuilt executable model. */
    @Benchmark
    public Resultado motor() {
        return motor.evaluar(evaluacion);
    }

    /** The same rules compiled from their sources at start (classic engine), as rules from a folder are. */
    @Benchmark
    public Resultado motorCompilado() {
        return motorCompilado.evaluar(evaluacion);
    }

    /**
     * The engine's fixed cost: one rule that grades every criterion with a single firing (4 per unit, against
     * about 21 for the default rules), through the same session, listeners and result assembly.
     */
    @Benchmark
    public Resultado motorUnaRegla() {
        return motorUnaRegla.evaluar(evaluacion);
    }

    @Benchmark
    public Resultado javaPlano() {
        return RubricaJava.evaluar(evaluacion);
    }
}
