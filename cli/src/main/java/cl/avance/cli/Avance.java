package cl.avance.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code avance} command: grade evaluations, check and test rules, export the default rules. */
@Command(name = "avance",
        description = "Califica el Sistema de Gestión Territorial con reglas explícitas y editables.",
        subcommands = {Evaluar.class, Importar.class, Validar.class, Probar.class, Comparar.class, ComandoMetodologia.class,
                ComandoReglas.class},
        synopsisHeading = "Uso: ", synopsisSubcommandLabel = "COMANDO", commandListHeading = "%nComandos:%n", optionListHeading = "%nOpciones:%n",
        footerHeading = "%nCódigos de salida:%n", footer = {
                "  0    hecho: todos los resultados escritos",
                "  1    hubo escenarios fallidos (probar)",
                "  2    uso o entrada incorrectos: archivo mal escrito, límite alcanzado",
                "  3    reglas: no compilan, se detuvieron, intentaron terminar el programa",
                "       o agotaron la memoria",
                "  4    no se pudo escribir (en la salida estándar o en un archivo)",
                "  130  interrumpido con Ctrl-C (SIGINT), 143 con SIGTERM; se borran",
                "       los archivos temporales",
                "  70   error interno, un defecto de Avance: repita con --debug",
                "Detalle en docs/fiabilidad.md. Ayuda de un comando: avance COMANDO --ayuda"})
public final class Avance implements Runnable {

    // INHERIT: every command and subcommand accepts them (avance evaluar --help, avance reglas exportar -V).
    @Option(names = {"-h", "--ayuda", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "Muestra esta ayuda.")
    boolean ayuda;

    @Option(names = {"-V", "--version"}, versionHelp = true, scope = ScopeType.INHERIT,
            description = "Muestra la versión.")
    boolean version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        Consola consola = Consola.delProceso();
        // A helper thread's failure reaches the user through the command (its message and exit code); the JVM's
        // default handler would print a stack trace, and when memory is exhausted even that fails loudly.
        Thread.setDefaultUncaughtExceptionHandler((hilo, error) -> { });
        Terminacion.vigilar();
        Terminacion.terminar(ejecutar(args, consola.salida(), consola.errores()));
    }

    /**
     * Runs the command line with the given streams and returns the exit code, without exiting. Like
     * coreutils' close_stdout, the output is flushed and checked at the end: exit 4 if it failed.
     */
    static int ejecutar(String[] args, PrintWriter salida, PrintWriter errores) {
        int codigo;
        try {
            codigo = linea(salida, errores).execute(args);
            if (codigo != Codigos.ESCRITURA) {
                salida.flush();
                if (salida.checkError()) {
                    throw new EscrituraFallida("la salida estándar", new java.io.IOException("la escritura falló"));
                }
            }
        } catch (RuntimeException | Error e) {
            // What picocli does not hand to ErroresDeEjecucion: a failed write while printing help or
            // flushing at the end, and Errors (OutOfMemoryError: exit 2; others: 70).
            codigo = ErroresDeEjecucion.informar(e, errores, List.of(args).contains("--debug"));
        }
        return codigo;
    }

    private static CommandLine linea(PrintWriter salida, PrintWriter errores) {
        CommandLine cl = new CommandLine(new Avance())
                .setOut(salida)
                .setErr(errores)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new ErroresDeUso())
                .setExecutionExceptionHandler(new ErroresDeEjecucion())
                // Help and version are printed inside the strategy; picocli would show a failed write there
                // as a stack trace with exit 1.
                .setExecutionStrategy(resultado -> {
                    try {
                        return new CommandLine.RunLast().execute(resultado);
                    } catch (EscrituraFallida e) {
                        return ErroresDeEjecucion.informar(e, errores, false);
                    }
                })
                .setUsageHelpLongOptionsMaxWidth(28);
        conVersion(cl, "avance " + version());
        return cl;
    }

    private static void conVersion(CommandLine cl, String version) {
        cl.getCommandSpec().version(version);
        cl.getSubcommands().values().forEach(sub -> conVersion(sub, version));
    }

    private static String version() {
        String v = Avance.class.getPackage().getImplementationVersion();
        return v == null ? "(desarrollo)" : v;
    }
}
