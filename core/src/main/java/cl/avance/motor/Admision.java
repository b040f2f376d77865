package cl.avance.motor;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.escenarios.EjecutorEscenarios;
import cl.avance.escenarios.Escenario;
import cl.avance.escenarios.InformePruebas;
import cl.avance.escenarios.LectorEscenarios;
import cl.avance.escenarios.ResultadoEscenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a compiled methodology must pass before a {@link MotorRecargable} installs it: completeness (every state
 * of every criterion gets exactly one grade) and its own scenarios ({@code escenarios/}), when it has any.
 */
final class Admision {

    private Admision() {
    }

    /** Every reason to refuse {@code motor}; empty when it may be installed. */
    static List<ProblemaDeRegla> motivosParaRechazar(Motor motor) {
        List<ProblemaDeRegla> motivos = new ArrayList<>(TablaDeCalificacion.de(motor).problemas());
        motivos.addAll(escenarios(motor));
        return motivos;
    }

    /** The methodology's scenarios that cannot be read or do not pass, one problem per difference. */
    static List<ProblemaDeRegla> escenarios(Motor motor) {
        Metodologia metodologia = motor.metodologia();
        boolean tiene = metodologia.escenarios().keySet().stream()
                .anyMatch(ruta -> Formato.porExtension(Path.of(ruta)).isPresent());
        if (!tiene) {
            return List.of();
        }
        List<Escenario> escenarios;
        try {
            escenarios = new LectorEscenarios(metodologia).leerDeLaMetodologia();
        } catch (EntradaInvalidaException e) {
            List<ProblemaDeRegla> problemas = new ArrayList<>();
            for (ErrorDeEntrada error : e.errores()) {
                problemas.add(new ProblemaDeRegla(Metodologia.ESCENARIOS, error.linea(), error.columna(),
                        "escenario ilegible: " + (error.ruta().isEmpty() ? "" : error.ruta() + ": ") + error.mensaje(), null));
            }
            return problemas;
        }
        InformePruebas informe = EjecutorEscenarios.ejecutar(motor, escenarios);
        List<ProblemaDeRegla> problemas = new ArrayList<>();
        for (ResultadoEscenario resultado : informe.resultados()) {
            for (String falla : resultado.fallas()) {
                problemas.add(new ProblemaDeRegla(resultado.escenario().archivo(), 0, 0, "el escenario «"
                        + resultado.escenario().nombre() + "» no pasa: " + falla, null));
            }
        }
        return problemas;
    }
}
