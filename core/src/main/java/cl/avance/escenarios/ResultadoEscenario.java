package cl.avance.escenarios;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param escenario the scenario
 * @param fallas    every difference between what was expected and what came out, in Spanish; empty if it passed
 */
public record ResultadoEscenario(Escenario escenario, List<String> fallas) {
    public ResultadoEscenario {
        fallas = List.copyOf(fallas);
    }

    public boolean paso() {
        return fallas.isEmpty();
    }
}
