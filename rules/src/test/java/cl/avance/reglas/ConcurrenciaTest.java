package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.MOTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.modelo.Evaluacion;
import cl.avance.salida.ResultadoJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

class ConcurrenciaTest {

    @Test
    void variosHilosEvaluandoALaVezDanLoMismoQueUno() throws Exception {
        Arbitrary<Evaluacion> generador = Generadores.evaluaciones();
        List<Evaluacion> evaluaciones = generador.sampleStream().limit(200).toList();
        List<String> esperados = evaluaciones.stream().map(e -> ResultadoJson.escribir(MOTOR.evaluar(e))).toList();

        ExecutorService hilos = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futuros = new ArrayList<>();
            for (int vuelta = 0; vuelta < 3; vuelta++) {
                for (Evaluacion e : evaluaciones) {
                    futuros.add(hilos.submit(() -> ResultadoJson.escribir(MOTOR.evaluar(e))));
                }
            }
            for (int i = 0; i < futuros.size(); i++) {
                assertEquals(esperados.get(i % evaluaciones.size()), futuros.get(i).get());
            }
        } finally {
            hilos.shutdownNow();
        }
    }

}
