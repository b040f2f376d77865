package cl.avance.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where reports go, written whole or not at all: a failure or a signal never leaves half a report, nor a
 * temporary file, behind.
 *
 * <ul>
 *   <li>A regular file (new or existing) is written to a hidden temporary file beside it, then moved
 *       into place atomically. A symbolic link is kept: the file it points to is replaced, atomically.
 *   <li>A device, a FIFO or an open descriptor ({@code /dev/null}, {@code /dev/stdout},
 *       {@code /proc/self/fd/N}) is written in place: moving a file over it would replace the device or
 *       cut the shell's redirection.
 *   <li>{@code -} is standard output; the callers handle it ({@link #esSalidaEstandar}).
 * </ul>
 * Every failed write is an {@link EscrituraFallida}.
 */
final class Archivos {

    /** Temporary files being written now; removed by {@link Terminacion} if a signal ends the process. */
    private static final Set<Path> TEMPORALES = ConcurrentHashMap.newKeySet();
    private static final int ENLACES_MAXIMOS = 40;

    private Archivos() {
    }

    /** Whether {@code salida} (null: not given) means standard output. */
    static boolean esSalidaEstandar(Path salida) {
        return salida == null || salida.toString().equals("-");
    }

    /** Refuses an output that is also the input: the report would replace the evaluation. */
    static void noEsLaEntrada(Path salida, Path entrada) {
        if (esSalidaEstandar(salida) || Entradas.esEntradaEstandar(entrada) || !Files.isRegularFile(salida)) {
            return;
        }
        try {
            if (Files.exists(entrada) && Files.isSameFile(salida, entrada)) {
                throw new UsoIncorrecto("--salida «" + salida + "» es el mismo archivo que la entrada «" + entrada
                        + "»: el informe la reemplazaría. Indique otro archivo.");
            }
        } catch (IOException e) {
            // Cannot tell: not the same file as far as we can see; the write itself reports real failures.
        }
    }

    /** A buffered UTF-8 writer on {@code salida}. */
    static Writer utf8(OutputStream salida) {
        return new BufferedWriter(new OutputStreamWriter(salida, StandardCharsets.UTF_8), 1 << 16);
    }

    /** What goes into a file: written to {@code destino}'s writer, it may return a summary of what it wrote. */
    @FunctionalInterface
    interface Contenido<T> {
        /** @throws IOException only for what the content itself reads, never for the write */
        T escribir(Writer destino) throws IOException;
    }

    /** Writes {@code contenido} to {@code destino} whole (UTF-8), or leaves {@code destino} as it was. */
    static void escribir(Path destino, String contenido) {
        try {
            escribir(destino, w -> {
                w.write(contenido);
                return null;
            });
        } catch (IOException e) {
            throw new IllegalStateException("writing a string reads nothing", e);
        }
    }

    /**
     * Writes {@code contenido} to {@code destino} as described in the class comment.
     *
     * @throws EscrituraFallida when the write fails; a regular {@code destino} is then left as it was
     * @throws UsoIncorrecto    when {@code destino} is a folder
     * @throws IOException      only what {@code contenido} threw while reading its own input
     */
    static <T> T escribir(Path destino, Contenido<T> contenido) throws IOException {
        String nombre = "«" + destino + "»";
        if (Files.isDirectory(destino)) {
            throw new UsoIncorrecto(nombre + " es una carpeta: indique un archivo para el informe");
        }
        return seEscribeEnSuLugar(destino) ? enSuLugar(destino, nombre, contenido)
                : entero(sinEnlaces(destino), nombre, contenido);
    }

    /** Removes the temporary files being written now (the process is about to end). */
    static void borrarTemporales() {
        TEMPORALES.forEach(Archivos::borrar);
    }

    private static <T> T enSuLugar(Path destino, String nombre, Contenido<T> contenido) throws IOException {
        OutputStream flujo;
        try {
            // APPEND: /dev/stdout opened again starts at offset 0; appending keeps what the shell's ">>" holds.
            flujo = Files.newOutputStream(destino, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
        try (Writer w = utf8(new FlujoVigilado(flujo, nombre))) {
            return contenido.escribir(w);
        }
    }

    private static <T> T entero(Path destino, String nombre, Contenido<T> contenido) throws IOException {
        String nota = Files.exists(destino) ? nombre + " quedó como estaba" : "no se creó " + nombre;
        try {
            return porTemporal(destino, nombre, contenido, temporalJunto(destino, nombre));
        } catch (EscrituraFallida e) {
            throw e.con(nota);
        }
    }

    /** Writes {@code temporal}, then moves it over {@code destino}; removes it whatever happens. */
    private static <T> T porTemporal(Path destino, String nombre, Contenido<T> contenido, Path temporal)
            throws IOException {
        try {
            OutputStream flujo;
            try {
                flujo = Files.newOutputStream(temporal, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new EscrituraFallida(nombre, e);
            }
            T resumen;
            try (Writer w = utf8(new FlujoVigilado(flujo, nombre))) {
                resumen = contenido.escribir(w);
            }
            mover(temporal, destino, nombre);
            return resumen;
        } finally {
            borrar(temporal);
        }
    }

    /** An empty hidden file beside {@code destino}, registered before it exists so a signal can remove it. */
    private static Path temporalJunto(Path destino, String nombre) {
        Path carpeta = destino.getParent();
        Path temporal = carpeta.resolve("." + destino.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8)
                + ".tmp");
        TEMPORALES.add(temporal);
        try {
            Files.createDirectories(carpeta);
            Files.createFile(temporal);
            try {
                // A report is an ordinary file others may read; an existing one keeps its permissions.
                Set<PosixFilePermission> permisos = Files.isRegularFile(destino) ? Files.getPosixFilePermissions(destino)
                        : PosixFilePermissions.fromString("rw-r--r--");
                Files.setPosixFilePermissions(temporal, permisos);
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its defaults apply.
            }
            return temporal;
        } catch (IOException e) {
            borrar(temporal);
            throw new EscrituraFallida(nombre, e);
        }
    }

    private static void mover(Path temporal, Path destino, String nombre) {
        try {
            try {
                Files.move(temporal, destino, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporal, destino, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
    }

    private static void borrar(Path temporal) {
        try {
            Files.deleteIfExists(temporal);
        } catch (IOException e) {
            // Nothing more to do: the temporary file is hidden and named after the destination.
        }
        TEMPORALES.remove(temporal);
    }

    /** A device, FIFO or socket (links followed), or an already open descriptor such as /dev/stdout. */
    private static boolean seEscribeEnSuLugar(Path destino) {
        if (Files.exists(destino) && !Files.isRegularFile(destino)) {
            return true;
        }
        Path p = destino.toAbsolutePath();
        for (int saltos = 0; saltos < ENLACES_MAXIMOS; saltos++) {
            if (esDescriptorAbierto(p)) {
                return true;
            }
            if (!Files.isSymbolicLink(p)) {
                return false;
            }
            p = siguienteEnlace(p, destino);
        }
        return false;
    }

    /** /proc/PID/fd/N, however it is reached (/dev/stdout, /dev/fd/1, /proc/self/fd/1). */
    private static boolean esDescriptorAbierto(Path p) {
        Path carpeta = p.getParent();
        try {
            return carpeta != null && carpeta.toRealPath().toString().matches("/proc/[^/]+/fd");
        } catch (IOException e) {
            return false;
        }
    }

    /** The path links lead to, dangling or not; the links themselves are kept. */
    private static Path sinEnlaces(Path destino) {
        Path p = destino.toAbsolutePath();
        for (int saltos = 0; Files.isSymbolicLink(p); saltos++) {
            if (saltos == ENLACES_MAXIMOS) {
                throw new UsoIncorrecto("«" + destino + "»: demasiados enlaces simbólicos encadenados");
            }
            p = siguienteEnlace(p, destino);
        }
        return p;
    }

    private static Path siguienteEnlace(Path enlace, Path destino) {
        try {
            return enlace.resolveSibling(Files.readSymbolicLink(enlace));
        } catch (IOException e) {
            throw new EscrituraFallida("«" + destino + "»", e);
        }
    }
}
