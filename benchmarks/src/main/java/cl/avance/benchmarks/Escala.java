package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
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

/** One evaluation of 14, 1,000 or 100,000 units, in one session (cross-unit rules need all units). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Escala {

    @Param({"14", "1000", "100000"})
    public int unidades;

    private Motor motor;
    private Evaluacion evaluacion;

    @Setup
    public void preparar() {
        motor = Motor.porDefecto();
        evaluacion = Datos.evaluacion(unidades, 11);
    }

    @Benchmark
    public Resultado evaluar() {
        return motor.evaluar(evaluacion);
    }
}
