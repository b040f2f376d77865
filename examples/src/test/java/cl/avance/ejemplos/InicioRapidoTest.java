package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's quick start, as written: the {@code java} block under "## Quick start" is compiled with the
 * imports it lists, its statements wrapped in a {@code main} method, and run from the project's root.
 */
class InicioRapidoTest {

    /** The examples module's folder is the working directory of its tests. */
    private static final Path RAIZ = Path.of("..").toAbsolutePath().normalize();

    /** The lines of the first {@code java} block after "## Quick start", up to the next section. */
    static List<String> bloque(String readme) {
        int seccion = readme.indexOf("\n## Quick start\n");
        assertTrue(seccion >= 0, "README.md has a «## Quick start» section");
        int fin = readme.indexOf("\n## ", seccion + 1);
        String texto = readme.substring(seccion, fin < 0 ? readme.length() : fin);
        int inicio = texto.indexOf("```java\n");
        assertTrue(inicio >= 0, "the quick start has a ```java block");
        int cierre = texto.indexOf("\n```", inicio + 8);
        return texto.substring(inicio + 8, cierre).lines().toList();
    }

    @Test
    void elInicioRapidoDelReadmeCompilaYCorre(@TempDir Path dir) throws Exception {
        List<String> lineas = bloque(Files.readString(RAIZ.resolve("README.md")));
        List<String> importaciones = lineas.stream().filter(l -> l.startsWith("import ")).toList();
        List<String> cuerpo = lineas.stream().filter(l -> !l.startsWith("import ")).toList();
        assertFalse(importaciones.isEmpty(), "the block lists its imports");
        String fuente = String.join("\n", importaciones) + "\n\npublic class InicioRapido {\n"
                + "    public static void main(String[] args) {\n" + String.join("\n", cuerpo) + "\n    }\n}\n";
        Path archivo = dir.resolve("InicioRapido.java");
        Files.writeString(archivo, fuente);

        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler compilador = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnosticos = new DiagnosticCollector<>();
        try (StandardJavaFileManager archivos = compilador.getStandardFileManager(diagnosticos, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            boolean compilo = compilador.getTask(null, archivos, diagnosticos,
                    List.of("-classpath", classpath, "-d", dir.toString(), "-encoding", "UTF-8"), null,
                    archivos.getJavaFileObjects(archivo.toFile())).call();
            assertTrue(compilo, () -> "the quick start does not compile:\n" + diagnosticos.getDiagnostics() + "\n" + fuente);
        }

        Salida salida = correr(dir + File.pathSeparator + classpath);
        assertEquals(0, salida.codigo(), salida.errores());
        assertEquals("", salida.errores().strip(), "no input error for the shipped example");
        String primera = salida.salida().lines().findFirst().orElse("");
        assertEquals("AVANCE_MENOR", primera, salida.salida());
        JsonNode json = new ObjectMapper().readTree(salida.salida().substring(primera.length()));
        assertEquals("AVANCE_MENOR", json.at("/unidades/0/criterios/1.1/avance").textValue());
        assertEquals(3, json.get("unidades").size());
    }

    private record Salida(int codigo, String salida, String errores) {
    }

    private static Salida correr(String classpath) throws IOException, InterruptedException {
        String ejecutable = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> orden = new ArrayList<>(List.of(ejecutable, "-cp", classpath, "InicioRapido"));
        Process proceso = new ProcessBuilder(orden).directory(RAIZ.toFile())
                .redirectError(ProcessBuilder.Redirect.PIPE).start();
        proceso.getOutputStream().close();
        byte[] errores;
        byte[] salida;
        var lectorErrores = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return proceso.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        salida = proceso.getInputStream().readAllBytes();
        errores = lectorErrores.join();
        assertTrue(proceso.waitFor(120, TimeUnit.SECONDS), "the quick start ends");
        return new Salida(proceso.exitValue(), new String(salida, StandardCharsets.UTF_8),
                new String(errores, StandardCharsets.UTF_8));
    }
}
