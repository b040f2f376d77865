package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.indicador;

import cl.avance.modelo.Avance;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;
import java.util.List;

/**
 * The default rubric of the methodology stated independently in plain Java, to check the DRL against.
 * Test code only: the product's grades come from the rules.
 */
final class OraculoRubrica {

    private static final List<Indicador> INFORMACIONES = List.of(
            indicador("INFO_OFERTA"), indicador("INFO_GASTOS"), indicador("INFO_INVERSIONES"), indicador("INFO_BENEFICIARIOS"));

    private OraculoRubrica() {
    }

    static Avance avance(CriterioInformado c) {
        if (c.noAplica() != null) {
            return Avance.NO_APLICA;
        }
        boolean hayTexto = c.desarrollo() != null && !c.desarrollo().isBlank();
        if (c.indicadores().isEmpty() && !hayTexto) {
            return Avance.SIN_INFORMACION;
        }
        List<Indicador> todos = c.criterio().indicadores();
        long cumplidos = todos.stream().filter(i -> c.estado(i) == EstadoIndicador.CUMPLIDO).count();
        if (cumplidos == todos.size()) {
            return Avance.AVANCE_MAYOR;
        }
        boolean hayAvance = switch (c.criterio().codigo()) {
            case "1.1" -> c.estado(indicador("TERRITORIO_DEFINIDO")) == EstadoIndicador.CUMPLIDO;
            case "1.2", "1.3" -> cumplidos > 0;
            case "2.1" -> INFORMACIONES.stream().anyMatch(i -> c.estado(i) == EstadoIndicador.CUMPLIDO);
            default -> throw new IllegalArgumentException(c.criterio().codigo());
        };
        return hayAvance ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
    }
}
