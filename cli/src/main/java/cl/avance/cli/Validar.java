package cl.avance.cli;

import cl.avance.motor.Motor;
import cl.avance.motor.Reglas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validar",
        description = "Compila las reglas y lista todos sus problemas como archivo.drl:línea: mensaje.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class Validar implements Callable<Integer> {

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Always compiles from the sources, also for the default rules: that is what validar checks.
        Reglas reglas = comunes.reglas();
        Motor motor = Motor.con(reglas);
        spec.commandLine().getOut().println("Las reglas de «" + reglas.origen() + "» compilan sin problemas: "
                + reglas.archivos().size() + " archivos, " + motor.nombresDeReglas().size() + " reglas (huella "
                + reglas.huella().substring(0, 12) + ").");
        return Codigos.BIEN;
    }
}
