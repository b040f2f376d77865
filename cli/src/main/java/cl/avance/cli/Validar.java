package cl.avance.cli;

import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validar",
        description = "Revisa una metodología: su catálogo, que sus reglas compilen y signifiquen lo que parecen, y lista"
                + " todos los problemas como archivo.drl:línea: mensaje.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
final class Validar implements Callable<Integer> {

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Compiles from the sources, also the default methodology: that is what validar checks. A methodology
        // that passed before (same fingerprint, same Avance) comes from the compiled-rules cache instead.
        Metodologias metodologias = comunes.metodologias();
        PrintWriter out = spec.commandLine().getOut();
        for (Metodologia metodologia : metodologias.todas()) {
            Motor motor = Motor.con(metodologia);
            out.println("La metodología «" + metodologia.origen() + "» (años: " + metodologia.aniosComoTexto() + ") está bien: "
                    + metodologia.catalogo().criterios().size() + " criterios, "
                    + metodologia.catalogo().indicadores().size() + " indicadores, "
                    + metodologia.reglas().archivos().size() + " archivos de reglas, " + motor.nombresDeReglas().size()
                    + " reglas (huella " + metodologia.huella().substring(0, 12) + ").");
        }
        out.flush();
        return Codigos.BIEN;
    }
}
