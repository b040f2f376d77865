package cl.avance.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams, UTF-8 whatever the locale. The CLI keeps its own handle on the real
 * standard output, and every write to it that fails throws {@link EscrituraFallida}. {@code System.out}
 * is sent to standard error: what a rule prints can never mix with results.
 */
record Consola(PrintWriter salida, PrintWriter errores) {

    static Consola delProceso() {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setErr(err);
        System.setOut(err);
        PrintWriter salida = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FlujoVigilado(new FileOutputStream(FileDescriptor.out), "la salida estándar"),
                StandardCharsets.UTF_8), 1 << 16));
        return new Consola(salida, new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }
}
