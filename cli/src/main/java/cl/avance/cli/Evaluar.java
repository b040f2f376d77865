package cl.avance.cli;

import cl.avance.entrada.Documento;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
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

    @Parameters(index = "0", paramLabel = "ARCHIVO", description = "La evaluación: .json, .yaml o .yml; «-» la lee de la entrada estándar.")
    Path archivo;

    @Option(names = "--formato", paramLabel = "FORMATO", defaultValue = "texto",
            description = "texto (por defecto), markdown, html o json (el contrato JSON de la metodología).")
    FormatoInforme formato;

    @Option(names = "--salida", paramLabel = "ARCHIVO",
            description = "Escribe el informe en este archivo en vez de la pantalla («-»: la salida estándar).")
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
    @SuppressWarnings("try") // the lock is held for the body's duration; the body does not use it
    public Integer call() throws Exception {
        Archivos.noEsLaEntrada(salida, archivo);
        if (lote) {
            return lote();
        }
        // The methodologies load on the other core while the input is parsed; a broken input is reported at once.
        CompletableFuture<Motores> cargando = CompletableFuture.supplyAsync(comunes::motores);
        Documento documento = Entradas.leerDocumento(archivo, LimitesDeEntrada.porDefecto());
        Motores motores = OpcionesComunes.esperar(cargando);
        Evaluacion evaluacion = motores.validar(LectorEvaluacion.estandar(), documento, archivo.toString());
        Resultado resultado = calificar(motores.motor(motores.metodologiaDe(documento.raiz())), evaluacion);
        if (Archivos.esSalidaEstandar(salida)) {
            try (var entero = Terminacion.registroEntero()) {
                formato.escribir(resultado, spec.commandLine().getOut());
            }
        } else {
            Archivos.escribir(salida, w -> {
                formato.escribir(resultado, w);
                return null;
            });
            spec.commandLine().getErr().println("Informe (" + formato + ") escrito en " + salida);
        }
        return Codigos.BIEN;
    }

    /** Memory exhausted or a stack overflow while rules from a folder run is the rules' doing: exit 3. */
    private Resultado calificar(Motor motor, Evaluacion evaluacion) {
        try {
            return motor.evaluar(evaluacion);
        } catch (OutOfMemoryError | StackOverflowError e) {
            if (motor.metodologia() == Metodologia.porDefectoSiCargada()) {
                throw e;
            }
            throw new EvaluacionFallidaException((e instanceof StackOverflowError
                    ? "una regla se llama a sí misma sin fin (desbordamiento de pila)"
                    : "la memoria se agotó mientras las reglas de «" + motor.metodologia().origen() + "» calificaban ("
                            + evaluacion.unidades().size() + " unidades)") + ".", e);
        }
    }

    private int lote() throws IOException {
        if (spec.commandLine().getParseResult().hasMatchedOption("--formato") && formato != FormatoInforme.json) {
            throw new UsoIncorrecto("--lote escribe JSON Lines: use --formato json o no indique formato");
        }
        Motores motores = comunes.motores();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progreso = Boolean.getBoolean("avance.terminal") ? err : null;
        long inicio = System.nanoTime();
        Lote.Resumen resumen;
        try (InputStream entrada = Entradas.abrirLote(archivo)) {
            Lote proceso = new Lote(motores, LimitesDeEntrada.porDefecto());
            resumen = Archivos.esSalidaEstandar(salida)
                    ? proceso.vaciandoCadaRegistro().procesar(entrada, spec.commandLine().getOut(), progreso)
                    : Archivos.escribir(salida, w -> proceso.procesar(entrada, w, progreso));
        }
        double segundos = (System.nanoTime() - inicio) / 1e9;
        err.printf(Locale.ROOT, "avance: %d líneas: %d resultados, %d errores; %d unidades calificadas en %.1f s%n",
                resumen.lineas(), resumen.resultados(), resumen.errores(), resumen.unidades(), segundos);
        err.flush();
        return resumen.errores() == 0 ? Codigos.BIEN : Codigos.ENTRADA;
    }
}
