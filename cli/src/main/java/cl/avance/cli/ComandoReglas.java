package cl.avance.cli;

import cl.avance.motor.Reglas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reglas", description = "Trabaja con los archivos de reglas.",
        subcommands = ComandoReglas.Exportar.class,
        synopsisHeading = "Uso: ", synopsisSubcommandLabel = "COMANDO", commandListHeading = "%nComandos:%n", optionListHeading = "%nOpciones:%n")
final class ComandoReglas implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "exportar", description = "Copia las reglas por defecto a una carpeta, para empezar a editarlas.",
            synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n")
    static final class Exportar implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "CARPETA", description = "Carpeta nueva o vacía donde dejar las reglas.")
        Path carpeta;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (Files.exists(carpeta) && (!Files.isDirectory(carpeta) || !estaVacia(carpeta))) {
                throw new UsoIncorrecto("«" + carpeta + "» ya existe y no es una carpeta vacía: "
                        + "elija otra, para no sobrescribir reglas que alguien editó.");
            }
            Reglas reglas = Reglas.porDefecto();
            for (var archivo : reglas.archivos().entrySet()) {
                Archivos.escribir(carpeta.resolve(archivo.getKey()), archivo.getValue());
            }
            spec.commandLine().getOut().println(reglas.archivos().size() + " archivos de reglas copiados a " + carpeta
                    + ". Edítelos y úselos con --reglas " + carpeta);
            return Codigos.BIEN;
        }

        private static boolean estaVacia(Path carpeta) throws IOException {
            try (var contenido = Files.list(carpeta)) {
                return contenido.findAny().isEmpty();
            }
        }
    }
}
