package cl.avance;

import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import cl.avance.motor.Metodologia;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The default methodology, read from its source folder in {@code rules} (core cannot depend on the module
 * that packages it), for core's tests.
 */
public final class MetodologiaDePrueba {

    /** The default methodology's folder in the source tree; tests run with the module as working directory. */
    public static final Path CARPETA = Path.of("../rules/src/main/resources/cl/avance/reglas");

    private static final Metodologia METODOLOGIA = Metodologia.desdeCarpeta(CARPETA);

    private MetodologiaDePrueba() {
    }

    public static Metodologia metodologia() {
        return METODOLOGIA;
    }

    public static Catalogo catalogo() {
        return METODOLOGIA.catalogo();
    }

    public static Criterio criterio(String codigo) {
        return catalogo().criterio(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }

    public static Indicador indicador(String codigo) {
        return catalogo().indicador(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }

    /** The default catalogue with {@code reglas} (path → DRL) instead of the default rules. */
    public static Metodologia conReglas(Map<String, String> reglas) {
        Map<String, String> archivos = new HashMap<>(reglas);
        archivos.put(Metodologia.DESCRIPCION, METODOLOGIA.archivos().get(Metodologia.DESCRIPCION));
        return Metodologia.desdeTextos(archivos);
    }

    /** The default methodology's {@code metodologia.yaml}, to make methodology folders in tests. */
    public static String descripcion() {
        return METODOLOGIA.archivos().get(Metodologia.DESCRIPCION);
    }

    public static Instancia instancia(String codigo) {
        return catalogo().instancia(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }
}
