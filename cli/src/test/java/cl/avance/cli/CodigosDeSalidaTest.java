package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.motor.EvaluacionFallidaException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.InvalidPathException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only known failures have a code of their own; anything else is a bug of ours: 70. */
class CodigosDeSalidaTest {

    private static String informar(Throwable t, int esperado) {
        StringWriter err = new StringWriter();
        assertEquals(esperado, ErroresDeEjecucion.informar(t, new PrintWriter(err, true), false), t.toString());
        return err.toString();
    }

    @Test
    void cadaFallaConocidaTieneSuCodigo() {
        informar(new EntradaInvalidaException("e.json", List.of(ErrorDeEntrada.delDocumento("mal"))), 2);
        informar(new UsoIncorrecto("mal"), 2);
        informar(new InvalidPathException("a\0b", "Nul character not allowed"), 2);
        informar(new OutOfMemoryError("Java heap space"), 2);
        informar(new EvaluacionFallidaException("sin fin"), 3);
        informar(new EscrituraFallida("la salida estándar", new IOException("Broken pipe")), 4);
        // Jackson wraps a failed write in an IOException of its own: still a failed write.
        informar(new IOException("envoltorio", new EscrituraFallida("«x»", new IOException("No space left on device"))), 4);
    }

    @Test
    void loInesperadoEsUnDefectoConCodigo70EnUnaLinea() {
        for (Throwable t : List.of(new NullPointerException(), new IllegalArgumentException("x"),
                new IllegalStateException("y\nsegunda línea"), new StackOverflowError())) {
            String mensaje = informar(t, 70);
            assertEquals(1, mensaje.lines().count(), mensaje);
            assertTrue(mensaje.contains("repita con --debug"), mensaje);
        }
    }
}
