package cl.avance.motor;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of rule files ({@code .drl}, and DSL {@code .dsl}/{@code .dslr}) with where it came from
 * and its SHA-256 fingerprint, as part of a {@link Metodologia}. Reading rules never compiles them:
 * {@link Motor#con(Metodologia)} does.
 */
public final class Reglas {

    private static final List<String> EXTENSIONES = List.of(".drl", ".dsl", ".dslr");

    private final String origen;
    private final SortedMap<String, String> archivos;
    private final String huella;

    private Reglas(String origen, Map<String, String> archivos) {
        this.origen = Objects.requireNonNull(origen, "origen");
        this.archivos = Collections.unmodifiableSortedMap(new TreeMap<>(archivos));
        if (this.archivos.isEmpty()) {
            throw new IllegalArgumentException("Un conjunto de reglas necesita al menos un archivo");
        }
        this.huella = Metodologia.huella(this.archivos);
    }

    /**
     * Rules given as text, for tests and embedders that keep rules elsewhere.
     *
     * @param origen   how results name these rules
     * @param archivos path (with {@code /}, ending in {@code .drl}, {@code .dsl} or {@code .dslr}) → content
     */
    public static Reglas desdeTextos(String origen, Map<String, String> archivos) {
        Objects.requireNonNull(origen, "origen");
        Objects.requireNonNull(archivos, "archivos");
        archivos.keySet().forEach(ruta -> {
            if (EXTENSIONES.stream().noneMatch(ruta::endsWith)) {
                throw new IllegalArgumentException("«" + ruta + "» no es un archivo de reglas (.drl, .dsl, .dslr)");
            }
        });
        return new Reglas(origen, archivos);
    }

    /** Whether {@code ruta} names a rule file ({@code .drl}, {@code .dsl} or {@code .dslr}). */
    public static boolean esArchivoDeReglas(String ruta) {
        Objects.requireNonNull(ruta, "ruta");
        return EXTENSIONES.stream().anyMatch(ruta::endsWith);
    }

    /** Where these rules came from. */
    public String origen() {
        return origen;
    }

    /** Path → content of every file, ordered by path. */
    public SortedMap<String, String> archivos() {
        return archivos;
    }

    /** SHA-256 over every file's path and content, in lowercase hexadecimal. */
    public String huella() {
        return huella;
    }

    @Override
    public String toString() {
        return "Reglas[" + origen + ", " + archivos.size() + " archivos, huella " + huella.substring(0, 12) + "]";
    }

}
