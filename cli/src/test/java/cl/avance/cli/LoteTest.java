package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.motor.Motor;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines are graded on several threads, yet every record comes out in its line's place. */
class LoteTest {

    @Test
    void conVariosTrabajadoresCadaRegistroSaleEnElLugarDeSuLinea() throws Exception {
        StringBuilder entrada = new StringBuilder();
        int lineas = 300;
        for (int i = 1; i <= lineas; i++) {
            if (i % 37 == 0) {
                entrada.append("{\"formato\": 1, \"servicio\": \"S\"\n"); // broken: an error record for this line
                continue;
            }
            // Big and small lines alternate, so workers finish out of order.
            int unidades = i % 2 == 0 ? 60 : 1;
            StringBuilder u = new StringBuilder();
            for (int k = 0; k < unidades; k++) {
                u.append(k == 0 ? "" : ",").append("{\"id\": \"l").append(i).append("-u").append(k)
                        .append("\", \"nombre\": \"U\", \"criterios\": {\"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDADO\": true}}}}");
            }
            entrada.append("{\"formato\": 1, \"servicio\": \"S\", \"anio\": 2007, \"unidades\": [").append(u).append("]}\n");
        }
        StringWriter salida = new StringWriter();
        Lote.Resumen resumen = new Lote(new Motores(cl.avance.motor.Metodologias.porDefecto()), LimitesDeEntrada.porDefecto(), 4)
                .procesar(new ByteArrayInputStream(entrada.toString().getBytes(StandardCharsets.UTF_8)), salida, null);

        List<String> registros = salida.toString().lines().toList();
        assertEquals(lineas, registros.size());
        assertEquals(new Lote.Resumen(lineas, lineas - 8, 8, 150L * 60 + 150 - 4 * 60 - 4), resumen);
        for (int i = 1; i <= lineas; i++) {
            String registro = registros.get(i - 1);
            if (i % 37 == 0) {
                assertTrue(registro.startsWith("{\"linea\":" + i + ",\"errores\""), registro);
            } else {
                assertTrue(registro.contains("\"id\":\"l" + i + "-u0\""), "línea " + i + ": " + registro.substring(0, 200));
            }
        }
    }
}
