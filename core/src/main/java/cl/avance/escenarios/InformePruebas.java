package cl.avance.escenarios;

import java.util.List;
import java.util.SortedSet;

/**
 * The outcome of running scenarios.
 *
 * @param resultados       one per scenario, in the order they were read
 * @param reglasSinDisparar rules of the engine that no scenario made fire (rule coverage)
 */
public record InformePruebas(List<ResultadoEscenario> resultados, SortedSet<String> reglasSinDisparar) {

    /** How many scenarios passed. */

    public long aprobados() {
        return resultados.stream().filter(ResultadoEscenario::paso).count();
    }

    /** How many scenarios failed. */

    public long fallidos() {
        return resultados.size() - aprobados();
    }

    /** The closing line test runners read: {@code N passed, N failed}. */
    public String resumen() {
        return aprobados() + " passed, " + fallidos() + " failed";
    }
}
