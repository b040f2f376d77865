package cl.avance.cli;

import cl.avance.motor.Metodologia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "metodologia", description = "Trabaja con carpetas de metodología.",
        subcommands = ComandoMetodologia.Exportar.class,
        synopsisHeading = "Uso: ", synopsisSubcommandLabel = "COMANDO", commandListHeading = "%nComandos:%n", optionListHeading = "%nOpciones:%n")
final class ComandoMetodologia implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "exportar",
            description = "Copia la metodología por defecto (catálogo, reglas y escenarios) a una carpeta, para empezar"
                    + " una propia.",
            synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n")
    static final class Exportar implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CARPETA", description = "Carpeta nueva o vacía donde dejar la metodología.")
        Path carpeta;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(carpeta) && (!Files.isDirectory(carpeta) || !estaVacia(carpeta))) {
                throw new UsoIncorrecto("«" + carpeta + "» ya existe y no es una carpeta vacía: "
                        + "elija otra, para no sobrescribir una metodología que alguien editó.");
            }
            Metodologia metodologia = Metodologia.porDefecto();
            metodologia.archivos().forEach((ruta, contenido) -> Archivos.escribir(carpeta.resolve(ruta), contenido));
            spec.commandLine().getOut().println("Metodología «" + metodologia.origen() + "» copiada a " + carpeta + " ("
                    + metodologia.archivos().size() + " archivos). Cambie en metodologia.yaml el nombre, la versión y los"
                    + " años; edite las reglas y úsela con --metodologia " + carpeta);
            return Codigos.BIEN;
        }

        private static boolean estaVacia(Path carpeta) throws IOException {
            try (var contenido = Files.list(carpeta)) {
                return contenido.findAny().isEmpty();
            }
        }
    }
}
