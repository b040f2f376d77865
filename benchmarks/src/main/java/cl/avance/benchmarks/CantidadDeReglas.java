package cl.avance.benchmarks;

import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The default rules compiled from source (as rules from a folder are) plus 0, 100 or 1,000 extra rules
 * that look at the same facts but never fire, as a larger methodology would add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CantidadDeReglas {

    @Param({"0", "100", "1000"})
    public int reglasExtra;

    private Motor motor;
    private Evaluacion evaluacion;

    @Setup
    public void preparar() {
        TreeMap<String, String> archivos = new TreeMap<>(Metodologia.porDefecto().archivos());
        if (reglasExtra > 0) {
            archivos.put("extra/extra.drl", extra(reglasExtra));
        }
        motor = Motor.con(Metodologia.desdeTextos(archivos));
        evaluacion = Datos.evaluacion(14, 42);
    }

    @Benchmark
    public Resultado evaluar() {
        return motor.evaluar(evaluacion);
    }

    static String extra(int cantidad) {
        StringBuilder drl = new StringBuilder("package cl.avance.reglas.extra\nimport cl.avance.hechos.*\n"
                + "import cl.avance.modelo.Avance\n");
        for (int i = 0; i < cantidad; i++) {
            drl.append("rule \"Regla adicional ").append(i).append("\"\nwhen\n    $c : CriterioDeUnidad( codigo == \"1.1\", unidad == \"ninguna-")
                    .append(i).append("\" )\n    Brecha( criterio == $c )\nthen\n")
                    .append("    insert( new Calificacion( $c, Avance.NO_APLICA ) );\nend\n");
        }
        return drl.toString();
    }
}
