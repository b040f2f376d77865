package cl.avance.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    /** A buffered UTF-8 writer on {@code salida}. */
    static Writer utf8(OutputStream salida) {
        return new BufferedWriter(new OutputStreamWriter(salida, StandardCharsets.UTF_8), 1 << 16);
    }

    /** What goes into a file: written to {@code destino}'s writer, it may return a summary of what it wrote. */
    @FunctionalInterface
    interface Contenido<T> {
        T escribir(Writer destino) throws IOException;
    }

    /** Writes {@code contenido} to {@code destino} whole (UTF-8), or leaves {@code destino} as it was. */
    static void escribir(Path destino, String contenido) {
        escribir(destino, w -> {
            w.write(contenido);
            return null;
        });
    }

    /**
     * Writes to a temporary file beside {@code destino} and moves it into place at the end, atomically
     * where the file system allows; on any failure the temporary file is removed and {@code destino} is
     * left as it was.
     */
    static <T> T escribir(Path destino, Contenido<T> contenido) {
        Path absoluto = destino.toAbsolutePath();
        Path temporal = null;
        try {
            Files.createDirectories(absoluto.getParent());
            temporal = Files.createTempFile(absoluto.getParent(), "." + absoluto.getFileName(), ".tmp");
            // Temporary files are private (rw-------); a report is an ordinary file others may read.
            try {
                Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its defaults apply.
            }
            T resumen;
            try (Writer w = utf8(Files.newOutputStream(temporal))) {
                resumen = contenido.escribir(w);
            }
            try {
                Files.move(temporal, absoluto, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporal, absoluto, StandardCopyOption.REPLACE_EXISTING);
            }
            return resumen;
        } catch (IOException e) {
            throw new UncheckedIOException("no se pudo escribir «" + destino + "»: " + causa(e), e);
        } finally {
            if (temporal != null) {
                try {
                    Files.deleteIfExists(temporal);
                } catch (IOException e) {
                    // Nothing more to do: the temporary file is hidden and named after the destination.
                }
            }
        }
    }
}
