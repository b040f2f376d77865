package cl.avance.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Usage mistakes in Spanish, with the command's synopsis; exit code 2. */
final class ErroresDeUso implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("avance: " + mensaje(ex));
        err.print(cl.getHelp().fullSynopsis());
        err.println("Más ayuda: " + cl.getCommandSpec().qualifiedName() + " --ayuda");
        return Codigos.ENTRADA;
    }

    /** A path Java cannot represent: usually an accented name decoded as ASCII under LC_ALL=C. */
    static String rutaNoValida(InvalidPathException e) {
        return rutaNoValida(e.getInput(), e.getReason());
    }

    private static String rutaNoValida(String ruta, String razon) {
        String codificacion = System.getProperty("sun.jnu.encoding", "");
        return "«" + ruta + "» no es una ruta válida" + (codificacion.equalsIgnoreCase("UTF-8") ? " (" + razon + ")"
                : ": Java leyó los argumentos con la codificación " + codificacion + " de la configuración regional"
                        + " actual, que no admite tildes ni eñes. Use ./avance, que elige una configuración UTF-8,"
                        + " o ejecute java con LC_ALL=C.UTF-8");
    }

    private static String mensaje(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException u) {
            String primero = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            return primero.startsWith("-") ? "opción desconocida «" + primero + "»"
                    : "argumento de más o comando desconocido «" + primero + "»";
        }
        if (ex instanceof MissingParameterException m) {
            return "falta " + m.getMissing().stream()
                    .map(a -> a.isOption() ? "la opción " + ((CommandLine.Model.OptionSpec) a).longestName()
                            : "el argumento " + a.paramLabel())
                    .reduce((a, b) -> a + " y " + b).orElse("un argumento");
        }
        String original = ex.getMessage() == null ? "" : ex.getMessage();
        if (original.contains(InvalidPathException.class.getName())) {
            // picocli keeps only the converter's message: "cannot convert '…' to … (InvalidPathException: …)"
            return rutaNoValida(ex.getValue(), "no se puede convertir en ruta");
        }
        if (original.startsWith("Invalid value for option")) {
            return "valor no válido para " + original.substring("Invalid value for option ".length())
                    .replace("expected one of", "se espera uno de").replace("(case-insensitive)", "")
                    .replace("but was", "y se recibió");
        }
        if (original.startsWith("Missing required parameter for option")) {
            return "la opción " + original.replaceAll(".*option '([^']+)'.*", "$1") + " necesita un valor";
        }
        return "uso incorrecto (" + original + ")";
    }
}
