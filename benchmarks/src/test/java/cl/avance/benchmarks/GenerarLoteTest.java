package cl.avance.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A generated batch line is valid input format v1 and grades exactly as the evaluation it was drawn from. */
class GenerarLoteTest {

    @Test
    void cadaLineaSeCalificaIgualQueLaEvaluacionDeLaQueSale() throws Exception {
        Motor motor = Motor.porDefecto();
        ObjectMapper json = new ObjectMapper();
        for (long semilla = 0; semilla < 30; semilla++) {
            Evaluacion original = Datos.evaluacion(10, semilla);
            byte[] linea = json.writeValueAsString(GenerarLote.formatoV1(original)).getBytes(StandardCharsets.UTF_8);
            Evaluacion leida = LectorEvaluacion.estandar().leer(linea, Formato.JSON, "línea " + semilla, Datos.CATALOGO);
            assertEquals(ResultadoJson.escribirEnUnaLinea(motor.evaluar(original)),
                    ResultadoJson.escribirEnUnaLinea(motor.evaluar(leida)), "semilla " + semilla);
        }
    }
}
