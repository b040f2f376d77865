package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LF, CR and CRLF all end a line, wherever the reads happen to split the input. */
class LectorDeLineasTest {

    private static List<String> lineas(String texto, boolean deAUnByte, long maximo) throws Exception {
        InputStream flujo = new ByteArrayInputStream(texto.getBytes(StandardCharsets.UTF_8));
        if (deAUnByte) {
            InputStream entero = flujo;
            flujo = new InputStream() {
                @Override
                public int read() throws java.io.IOException {
                    return entero.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    return entero.read(b, off, Math.min(len, 1));
                }
            };
        }
        Lote.LectorDeLineas lector = new Lote.LectorDeLineas(flujo, maximo);
        List<String> lineas = new ArrayList<>();
        for (byte[] l; (l = lector.siguiente()) != null; ) {
            lineas.add(lector.rechazo() == null ? new String(l, StandardCharsets.UTF_8) : "RECHAZADA");
        }
        assertNull(lector.siguiente());
        return lineas;
    }

    @Test
    void losTresFinesDeLineaSeparanLineas() throws Exception {
        for (boolean deAUnByte : List.of(false, true)) {
            assertEquals(List.of("a", "b", "c", "d"), lineas("a\rb\r\nc\nd", deAUnByte, 100));
            assertEquals(List.of("a", "", "b"), lineas("a\r\rb\r\n", deAUnByte, 100), "CR CR: una línea vacía entre ellas");
            assertEquals(List.of("a", "", "b"), lineas("a\n\r\nb\n", deAUnByte, 100));
            assertEquals(List.of(), lineas("", deAUnByte, 100));
        }
    }

    @Test
    void unaLineaLargaSeRechazaYLaSiguienteSeLee() throws Exception {
        assertEquals(List.of("RECHAZADA", "ok"), lineas("x".repeat(50) + "\r\nok\r\n", true, 10));
    }

    @Test
    void unaLineaQueNoTerminaDetieneLaLectura() throws Exception {
        assertEquals(List.of("RECHAZADA"), lineas("x".repeat(200) + "\nnunca", false, 10));
    }
}
