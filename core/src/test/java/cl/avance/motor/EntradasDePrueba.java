package cl.avance.motor;

import cl.avance.MetodologiaDePrueba;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Cache entries for the cache's tests. Building the executable model takes seconds, so the default
 * methodology's entry is built once per test JVM and copied into each test's folder.
 */
final class EntradasDePrueba {

    /** The smallest complete rule set: every criterion NO_APLICA. {@code %s} tells variants apart. */
    static final String TODO_NO_APLICA = """
            package prueba
            import cl.avance.hechos.*
            import cl.avance.modelo.Avance

            rule "Todo no aplica%s"
            when
                $c : CriterioDeUnidad()
            then
                insert( new Calificacion( $c, Avance.NO_APLICA ) );
            end
            """;

    private static Path porDefecto;

    private EntradasDePrueba() {
    }

    /** A small methodology (default catalogue, one rule); different {@code variante}s differ in one rule name. */
    static Metodologia pequena(String variante) {
        return MetodologiaDePrueba.conReglas(Map.of("prueba/reglas.drl", TODO_NO_APLICA.formatted(variante)));
    }

    /** A cache in {@code carpeta} already holding the default methodology's entry, built by a previous run. */
    static synchronized CacheDeReglas conPorDefecto(Path carpeta) {
        try {
            if (porDefecto == null) {
                Path compartida = Files.createDirectories(Path.of("target", "cache-de-reglas-de-prueba"));
                CacheDeReglas cache = CacheDeReglas.en(compartida);
                if (!cache.valida(MetodologiaDePrueba.metodologia())) {
                    cache.escribir(MetodologiaDePrueba.metodologia(), CacheDeReglas.construir(MetodologiaDePrueba.metodologia()));
                }
                porDefecto = cache.entrada(MetodologiaDePrueba.metodologia());
            }
            CacheDeReglas cache = CacheDeReglas.en(carpeta);
            Files.copy(porDefecto, cache.entrada(MetodologiaDePrueba.metodologia()));
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
