package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** --help, -h, --ayuda, --version and -V work on every command and subcommand, as picocli users expect. */
class AyudaTest {

    private static final List<List<String>> COMANDOS = List.of(List.of(), List.of("evaluar"), List.of("validar"),
            List.of("probar"), List.of("metodologia"), List.of("metodologia", "exportar"));

    private static AvanceCliTest.Corrida avance(List<String> comando, String opcion) {
        List<String> args = new ArrayList<>(comando);
        args.add(opcion);
        return AvanceCliTest.avance(args.toArray(String[]::new));
    }

    @Test
    void laAyudaEnCadaComando() {
        for (List<String> comando : COMANDOS) {
            for (String opcion : List.of("--help", "-h", "--ayuda")) {
                AvanceCliTest.Corrida c = avance(comando, opcion);
                assertEquals(0, c.codigo(), comando + " " + opcion + ": " + c.errores());
                assertTrue(c.salida().startsWith("Uso: avance" + (comando.isEmpty() ? "" : " " + String.join(" ", comando))),
                        c.salida());
            }
        }
    }

    @Test
    void laVersionEnCadaComando() {
        for (List<String> comando : COMANDOS) {
            for (String opcion : List.of("--version", "-V")) {
                AvanceCliTest.Corrida c = avance(comando, opcion);
                assertEquals(0, c.codigo(), comando + " " + opcion + ": " + c.errores());
                assertTrue(c.salida().startsWith("avance "), c.salida());
            }
        }
    }

    @Test
    void laAyudaGeneralListaLosCodigosDeSalida() {
        String ayuda = AvanceCliTest.avance("--help").salida();
        for (String codigo : List.of("  0 ", "  1 ", "  2 ", "  3 ", "  4 ", "  130 ", "  70 ")) {
            assertTrue(ayuda.contains(codigo), codigo + " en:\n" + ayuda);
        }
        assertTrue(ayuda.contains("docs/fiabilidad.md"));
    }

    @Test
    void probarConUnaRutaQueNoExisteLoDice() {
        AvanceCliTest.Corrida c = AvanceCliTest.avance("probar", "noexiste");
        assertEquals(2, c.codigo());
        assertTrue(c.errores().contains("«noexiste» tiene 1 error:\n  no existe"), c.errores());
    }
}
