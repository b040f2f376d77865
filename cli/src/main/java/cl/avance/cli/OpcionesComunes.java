package cl.avance.cli;

import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.SinMetodologiaException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** Options every command that runs rules shares: which methodology, the deadline, and --debug. */
final class OpcionesComunes {

    @Option(names = "--metodologia", paramLabel = "CARPETA",
            description = "Una metodología (carpeta con metodologia.yaml, reglas y escenarios) o una carpeta con varias:"
                    + " cada evaluación se califica con la que rige su año. Por defecto, la metodología incluida.")
    Path metodologia;

    /** Replaced by --metodologia; kept so that old scripts get a clear message instead of "unknown option". */
    @Option(names = "--reglas", paramLabel = "CARPETA", hidden = true)
    Path reglas;

    @Option(names = "--plazo", paramLabel = "SEGUNDOS", defaultValue = PlazoDeEvaluacion.SEGUNDOS_POR_DEFECTO,
            description = "Tiempo máximo por evaluación, en segundos (por defecto: ${DEFAULT-VALUE}; 0: sin plazo). "
                    + "Si se cumple, el comando se detiene con código 3.")
    BigDecimal plazo;

    @Option(names = "--debug", description = "Ante un error, muestra también el detalle técnico.")
    boolean debug;

    /** The methodologies to grade with: the folder's, or the default one. */
    Metodologias metodologias() {
        if (reglas != null) {
            throw new UsoIncorrecto("--reglas fue reemplazada por --metodologia: las reglas ahora viven en una"
                    + " metodología (metodologia.yaml con el catálogo, las reglas .drl y sus escenarios). Cree una con"
                    + " «avance metodologia exportar CARPETA», copie en ella sus cambios y use --metodologia CARPETA.");
        }
        return metodologia == null ? Metodologias.porDefecto() : desdeCarpeta(metodologia);
    }

    /** The methodologies in {@code carpeta}; a missing folder, or one that is not a methodology, is usage: exit 2. */
    static Metodologias desdeCarpeta(Path carpeta) {
        try {
            return Metodologias.desdeCarpeta(carpeta);
        } catch (SinMetodologiaException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UsoIncorrecto(e.getMessage());
        }
    }

    /** The only methodology given; an error naming them when the folder holds several. */
    Metodologia unaMetodologia(Metodologias todas) {
        if (todas.todas().size() > 1) {
            throw new UsoIncorrecto("«" + metodologia + "» tiene " + todas.todas().size()
                    + " metodologías; indique una sola con --metodologia CARPETA");
        }
        return todas.todas().get(0);
    }

    /** The engines, with every methodology compiled now. */
    Motores motores() {
        Motores motores = new Motores(metodologias(), this::conPlazo);
        motores.compilarTodas();
        return motores;
    }

    /** The engine a background load produced, or the exception it threw, as if loaded on this thread. */
    static <T> T esperar(CompletableFuture<T> cargando) {
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

    /** The engine of the one methodology given, with the deadline of --plazo. */
    Motor motor() {
        Motores motores = new Motores(metodologias(), this::conPlazo);
        return motores.motor(unaMetodologia(motores.metodologias()));
    }

    /** {@code motor} with the deadline of --plazo. */
    Motor conPlazo(Motor motor) {
        return PlazoDeEvaluacion.aplicar(motor, plazo);
    }
}
