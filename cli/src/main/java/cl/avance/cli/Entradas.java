package cl.avance.cli;

import cl.avance.entrada.Documento;
import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where evaluations come from: a file, or standard input when the name is {@code -}. Standard input and
 * other streams that are not regular files (a pipe, {@code /dev/fd/N}, {@code /dev/zero}) are read here
 * with the size cap, never more than the limit plus one byte; their notation is JSON when the first
 * character that is not blank is <code>{</code> or {@code [}, YAML otherwise (unless a {@code .json},
 * {@code .yaml} or {@code .yml} name says it).
 */
final class Entradas {

    static final String ENTRADA_ESTANDAR = "entrada estándar";

    private Entradas() {
    }

    static boolean esEntradaEstandar(Path archivo) {
        return archivo != null && archivo.toString().equals("-");
    }

    /**
     * One evaluation document from {@code archivo} ({@code -}: standard input), parsed but not yet validated: its
     * year chooses the methodology whose catalogue validates it.
     */
    static Documento leerDocumento(Path archivo, LimitesDeEntrada limites) throws EntradaInvalidaException {
        LectorEvaluacion lector = new LectorEvaluacion(limites);
        if (esEntradaEstandar(archivo)) {
            byte[] bytes = leerAcotado(System.in, limites.bytesMaximos(), ENTRADA_ESTANDAR);
            return lector.leerDocumento(bytes, detectar(bytes), ENTRADA_ESTANDAR);
        }
        noEsCarpeta(archivo);
        if (!Files.exists(archivo) || Files.isRegularFile(archivo) || Formato.porExtension(archivo).isPresent()) {
            return lector.leerDocumento(archivo);
        }
        String nombre = archivo.toString();
        byte[] bytes;
        try (InputStream flujo = Files.newInputStream(archivo)) {
            bytes = leerAcotado(flujo, limites.bytesMaximos(), nombre);
        } catch (IOException e) {
            throw invalida(nombre, "no se pudo leer (" + e.getMessage() + ")");
        }
        return lector.leerDocumento(bytes, detectar(bytes), nombre);
    }

    /** The lines of a batch: {@code archivo}, or standard input for {@code -}. */
    static InputStream abrirLote(Path archivo) throws IOException {
        if (esEntradaEstandar(archivo)) {
            return System.in;
        }
        noEsCarpeta(archivo);
        if (!Files.exists(archivo)) {
            throw new UsoIncorrecto("«" + archivo + "»: el archivo no existe");
        }
        return Files.newInputStream(archivo);
    }

    private static void noEsCarpeta(Path archivo) {
        if (Files.isDirectory(archivo)) {
            throw new UsoIncorrecto("«" + archivo + "» es una carpeta: indique un archivo");
        }
    }

    /** At most {@code maximo} bytes of {@code flujo}; one more is an error naming the limit. */
    static byte[] leerAcotado(InputStream flujo, long maximo, String nombre) throws EntradaInvalidaException {
        byte[] bytes;
        try {
            bytes = flujo.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximo + 1));
        } catch (IOException e) {
            throw invalida(nombre, "no se pudo leer (" + e.getMessage() + ")");
        }
        if (bytes.length > maximo) {
            throw invalida(nombre, "la entrada supera el máximo de " + maximo + " bytes (" + (maximo >> 20)
                    + " MiB); se dejó de leer al llegar al límite");
        }
        return bytes;
    }

    /** JSON when the document starts with an object or an array, YAML otherwise. */
    static Formato detectar(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i < bytes.length && (bytes[i] == '{' || bytes[i] == '[') ? Formato.JSON : Formato.YAML;
    }

    private static EntradaInvalidaException invalida(String nombre, String mensaje) {
        return new EntradaInvalidaException(nombre, List.of(ErrorDeEntrada.delDocumento(mensaje)));
    }
}
