package cl.avance.cli;

import cl.avance.escenarios.EjecutorEscenarios;
import cl.avance.escenarios.Escenario;
import cl.avance.escenarios.InformePruebas;
import cl.avance.escenarios.LectorEscenarios;
import cl.avance.escenarios.ResultadoEscenario;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "probar",
        description = "Ejecuta escenarios de prueba (YAML) contra las reglas y termina con la línea «N passed, N failed».",
        synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n")
final class Probar implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUTA",
            description = "Un archivo de escenarios o una carpeta con varios. Si se omite, los escenarios de la"
                    + " metodología (su carpeta escenarios/).")
    Path ruta;

    @Option(names = "--cobertura", description = "Lista además las reglas que ningún escenario hizo dispararse.")
    boolean cobertura;

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Metodologia metodologia = comunes.unaMetodologia(comunes.metodologias());
        LectorEscenarios lector = new LectorEscenarios(metodologia);
        List<Escenario> escenarios = ruta == null ? lector.leerDeLaMetodologia() : lector.leer(ruta);
        Motor motor = new Motores(Metodologias.de(List.of(metodologia)), comunes::conPlazo).motor(metodologia);
        InformePruebas informe = EjecutorEscenarios.ejecutar(motor, escenarios);
        PrintWriter out = spec.commandLine().getOut();
        for (ResultadoEscenario r : informe.resultados()) {
            out.println((r.paso() ? "  ✓ " : "  ✗ ") + r.escenario().nombre());
            for (String falla : r.fallas()) {
                out.println("      " + falla);
            }
        }
        if (cobertura) {
            out.println();
            if (informe.reglasSinDisparar().isEmpty()) {
                out.println("Cobertura: todas las reglas (" + motor.nombresDeReglas().size()
                        + ") se dispararon en algún escenario.");
            } else {
                out.println("Cobertura: " + informe.reglasSinDisparar().size() + " de " + motor.nombresDeReglas().size()
                        + " reglas no se dispararon en ningún escenario:");
                informe.reglasSinDisparar().forEach(n -> out.println("  - " + n));
            }
        }
        out.println();
        out.println(informe.resumen());
        out.flush();
        return informe.fallidos() == 0 ? Codigos.BIEN : Codigos.ESCENARIOS_FALLIDOS;
    }
}
