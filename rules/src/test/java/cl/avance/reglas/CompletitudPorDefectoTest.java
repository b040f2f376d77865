package cl.avance.reglas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.motor.Metodologia;
import cl.avance.motor.MotorRecargable;
import cl.avance.motor.TablaDeCalificacion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default methodology gives every state of every criterion exactly one grade, and may be (re)loaded. */
class CompletitudPorDefectoTest {

    @Test
    void lasReglasPrecompiladasCalificanCadaEstadoUnaSolaVez() {
        TablaDeCalificacion tabla = TablaDeCalificacion.de(MotorCompartido.MOTOR);
        assertEquals(List.of(), tabla.problemas());
        assertEquals(List.of(), tabla.avisos());
        assertEquals(243 + 27 + 27 + 729 + 4 * 2, tabla.estadosRevisados());
    }

    @Test
    void unMotorRecargableAceptaLaMetodologiaPorDefectoConSusEscenarios() {
        MotorRecargable motor = new MotorRecargable(Metodologia::porDefecto);
        assertEquals(Metodologia.porDefecto().huella(), motor.recargar().metodologia().huella());
    }
}
