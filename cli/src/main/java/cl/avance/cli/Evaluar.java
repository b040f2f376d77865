package cl.avance.cli;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluar", sortOptions = false,
        description = "Califica una evaluación (formato de entrada v1, JSON o YAML) y escribe el informe ejecutivo.",
        synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n")
final class Evaluar implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ARCHIVO", description = "La evaluación: .json, .yaml o .yml.")
    Path archivo;

    @Option(names = "--formato", paramLabel = "FORMATO", defaultValue = "texto",
            description = "texto (por defecto), markdown, html o json (el contrato JSON de la metodología).")
    FormatoInforme formato;

    @Option(names = "--salida", paramLabel = "ARCHIVO",
            description = "Escribe el informe en este archivo en vez de la pantalla.")
    Path salida;

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The rules load on the other core while the input is read; a broken input is reported at once.
        CompletableFuture<Motor> cargando = CompletableFuture.supplyAsync(comunes::motor);
        Evaluacion evaluacion = LectorEvaluacion.estandar().leer(archivo);
        Motor motor = OpcionesComunes.esperar(cargando);
        Resultado resultado = motor.evaluar(evaluacion);
        String informe = formato.escribir(resultado);
        if (salida == null) {
            spec.commandLine().getOut().print(informe);
            spec.commandLine().getOut().flush();
        } else {
            Archivos.escribir(salida, informe);
            spec.commandLine().getErr().println("Informe (" + formato + ") escrito en " + salida);
        }
        return Codigos.BIEN;
    }
}
