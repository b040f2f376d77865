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
import java.nio.file.attribute.PosixFilePermissions;

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

    /** A new temporary file in the folder of {@code destino}, so that moving it into place is atomic. */
    static Path temporalJunto(Path destino) {
        Path absoluto = destino.toAbsolutePath();
        try {
            Files.createDirectories(absoluto.getParent());
            Path temporal = Files.createTempFile(absoluto.getParent(), "." + absoluto.getFileName(), ".tmp");
            // Temporary files are private (rw-------); a report is an ordinary file others may read.
            try {
                Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its defaults apply.
            }
            return temporal;
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo escribir «" + destino + "»: " + causa(e), e);
        }
    }

    /** Moves a finished temporary file into place, atomically where the file system allows. */
    static void mover(Path temporal, Path destino) {
        try {
            try {
                Files.move(temporal, destino.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporal, destino.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo escribir «" + destino + "»: " + causa(e), e);
        }
    }

    static void escribir(Path destino, String contenido) {
        Path temporal = temporalJunto(destino);
        try {
            Files.writeString(temporal, contenido, StandardCharsets.UTF_8);
            mover(temporal, destino);
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo escribir «" + destino + "»: " + causa(e), e);
        } finally {
            try {
                Files.deleteIfExists(temporal);
            } catch (IOException e) {
                // Nothing more to do: the temporary file is hidden and named after the destination.
            }
        }
    }
}
