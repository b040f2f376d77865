package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Avance;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * This module depends on {@code avance-rules} only, as a program that grades with the packaged rules does: its
 * class path is theirs. The DRL compiler chain is not on it, the packaged rules grade anyway, and compiling
 * rules says what is missing.
 */
class SinCompiladorTest {

    @Test
    void elCompiladorDeDrlNoLlegaConLasReglasEmpaquetadas() {
        for (String clase : List.of("org.drools.compiler.kie.builder.impl.KieServicesImpl",
                "org.drools.drl.parser.DrlParser", "org.drools.mvel.builder.MVELDialectConfiguration",
                "org.drools.ecj.EclipseJavaCompiler", "org.eclipse.jdt.internal.compiler.Compiler",
                "org.mvel2.MVEL", "com.thoughtworks.xstream.XStream")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(clase), clase);
        }
    }

    @Test
    void lasReglasEmpaquetadasCalificanSinElCompilador() throws Exception {
        Motor motor = Motor.porDefecto();
        Resultado resultado = motor.evaluar(LectorEvaluacion.estandar()
                .leer(Path.of("evaluaciones/ejemplo-minimo.json"), motor.metodologia().catalogo()));
        assertEquals(Avance.AVANCE_MENOR, resultado.unidades().get(0).criterio("1.1").avance());
        assertEquals(3, resultado.unidades().size());
    }

    @Test
    void compilarReglasSinElCompiladorDiceQueFaltaYComoTraerlo() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Motor.con(Metodologia.porDefecto()));
        assertTrue(e.getMessage().contains("org.drools:drools-compiler"), e.getMessage());
        assertTrue(e.getMessage().contains("dependa también de cl.avance:avance-core"), e.getMessage());
    }
}
