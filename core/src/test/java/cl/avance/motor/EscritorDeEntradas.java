package cl.avance.motor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A separate process for {@link CacheDeReglasTest}: writes one methodology's entry again and again, each time
 * a payload made of its own byte, so that a reader can tell writers apart.
 */
public final class EscritorDeEntradas {

    static final int TAMANO = 256 * 1024;

    private EscritorDeEntradas() {
    }

    /** Arguments: cache folder, methodology (as {@link CacheDeReglas#comprimir}), this writer's byte, times. */
    public static void main(String[] args) throws Exception {
        Metodologia metodologia = Metodologia.desdeTextos(CacheDeReglas.descomprimir(Files.readAllBytes(Path.of(args[1]))));
        CacheDeReglas cache = CacheDeReglas.en(Path.of(args[0]));
        byte[] carga = new byte[TAMANO];
        Arrays.fill(carga, (byte) Integer.parseInt(args[2]));
        for (int i = 0, veces = Integer.parseInt(args[3]); i < veces; i++) {
            cache.escribir(metodologia, carga);
        }
    }
}
