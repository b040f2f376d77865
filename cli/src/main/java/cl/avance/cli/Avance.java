package cl.avance.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code avance} command: grade evaluations, check and test rules, export the default rules. */
@Command(name = "avance",
        description = "Califica el Sistema de Gestión Territorial con reglas explícitas y editables.",
        subcommands = {Evaluar.class, Importar.class, Validar.class, Probar.class, ComandoMetodologia.class, ComandoReglas.class},
        synopsisHeading = "Uso: ", synopsisSubcommandLabel = "COMANDO", commandListHeading = "%nComandos:%n", optionListHeading = "%nOpciones:%n",
        footerHeading = "%n", footer = {"Códigos de salida: 0 bien, 1 escenarios fallidos, 2 entrada o uso incorrecto,"
                + " 3 problemas en las reglas.", "Ayuda de un comando: avance COMANDO --ayuda"})
public final class Avance implements Runnable {

    @Option(names = {"-h", "--ayuda"}, usageHelp = true, description = "Muestra esta ayuda.")
    boolean ayuda;

    @Option(names = "--version", versionHelp = true, description = "Muestra la versión.")
    boolean version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(ejecutar(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams and returns the exit code, without exiting. */
    static int ejecutar(String[] args, PrintWriter salida, PrintWriter errores) {
        CommandLine cl = new CommandLine(new Avance())
                .setOut(salida)
                .setErr(errores)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new ErroresDeUso())
                .setExecutionExceptionHandler(new ErroresDeEjecucion())
                .setUsageHelpLongOptionsMaxWidth(28);
        cl.getCommandSpec().version("avance " + version());
        return cl.execute(args);
    }

    private static String version() {
        String v = Avance.class.getPackage().getImplementationVersion();
        return v == null ? "(desarrollo)" : v;
    }
}
