package cl.avance.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Replaced by {@code avance metodologia exportar}: says so, so that old scripts get a clear answer. */
@Command(name = "reglas", hidden = true, description = "Reemplazado por «avance metodologia».")
final class ComandoReglas implements Callable<Integer> {

    @Parameters(arity = "0..*", hidden = true)
    java.util.List<String> resto;

    @Override
    public Integer call() {
        throw new UsoIncorrecto("«avance reglas» fue reemplazado por «avance metodologia»: las reglas ahora"
                + " viven en una metodología (catálogo, reglas y escenarios). Use «avance metodologia exportar CARPETA».");
    }
}
