package cl.avance.entrada;

/**
 * Guards against hostile or broken input. Besides these, fixed: numbers of at most 20 digits; in YAML, at most
 * 10,000 aliases, repeating at most 1,000,000 values in all.
 *
 * @param bytesMaximos      largest document accepted, in bytes; no more than this + 1 bytes are ever read from a
 *                          file or stream
 * @param profundidadMaxima deepest nesting of objects and arrays (format v1 needs 6)
 * @param largoMaximoTexto  longest string value, in characters
 */
public record LimitesDeEntrada(long bytesMaximos, int profundidadMaxima, int largoMaximoTexto) {

    /** Creates a {@code LimitesDeEntrada}, checking and copying its components as described above. */
    public LimitesDeEntrada {
        if (bytesMaximos <= 0 || profundidadMaxima <= 0 || largoMaximoTexto <= 0) {
            throw new IllegalArgumentException("Los límites de entrada deben ser positivos");
        }
    }

    /** 64 MiB, 32 levels, 100,000 characters: far above any real evaluation. */
    public static LimitesDeEntrada porDefecto() {
        return new LimitesDeEntrada(64L * 1024 * 1024, 32, 100_000);
    }
}
