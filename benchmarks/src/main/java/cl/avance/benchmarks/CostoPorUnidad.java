package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.motor.Reglas;
import cl.avance.resultado.Resultado;
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

    @Param({"14", "1000"})
    public int unidades;

    private Motor motor;
    private Motor motorCompilado;
    private Evaluacion evaluacion;

    @Setup
    public void preparar() {
        motor = Motor.conReglasPorDefecto();
        motorCompilado = Motor.con(Reglas.porDefecto());
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

    @Benchmark
    public Resultado javaPlano() {
        return RubricaJava.evaluar(evaluacion);
    }
}
