package cl.avance.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/**
 * A write to standard output or to a file failed: the command stops with exit code 4. Unchecked on
 * purpose: thrown through a {@link java.io.PrintWriter}, which would swallow an {@link IOException}.
 */
final class EscrituraFallida extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EscrituraFallida(String destino, IOException causa) {
        super("no se pudo escribir en " + destino + ": " + motivo(causa), causa);
    }

    private EscrituraFallida(String mensaje, EscrituraFallida causa) {
        super(mensaje, causa.getCause());
    }

    /** The same failure, with {@code nota} added to its message. */
    EscrituraFallida con(String nota) {
        return new EscrituraFallida(getMessage() + "; " + nota, this);
    }

    private static String motivo(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof FileAlreadyExistsException) {
            return "«" + m + "» ya existe y no es una carpeta";
        }
        if (e instanceof AccessDeniedException) {
            return "no hay permiso para escribir en «" + m + "»";
        }
        if (e instanceof NoSuchFileException) {
            return "no existe «" + m + "»";
        }
        if (m.contains("Broken pipe")) {
            return "el programa que recibía la salida la cerró";
        }
        if (m.contains("No space left")) {
            return "el disco está lleno";
        }
        if (m.contains("File too large")) {
            return "se alcanzó el tamaño máximo de archivo permitido (ulimit -f)";
        }
        if (m.contains("quota")) {
            return "se agotó la cuota de disco";
        }
        return "error del sistema (" + (m.isEmpty() ? e.getClass().getSimpleName() : m) + ")";
    }
}
