package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** «-» reads standard input, with the size cap; JSON or YAML by the first character. */
class EntradaEstandarTest {

    private static final InputStream ORIGINAL = System.in;
    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");
    private static final String LINEA = "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": "
            + "[{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {}}]}";

    @AfterEach
    void restaurar() {
        System.setIn(ORIGINAL);
    }

    private static AvanceCliTest.Corrida conEntrada(byte[] entrada, String... args) {
        System.setIn(new ByteArrayInputStream(entrada));
        return AvanceCliTest.avance(args);
    }

    @Test
    void yamlPorLaEntradaEstandar() throws Exception {
        AvanceCliTest.Corrida c = conEntrada(Files.readAllBytes(SENCE), "evaluar", "-", "--formato", "json");
        assertEquals(0, c.codigo(), c.errores());
        assertEquals(AvanceCliTest.avance("evaluar", SENCE.toString(), "--formato", "json").salida(), c.salida());
    }

    @Test
    void jsonPorLaEntradaEstandarAunqueEmpieceConBlancos() {
        AvanceCliTest.Corrida c = conEntrada(("\n  " + LINEA).getBytes(StandardCharsets.UTF_8), "evaluar", "-");
        assertEquals(0, c.codigo(), c.errores());
    }

    @Test
    void unJsonRotoSeInformaComoJson() {
        AvanceCliTest.Corrida c = conEntrada("{\"formato\": 1,".getBytes(StandardCharsets.UTF_8), "evaluar", "-");
        assertEquals(2, c.codigo());
        assertTrue(c.errores().contains("entrada estándar") && c.errores().contains("sintaxis JSON"), c.errores());
    }

    @Test
    void unaEntradaSinFinSeCortaEnElLimite() throws Exception {
        System.setIn(new FileInputStream("/dev/zero"));
        AvanceCliTest.Corrida c = AvanceCliTest.avance("evaluar", "-");
        assertEquals(2, c.codigo());
        assertTrue(c.errores().contains("supera el máximo de 67108864 bytes (64 MiB)"), c.errores());
        c.sinTraza();
    }

    @Test
    void unLotePorLaEntradaEstandarConFinesDeLineaCrLfYCr() {
        String lote = LINEA + "\r" + LINEA + "\r\n" + LINEA + "\n" + LINEA;
        AvanceCliTest.Corrida c = conEntrada(lote.getBytes(StandardCharsets.UTF_8), "evaluar", "--lote", "-");
        assertEquals(0, c.codigo(), c.errores());
        assertEquals(4, c.salida().lines().count(), c.salida());
        assertTrue(c.errores().contains("4 líneas: 4 resultados, 0 errores"), c.errores());
    }
}
