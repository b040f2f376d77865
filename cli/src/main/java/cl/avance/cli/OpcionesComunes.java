package cl.avance.cli;

import cl.avance.motor.Motor;
import cl.avance.motor.Reglas;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** Options every command that runs rules shares: where the rules are, and --debug. */
final class OpcionesComunes {

    @Option(names = "--reglas", paramLabel = "CARPETA",
            description = "Carpeta con los archivos .drl a usar en lugar de las reglas por defecto.")
    Path reglas;

    @Option(names = "--debug", description = "Ante un error, muestra también el detalle técnico.")
    boolean debug;

    Reglas reglas() {
        if (reglas == null) {
            return Reglas.porDefecto();
        }
        try {
            return Reglas.desdeCarpeta(reglas);
        } catch (IllegalArgumentException e) {
            throw new UsoIncorrecto(e.getMessage()); // a missing folder or a file that is not a rule: usage, exit 2
        }
    }

    /** The engine a background load produced, or the exception it threw, as if loaded on this thread. */
    static Motor esperar(CompletableFuture<Motor> cargando) {
        try {
            return cargando.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r; // OutOfMemoryError while loading: reported as memory, not as a bug
            }
            throw e;
        }
    }

    /** The default rules come prebuilt; a folder's rules are compiled now. */
    Motor motor() {
        return reglas == null ? Motor.conReglasPorDefecto() : Motor.con(reglas());
    }
}
