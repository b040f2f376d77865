package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Evaluations of 14 units per second through one shared engine, and plain Java as a control; 1 or 2 threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Rendimiento {

    private Motor motor;
    private Evaluacion evaluacion;

    @Setup
    public void preparar() {
        motor = Motor.conReglasPorDefecto();
        evaluacion = Datos.evaluacion(14, 7);
    }

    @Benchmark
    public Resultado evaluar() {
        return motor.evaluar(evaluacion);
    }

    /** Control: how far this machine scales with threads on work that shares nothing. */
    @Benchmark
    public Resultado javaPlano() {
        return RubricaJava.evaluar(evaluacion);
    }
}
