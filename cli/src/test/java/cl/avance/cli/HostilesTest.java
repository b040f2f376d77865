package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite, as data: each folder of {@code src/test/resources/hostiles/} is one case, named
 * after the defect it guards against. Its {@code caso.properties} holds the command ({@code argumentos},
 * where {@code {dir}} is a copy of the folder), the exit code ({@code codigo}), a fragment of the Spanish
 * message on standard error ({@code mensaje}), and optionally a file for standard input
 * ({@code entradaEstandar}) and a fragment of standard output ({@code salidaContiene}).
 *
 * <p>Every case also checks what holds for all: no stack trace, no temporary file left, and the case's
 * files unchanged (an input is never overwritten).
 */
class HostilesTest {

    private static final Path CASOS = Path.of("src/test/resources/hostiles");
    private static final InputStream ENTRADA_ORIGINAL = System.in;

    static Stream<String> casos() throws Exception {
        try (var carpetas = Files.list(CASOS)) {
            return carpetas.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @AfterEach
    void restaurar() {
        System.setIn(ENTRADA_ORIGINAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casos")
    void casoHostil(String nombre, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve(nombre);
        copiar(CASOS.resolve(nombre), dir);
        Properties caso = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("caso.properties"), StandardCharsets.UTF_8)) {
            caso.load(r);
        }
        Map<Path, byte[]> antes = contenido(dir);
        String entrada = caso.getProperty("entradaEstandar");
        System.setIn(entrada == null ? new ByteArrayInputStream(new byte[0])
                : new FileInputStream(entrada.replace("{dir}", dir.toString())));

        String[] args = Arrays.stream(caso.getProperty("argumentos").trim().split("\\s+"))
                .map(a -> a.replace("{dir}", dir.toString())).toArray(String[]::new);
        AvanceCliTest.Corrida c = AvanceCliTest.avance(args);

        assertEquals(Integer.parseInt(caso.getProperty("codigo")), c.codigo(), c.errores());
        assertTrue(c.errores().contains(caso.getProperty("mensaje", "")), c.errores());
        assertTrue(c.salida().contains(caso.getProperty("salidaContiene", "")), c.salida());
        c.sinTraza();
        Map<Path, byte[]> despues = contenido(dir);
        assertEquals(antes.keySet(), despues.keySet(), "ni archivos temporales ni archivos nuevos");
        antes.forEach((archivo, bytes) -> assertArrayEquals(bytes, despues.get(archivo), archivo + " cambió"));
    }

    private static void copiar(Path desde, Path hacia) throws Exception {
        Files.createDirectories(hacia);
        try (var archivos = Files.list(desde)) {
            for (Path p : archivos.toList()) {
                Files.copy(p, hacia.resolve(p.getFileName()));
            }
        }
    }

    private static Map<Path, byte[]> contenido(Path dir) throws Exception {
        Map<Path, byte[]> contenido = new LinkedHashMap<>();
        try (var archivos = Files.list(dir)) {
            for (Path p : archivos.sorted().toList()) {
                contenido.put(p.getFileName(), Files.readAllBytes(p));
            }
        }
        return contenido;
    }
}
