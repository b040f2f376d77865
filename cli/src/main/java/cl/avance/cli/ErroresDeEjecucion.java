package cl.avance.cli;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.motor.SinMetodologiaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** What reaches the user when a command fails: a Spanish message and an exit code, never a stack trace. */
final class ErroresDeEjecucion implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        var err = cl.getErr();
        boolean depurar = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"))
                || parseResult.hasMatchedOption("--debug");
        if (ex instanceof EntradaInvalidaException e) {
            err.println(e.getMessage());
        } else if (ex instanceof ReglasInvalidasException e) {
            err.println(Pistas.describir(e));
        } else if (ex instanceof EvaluacionFallidaException e) {
            err.println("La evaluación se detuvo: " + e.getMessage());
        } else if (ex instanceof IllegalArgumentException || ex instanceof SinMetodologiaException
                || ex instanceof IllegalStateException
                || ex instanceof UncheckedIOException || ex instanceof IOException) {
            err.println("avance: " + ex.getMessage());
        } else {
            err.println("avance: error inesperado (" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "). Repita con --debug para ver el detalle.");
        }
        if (depurar) {
            ex.printStackTrace(err);
        }
        err.flush();
        return codigo(ex);
    }

    static int codigo(Exception ex) {
        if (ex instanceof ReglasInvalidasException || ex instanceof EvaluacionFallidaException) {
            return Codigos.REGLAS;
        }
        return Codigos.ENTRADA;
    }
}
