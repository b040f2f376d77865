package cl.avance.reglas;

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
        long cumplidos = todos.stream().filter(i -> c.estado(i) == Estadoindicador("CUMPLIDO")).count();
        if (cumplidos == todos.size()) {
            return Avance.AVANCE_MAYOR;
        }
        boolean hayAvance = switch (c.criterio()) {
            case C1_1 -> c.estado(indicador("TERRITORIO_DEFINIDO")) == Estadoindicador("CUMPLIDO");
            case C1_2, C1_3 -> cumplidos > 0;
            case C2_1 -> INFORMACIONES.stream().anyMatch(i -> c.estado(i) == Estadoindicador("CUMPLIDO"));
        };
        return hayAvance ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
    }
}
