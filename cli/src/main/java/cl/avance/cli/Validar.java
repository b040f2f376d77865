package cl.avance.cli;

import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.ProblemaDeRegla;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.motor.TablaDeCalificacion;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validar",
        description = "Revisa una metodología: su catálogo, que sus reglas compilen y signifiquen lo que parecen, y que"
                + " cada estado posible de cada criterio (cada indicador cumplido, no cumplido o sin informar; no aplica;"
                + " sin información) reciba exactamente un avance. Lista todos los problemas como archivo.drl:línea: mensaje.",
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
            Motor motor = comunes.conPlazo(Motor.con(metodologia));
            // Completeness: every state of every criterion gets exactly one grade (exit 3 otherwise).
            TablaDeCalificacion tabla = TablaDeCalificacion.de(motor);
            for (ProblemaDeRegla aviso : tabla.avisos()) {
                out.println("aviso: " + aviso.lugar() + ": " + aviso.mensaje());
                if (aviso.pista() != null) {
                    out.println("      pista: " + aviso.pista());
                }
            }
            if (!tabla.completa()) {
                out.flush();
                throw new ReglasInvalidasException(metodologia.origen(), tabla.problemas());
            }
            out.println("La metodología «" + metodologia.origen() + "» (años: " + metodologia.aniosComoTexto() + ") está bien: "
                    + metodologia.catalogo().criterios().size() + " criterios, "
                    + metodologia.catalogo().indicadores().size() + " indicadores, "
                    + metodologia.reglas().archivos().size() + " archivos de reglas, " + motor.nombresDeReglas().size()
                    + " reglas (huella " + metodologia.huella().substring(0, 12) + "); cada uno de los "
                    + tabla.estadosRevisados() + " estados posibles de sus criterios recibe un solo avance.");
        }
        out.flush();
        return Codigos.BIEN;
    }
}
