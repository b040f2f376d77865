package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An input too large for the heap is a Spanish message, never a stack trace; in a batch, only its line fails. */
class MemoriaTest {

    @TempDir
    static Path dir;
    private static String enorme;

    /** 60,000 units, 10 MB: far under the size limit, far over what 64 MiB of heap can grade. */
    @BeforeAll
    static void generar() {
        List<String> unidades = new ArrayList<>();
        for (int u = 0; u < 60_000; u++) {
            unidades.add("{\"id\": \"u" + u + "\", \"nombre\": \"Unidad " + u + "\", \"criterios\": {"
                    + "\"1.1\": {\"indicadores\": {\"TERRITORIO_DEFINIDO\": true}},"
                    + " \"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDADO\": true}}}}");
        }
        enorme = "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": [" + String.join(",", unidades) + "]}";
    }

    @Test
    void unaEvaluacionQueNoCabeEnLaMemoriaTermina2ConUnMensaje() throws Exception {
        Path archivo = Files.writeString(dir.resolve("enorme.json"), enorme);
        ProcesoHijo.Resultado r = ProcesoHijo.correr(ProcesoHijo.constructor(List.of("-Xmx64m"),
                "evaluar", archivo.toString(), "--formato", "json"));
        assertEquals(2, r.codigo(), r.errores());
        assertTrue(r.errores().contains("no cabe en la memoria de Java"), r.errores());
        r.sinTraza();
    }

    @Test
    void enUnLoteSoloLaLineaQueNoCabeDaError() throws Exception {
        String pequena = "{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": "
                + "[{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {}}]}";
        Path lote = Files.writeString(dir.resolve("lote.jsonl"), pequena + "\n" + enorme + "\n" + pequena + "\n");
        // One worker: with several, a small line graded beside the huge one may be the one that meets the exhausted
        // heap, and which line that is would depend on timing.
        ProcesoHijo.Resultado r = ProcesoHijo.correr(ProcesoHijo.constructor(List.of("-Xmx64m", "-XX:ActiveProcessorCount=1"),
                "evaluar", "--lote", lote.toString()));
        assertEquals(2, r.codigo(), r.errores());
        List<String> registros = r.salida().lines().toList();
        assertEquals(3, registros.size(), r.salida());
        assertTrue(registros.get(0).startsWith("{\"formato\":1"), registros.get(0));
        assertTrue(registros.get(1).startsWith("{\"linea\":2,") && registros.get(1).contains("no cabe en la memoria"),
                registros.get(1));
        assertTrue(registros.get(2).startsWith("{\"formato\":1"), registros.get(2));
        assertTrue(r.errores().contains("3 líneas: 2 resultados, 1 errores"), r.errores());
        r.sinTraza();
    }
}
