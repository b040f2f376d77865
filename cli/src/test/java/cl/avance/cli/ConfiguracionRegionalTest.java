package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under LC_ALL=C the JVM decodes arguments as ASCII before main: a name with ñ cannot be used. The
 * launcher's locale_utf8 fixes it; without the launcher the user gets a Spanish message saying what to do.
 * The launcher itself is not run (it may build with Maven): its function is, in isolation.
 */
class ConfiguracionRegionalTest {

    private static final Path LANZADOR = Path.of("../avance").toAbsolutePath();

    private static ProcesoHijo.Resultado conLcAllC(boolean conFuncionDelLanzador, Path evaluacion) throws Exception {
        String java = String.join(" ", ProcesoHijo.comando(List.of(), "evaluar", evaluacion.toString(), "--formato", "json")
                .stream().map(a -> "'" + a + "'").toList());
        String guion = (conFuncionDelLanzador
                ? "source <(sed -n '/^locale_utf8()/,/^}/p' '" + LANZADOR + "'); locale_utf8; " : "") + "exec " + java;
        return ProcesoHijo.correr(new ProcessBuilder("bash", "-c", guion),
                Map.of("LC_ALL", "C", "LANG", "C", "LC_CTYPE", "C"));
    }

    @Test
    void conElLanzadorUnNombreConEñeFuncionaBajoLcAllC(@TempDir Path dir) throws Exception {
        Process locales = new ProcessBuilder("locale", "-a").start();
        String disponibles = new String(locales.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        locales.waitFor();
        assumeTrue(disponibles.lines().anyMatch(l -> l.equalsIgnoreCase("C.UTF-8") || l.equalsIgnoreCase("C.utf8")),
                "este sistema no tiene la configuración regional C.UTF-8");
        Path evaluacion = Files.copy(Path.of("../examples/evaluaciones/sence-2007.yaml"), dir.resolve("evaluación-ñuble.yaml"));
        ProcesoHijo.Resultado r = conLcAllC(true, evaluacion);
        assertEquals(0, r.codigo(), r.errores());
        assertTrue(r.salida().contains("Servicio Nacional de Capacitación y Empleo"), "la salida es UTF-8");
    }

    @Test
    void sinElLanzadorElMensajeDiceQueHacer(@TempDir Path dir) throws Exception {
        Path evaluacion = Files.copy(Path.of("../examples/evaluaciones/sence-2007.yaml"), dir.resolve("evaluación-ñuble.yaml"));
        ProcesoHijo.Resultado r = conLcAllC(false, evaluacion);
        assertEquals(2, r.codigo(), r.errores());
        assertTrue(r.errores().contains("no es una ruta válida") && r.errores().contains("LC_ALL=C.UTF-8"), r.errores());
        r.sinTraza();
    }
}
