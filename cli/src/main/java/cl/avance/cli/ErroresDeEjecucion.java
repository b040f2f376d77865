package cl.avance.cli;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.motor.SinMetodologiaException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What reaches the user when a command fails: a Spanish message and an exit code, never a stack trace
 * (unless --debug). Only the failures listed here have a code of their own; anything else is a bug of
 * ours and exits 70, so a test that accepts "0 or 2" cannot pass with a bug inside.
 */
final class ErroresDeEjecucion implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        boolean depurar = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
        return informar(ex, cl.getErr(), depurar);
    }

    /** Prints the message for {@code ex} (and its stack trace when {@code depurar}); returns the exit code. */
    static int informar(Throwable lanzada, PrintWriter err, boolean depurar) {
        Throwable ex = escrituraFallidaEn(lanzada);
        int codigo = codigo(ex);
        err.println(mensaje(ex, codigo));
        if (depurar) {
            ex.printStackTrace(err);
        }
        err.flush();
        return codigo;
    }

    /** A failed write wrapped by a library (Jackson wraps it in an IOException) is still a failed write. */
    private static Throwable escrituraFallidaEn(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause()) {
            if (c instanceof EscrituraFallida) {
                return c;
            }
        }
        return ex;
    }

    static int codigo(Throwable ex) {
        if (ex instanceof EntradaInvalidaException || ex instanceof UsoIncorrecto || ex instanceof SinMetodologiaException
                || ex instanceof InvalidPathException
                || ex instanceof IOException || ex instanceof UncheckedIOException || ex instanceof OutOfMemoryError) {
            return Codigos.ENTRADA;
        }
        if (ex instanceof ReglasInvalidasException || ex instanceof EvaluacionFallidaException) {
            return Codigos.REGLAS;
        }
        if (ex instanceof EscrituraFallida) {
            return Codigos.ESCRITURA;
        }
        return Codigos.INTERNO;
    }

    private static String mensaje(Throwable ex, int codigo) {
        if (ex instanceof EntradaInvalidaException) {
            return ex.getMessage();
        }
        if (ex instanceof ReglasInvalidasException e) {
            return Pistas.describir(e);
        }
        if (ex instanceof EvaluacionFallidaException) {
            return "La evaluación se detuvo: " + ex.getMessage();
        }
        if (ex instanceof InvalidPathException e) {
            return "avance: " + ErroresDeUso.rutaNoValida(e);
        }
        if (ex instanceof OutOfMemoryError) {
            return "avance: " + Memoria.agotada("la entrada");
        }
        if (codigo != Codigos.INTERNO) {
            return "avance: " + ex.getMessage();
        }
        return "avance: error interno (" + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""))
                + "); es un defecto de Avance: repita con --debug y envíe el detalle.";
    }
}
