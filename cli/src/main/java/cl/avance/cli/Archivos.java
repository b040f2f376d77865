package cl.avance.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files whole or not at all: a crash never leaves half a report behind. */
final class Archivos {

    private Archivos() {
    }

    private static String causa(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "«" + e.getMessage() + "» ya existe y no es una carpeta";
        }
        if (e instanceof AccessDeniedException) {
            return "no hay permiso para escribir en «" + e.getMessage() + "»";
        }
        if (e instanceof NoSuchFileException) {
            return "no existe «" + e.getMessage() + "»";
        }
        return "error del sistema de archivos (" + e.getMessage() + ")";
    }

    static void escribir(Path destino, String contenido) {
        Path absoluto = destino.toAbsolutePath();
        Path carpeta = absoluto.getParent();
        try {
            Files.createDirectories(carpeta);
            Path temporal = Files.createTempFile(carpeta, "." + absoluto.getFileName(), ".tmp");
            try {
                Files.writeString(temporal, contenido, StandardCharsets.UTF_8);
                try {
                    Files.move(temporal, absoluto, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporal, absoluto, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo escribir «" + destino + "»: " + causa(e), e);
        }
    }
}
