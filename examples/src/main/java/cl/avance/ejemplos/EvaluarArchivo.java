package cl.avance.ejemplos;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Motor;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.salida.ResultadoJson;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Grades an evaluation file (input format v1) with the default rules and prints the JSON result.
 * Exit codes: 0 ok, 2 bad input or usage, 3 rule problems.
 */
public final class EvaluarArchivo {

    private EvaluarArchivo() {
    }

    public static void main(String[] args) {
        System.exit(ejecutar(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    static int ejecutar(String[] args, PrintStream salida, PrintStream errores) {
        if (args.length != 1) {
            errores.println("Uso: EvaluarArchivo ARCHIVO.json|ARCHIVO.yaml");
            return 2;
        }
        Motor motor = Motor.porDefecto();
        Evaluacion evaluacion;
        try {
            evaluacion = LectorEvaluacion.estandar().leer(Path.of(args[0]), motor.metodologia().catalogo());
        } catch (EntradaInvalidaException e) {
            errores.println(e.getMessage());
            return 2;
        }
        try {
            salida.print(ResultadoJson.escribir(motor.evaluar(evaluacion)));
            return 0;
        } catch (ReglasInvalidasException | EvaluacionFallidaException e) {
            errores.println(e.getMessage());
            return 3;
        }
    }
}
