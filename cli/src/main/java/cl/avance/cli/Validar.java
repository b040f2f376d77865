package cl.avance.cli;

import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.ProblemaDeRegla;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.importar.LectorVocabulario;
import cl.avance.motor.TablaDeCalificacion;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validar",
        description = "Revisa una metodología: su catálogo, que sus reglas compilen y signifiquen lo que parecen, que"
                + " cada estado posible de cada criterio (cada indicador cumplido, no cumplido o sin informar; no aplica;"
                + " sin información) reciba exactamente un avance, y su vocabulario de evidencias (vocabulario.yaml). Lista"
                + " todos los problemas como archivo:línea: mensaje. Los avisos (copias de respaldo que no se leen, reglas"
                + " que califican mirando otros criterios) van a la salida de errores y no cambian el código de salida.",
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
        PrintWriter err = spec.commandLine().getErr();
        // Warnings do not change the exit code; they go to standard error, before any refusal.
        metodologias.todas().forEach(m -> m.avisos().forEach(a -> err.println("aviso: " + a)));
        err.flush();
        for (Metodologia metodologia : metodologias.todas()) {
            // The evidence vocabulary is checked with the rules, and reported with them: all problems at once.
            List<ProblemaDeRegla> vocabulario = metodologia.vocabulario()
                    .map(texto -> LectorVocabulario.revisar(texto, metodologia.catalogo()).stream().map(Importar::problema).toList())
                    .orElse(List.of());
            Motor motor;
            try {
                motor = comunes.conPlazo(Motor.con(metodologia));
            } catch (ReglasInvalidasException e) {
                if (vocabulario.isEmpty()) {
                    throw e;
                }
                List<ProblemaDeRegla> todos = new ArrayList<>(e.problemas());
                todos.addAll(vocabulario);
                throw new ReglasInvalidasException(metodologia.origen(), todos);
            }
            if (!vocabulario.isEmpty()) {
                throw new ReglasInvalidasException(metodologia.origen(), vocabulario);
            }
            // Completeness: every state of every criterion gets exactly one grade (exit 3 otherwise).
            TablaDeCalificacion tabla = TablaDeCalificacion.de(motor);
            for (ProblemaDeRegla aviso : tabla.avisos()) {
                err.println("aviso: " + aviso.lugar() + ": " + aviso.mensaje());
                if (aviso.pista() != null) {
                    err.println("      pista: " + aviso.pista());
                }
            }
            err.flush();
            if (!tabla.completa()) {
                out.flush();
                throw new ReglasInvalidasException(metodologia.origen(), tabla.problemas());
            }
            out.println("La metodología «" + metodologia.origen() + "» (años: " + metodologia.aniosComoTexto() + ") está bien: "
                    + metodologia.catalogo().criterios().size() + " criterios, "
                    + metodologia.catalogo().indicadores().size() + " indicadores, "
                    + metodologia.reglas().archivos().size() + " archivos de reglas, " + motor.nombresDeReglas().size()
                    + " reglas (huella " + metodologia.huella().substring(0, 12) + ")"
                    + (metodologia.vocabulario().isPresent() ? ", vocabulario de evidencias" : ", sin vocabulario de evidencias")
                    + "; cada uno de los " + tabla.estadosRevisados() + " estados posibles de sus criterios recibe un solo avance.");
        }
        out.flush();
        return Codigos.BIEN;
    }
}
