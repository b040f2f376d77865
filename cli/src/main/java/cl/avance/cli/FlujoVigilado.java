package cl.avance.cli;

import java.io.IOException;
import java.io.OutputStream;

/** An output stream whose every failure is an {@link EscrituraFallida} naming the destination. */
final class FlujoVigilado extends OutputStream {
    private final OutputStream destino;
    private final String nombre;

    /** @param nombre how messages name the destination, e.g. «informe.txt» or "la salida estándar" */
    FlujoVigilado(OutputStream destino, String nombre) {
        this.destino = destino;
        this.nombre = nombre;
    }

    @Override
    public void write(int b) {
        try {
            destino.write(b);
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        try {
            destino.write(b, off, len);
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
    }

    @Override
    public void flush() {
        try {
            destino.flush();
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
    }

    @Override
    public void close() {
        try {
            destino.close();
        } catch (IOException e) {
            throw new EscrituraFallida(nombre, e);
        }
    }
}
