package cl.avance.motor;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises backup copies of a methodology's files by their names, as editors, file managers and people
 * make them: {@code x.drl~}, {@code x.drl.bak} (not read: only {@code .drl} files are rules) and
 * {@code copia de x.drl}, {@code x (copia).drl}, {@code x - copia.drl} (read: they repeat every rule).
 */
final class CopiasDeRespaldo {

    /** Names of files that are read, and a copy of which is worth a warning when it is not. */
    private static final Pattern LEIDO = Pattern.compile("\\.(drl|dslr|dsl)\\b|metodologia\\.yaml");
    /** Names of scenario files. */
    private static final Pattern ESCENARIO = Pattern.compile("\\.(yaml|yml|json)\\b");
    /** A base name (without {@code .drl}) the way copies are named, in Spanish and English systems. */
    private static final Pattern COPIA = Pattern.compile(
            "^(copia|copy)( de| of)?\\b.*|.*\\b(copia|copy|respaldo|backup|bak|old|orig)\\b.*|.*\\(\\d+\\)|.*~");

    private CopiasDeRespaldo() {
    }

    /** A warning for {@code ruta}, a file of the folder that is not read, when its name is a copy's. */
    static Optional<String> avisoSiIgnorada(String ruta) {
        String nombre = nombre(ruta);
        if (!LEIDO.matcher(nombre.toLowerCase(Locale.ROOT)).find()) {
            return Optional.empty();
        }
        return Optional.of("«" + ruta + "» no se lee (solo los archivos terminados en .drl, .dsl o .dslr son reglas):"
                + " ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología");
    }

    /**
     * A warning for {@code ruta}, a file under {@code escenarios/} that the scenario reader skips (only
     * {@code .yaml}, {@code .yml} and {@code .json} are scenarios), when its name is a copy's.
     */
    static Optional<String> avisoSiEscenarioIgnorado(String ruta) {
        String nombre = nombre(ruta).toLowerCase(Locale.ROOT);
        if (nombre.endsWith(".yaml") || nombre.endsWith(".yml") || nombre.endsWith(".json")
                || !ESCENARIO.matcher(nombre).find()) {
            return Optional.empty();
        }
        return Optional.of("«" + ruta + "» no se lee (solo los archivos .yaml, .yml o .json son escenarios):"
                + " ¿es una copia de respaldo? Si no la necesita, sáquela de la carpeta de la metodología");
    }

    /** Whether the rule file {@code ruta} is named like a copy of another one ({@code copia de x.drl}). */
    static boolean pareceCopia(String ruta) {
        String nombre = nombre(ruta);
        int punto = nombre.lastIndexOf('.');
        String base = (punto > 0 ? nombre.substring(0, punto) : nombre).toLowerCase(Locale.ROOT).strip();
        return COPIA.matcher(base).matches();
    }

    /** Whether a methodology's folder is named like a copy of another one ({@code gestion-2007 - copia}). */
    static boolean carpetaPareceCopia(String nombre) {
        String base = nombre.toLowerCase(Locale.ROOT).strip();
        return COPIA.matcher(base).matches() || base.matches(".*\\.(bak|old|orig)");
    }

    private static String nombre(String ruta) {
        return ruta.substring(ruta.lastIndexOf('/') + 1);
    }
}
