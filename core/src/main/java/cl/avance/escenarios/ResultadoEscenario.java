package cl.avance.escenarios;

import java.util.List;

/**
 * How one scenario went.
 *
 * @param escenario the scenario
 * @param fallas    every difference between what was expected and what came out, in Spanish; empty if it passed
 */
public record ResultadoEscenario(Escenario escenario, List<String> fallas) {
    /** Creates a {@code ResultadoEscenario}, checking and copying its components as described above. */
    public ResultadoEscenario {
        fallas = List.copyOf(fallas);
    }

    /** Whether the scenario passed: nothing differed from what was expected. */

    public boolean paso() {
        return fallas.isEmpty();
    }
}
