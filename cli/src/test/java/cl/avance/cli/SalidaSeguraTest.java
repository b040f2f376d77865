package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --salida never replaces what it should not: the input, a device, a FIFO, a link. */
class SalidaSeguraTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");

    private static AvanceCliTest.Corrida avance(String... args) {
        return AvanceCliTest.avance(args);
    }

    private static List<Path> temporales(Path dir) throws Exception {
        try (var archivos = Files.list(dir)) {
            return archivos.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void laSalidaNoPuedeSerLaEntradaNiPorOtraRuta(@TempDir Path dir) throws Exception {
        Path entrada = Files.copy(SENCE, dir.resolve("e.yaml"));
        byte[] antes = Files.readAllBytes(entrada);
        Path enlace = Files.createSymbolicLink(dir.resolve("enlace.yaml"), entrada);
        for (String salida : List.of(entrada.toString(), dir.resolve(".").resolve("e.yaml").toString(), enlace.toString())) {
            AvanceCliTest.Corrida c = avance("evaluar", entrada.toString(), "--salida", salida);
            assertEquals(2, c.codigo(), salida + ": " + c.errores());
            assertTrue(c.errores().contains("es el mismo archivo que la entrada"), c.errores());
            assertTrue(Files.isSymbolicLink(enlace));
        }
        AvanceCliTest.Corrida lote = avance("evaluar", "--lote", entrada.toString(), "--salida", entrada.toString());
        assertEquals(2, lote.codigo(), lote.errores());
        assertTrue(java.util.Arrays.equals(antes, Files.readAllBytes(entrada)), "la entrada quedó intacta");
    }

    @Test
    void unEnlaceSeConservaYSuDestinoSeReemplazaEntero(@TempDir Path dir) throws Exception {
        Path destino = Files.writeString(dir.resolve("real.txt"), "anterior");
        Files.setPosixFilePermissions(destino, PosixFilePermissions.fromString("rw-------"));
        Path enlace = Files.createSymbolicLink(dir.resolve("informe.txt"), Path.of("real.txt"));
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--salida", enlace.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(Files.isSymbolicLink(enlace), "el enlace sigue siendo un enlace");
        assertTrue(Files.readString(destino).startsWith("INFORME EJECUTIVO"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(destino)),
                "un archivo que ya existía conserva sus permisos");
        assertEquals(List.of(), temporales(dir));
    }

    @Test
    void unEnlaceRotoCreaSuDestino(@TempDir Path dir) throws Exception {
        Path enlace = Files.createSymbolicLink(dir.resolve("informe.txt"), Path.of("sub/nuevo.txt"));
        assertEquals(0, avance("evaluar", SENCE.toString(), "--salida", enlace.toString()).codigo());
        assertTrue(Files.isSymbolicLink(enlace));
        assertTrue(Files.readString(dir.resolve("sub/nuevo.txt")).startsWith("INFORME EJECUTIVO"));
    }

    @Test
    void unaTuberiaConNombreSeEscribeEnSuLugar(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("tuberia");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> lector = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, java.util.concurrent.Executors.newSingleThreadExecutor());
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--salida", fifo.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(lector.get(30, TimeUnit.SECONDS).startsWith("INFORME EJECUTIVO"));
        assertTrue(Files.isRegularFile(fifo) == false && Files.exists(fifo), "sigue siendo una tubería");
        assertEquals(List.of(), temporales(dir));
    }

    @Test
    void devNullSeEscribeEnSuLugar() {
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--salida", "/dev/null");
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(Files.isRegularFile(Path.of("/dev/null")) == false);
    }

    @Test
    void unaCarpetaNoEsUnaSalida(@TempDir Path dir) throws Exception {
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--salida", dir.toString());
        assertEquals(2, c.codigo(), c.errores());
        assertTrue(c.errores().contains("es una carpeta"), c.errores());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void unGuionEsLaSalidaEstandar() {
        AvanceCliTest.Corrida c = avance("evaluar", SENCE.toString(), "--salida", "-", "--formato", "json");
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().startsWith("{\n  \"formato\": 1,"), c.salida());
    }

    @Test
    void devStdoutEnOtroProcesoEscribeEnLaRedireccion(@TempDir Path dir) throws Exception {
        Path archivo = dir.resolve("salida.json");
        ProcesoHijo.Resultado r = ProcesoHijo.correr(ProcesoHijo.constructor(List.of(), "evaluar",
                SENCE.toAbsolutePath().toString(), "--formato", "json", "--salida", "/dev/stdout")
                .redirectOutput(archivo.toFile()));
        assertEquals(0, r.codigo(), r.errores());
        assertTrue(Files.readString(archivo).startsWith("{\n  \"formato\": 1,"));
        assertEquals(List.of(), temporales(dir));
    }
}
