package cl.avance.reglas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.escenarios.EjecutorEscenarios;
import cl.avance.escenarios.InformePruebas;
import cl.avance.escenarios.LectorEscenarios;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default rules' own scenarios (su carpeta escenarios/), written as policy staff write them, run in the build. */
class EscenariosPorDefectoTest {

    @Test
    void todosLosEscenariosPasanYCubrenTodasLasReglas() throws Exception {
        InformePruebas informe = EjecutorEscenarios.ejecutar(MotorCompartido.MOTOR,
                new LectorEscenarios(MotorCompartido.MOTOR.metodologia()).leerDeLaMetodologia());
        List<String> fallas = informe.resultados().stream().filter(r -> !r.paso())
                .map(r -> r.escenario().nombre() + ": " + r.fallas()).collect(Collectors.toList());
        assertEquals(List.of(), fallas);
        assertEquals(List.of(), List.copyOf(informe.reglasSinDisparar()), "reglas sin escenario que las dispare");
        assertEquals(informe.resultados().size(), informe.aprobados());
    }

    @Test
    void losEscenariosCubrenLaRubricaConAlMenosVeinticincoCasos() throws Exception {
        long escenarios = new LectorEscenarios(MotorCompartido.MOTOR.metodologia()).leerDeLaMetodologia().size();
        org.junit.jupiter.api.Assertions.assertTrue(escenarios >= 25, "escenarios: " + escenarios);
    }
}
