package cl.avance.cli;

import cl.avance.motor.Motor;
import cl.avance.motor.Reglas;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** Options every command that runs rules shares: where the rules are, the deadline, and --debug. */
final class OpcionesComunes {

    @Option(names = "--reglas", paramLabel = "CARPETA",
            description = "Carpeta con los archivos .drl a usar en lugar de las reglas por defecto.")
    Path reglas;

    @Option(names = "--plazo", paramLabel = "SEGUNDOS", defaultValue = PlazoDeEvaluacion.SEGUNDOS_POR_DEFECTO,
            description = "Tiempo máximo por evaluación, en segundos (por defecto: ${DEFAULT-VALUE}; 0: sin plazo). "
                    + "Si se cumple, el comando se detiene con código 3.")
    BigDecimal plazo;

    @Option(names = "--debug", description = "Ante un error, muestra también el detalle técnico.")
    boolean debug;

    @Option(names = {"-h", "--ayuda"}, usageHelp = true, description = "Muestra esta ayuda.")
    boolean ayuda;

    Reglas reglas() {
        return reglas == null ? Reglas.porDefecto() : Reglas.desdeCarpeta(reglas);
    }

    /** The engine a background load produced, or the exception it threw, as if loaded on this thread. */
    static Motor esperar(CompletableFuture<Motor> cargando) {
        try {
            return cargando.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The default rules come prebuilt; a folder's rules are compiled now. With the deadline of --plazo. */
    Motor motor() {
        return PlazoDeEvaluacion.aplicar(reglas == null ? Motor.conReglasPorDefecto() : Motor.con(reglas()), plazo);
    }
}
