package cl.avance.cli;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.Documento;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.modelo.Evaluacion;
import cl.avance.resultado.Resultado;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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

    @Option(names = "--lote",
            description = "ARCHIVO es JSON Lines: una evaluación por línea; escribe un resultado JSON por línea "
                    + "(o un registro de error con su número de línea) y un resumen en la salida de errores.")
    boolean lote;

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (lote) {
            return lote();
        }
        // The methodologies load on the other core while the input is parsed; a broken input is reported at once.
        CompletableFuture<Motores> cargando = CompletableFuture.supplyAsync(comunes::motores);
        LectorEvaluacion lector = LectorEvaluacion.estandar();
        Documento documento = lector.leerDocumento(archivo);
        Motores motores = OpcionesComunes.esperar(cargando);
        Evaluacion evaluacion = motores.validar(lector, documento, archivo.toString());
        Resultado resultado = motores.motor(motores.metodologiaDe(documento.raiz())).evaluar(evaluacion);
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

    private int lote() throws IOException {
        if (spec.commandLine().getParseResult().hasMatchedOption("--formato") && formato != FormatoInforme.json) {
            throw new IllegalArgumentException("--lote escribe JSON Lines: use --formato json o no indique formato");
        }
        if (!Files.isRegularFile(archivo)) {
            throw new IllegalArgumentException("«" + archivo + "»: el archivo no existe");
        }
        Motores motores = comunes.motores();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progreso = Boolean.getBoolean("avance.terminal") ? err : null;
        long inicio = System.nanoTime();
        Lote.Resumen resumen;
        try (InputStream entrada = Files.newInputStream(archivo)) {
            Lote proceso = new Lote(motores, LimitesDeEntrada.porDefecto());
            resumen = salida == null
                    ? proceso.procesar(entrada, Archivos.utf8(System.out), progreso)
                    : Archivos.escribir(salida, w -> proceso.procesar(entrada, w, progreso));
        }
        double segundos = (System.nanoTime() - inicio) / 1e9;
        err.printf(Locale.ROOT, "avance: %d líneas: %d resultados, %d errores; %d unidades calificadas en %.1f s%n",
                resumen.lineas(), resumen.resultados(), resumen.errores(), resumen.unidades(), segundos);
        err.flush();
        return resumen.errores() == 0 ? Codigos.BIEN : Codigos.ENTRADA;
    }
}
