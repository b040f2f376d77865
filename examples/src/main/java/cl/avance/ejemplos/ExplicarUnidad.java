package cl.avance.ejemplos;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoUnidad;
import java.nio.file.Path;

/** Embedding example: read an evaluation, grade it, and explain one unit's grades in plain words. */
public final class ExplicarUnidad {

    private ExplicarUnidad() {
    }

    public static void main(String[] args) throws EntradaInvalidaException {
        Path archivo = Path.of(args.length > 0 ? args[0] : "examples/evaluaciones/ejemplo-minimo.json");

        // Build the engine once and share it: compiling the rules is the expensive part.
        Motor motor = Motor.porDefecto();
        // The file is read against the questionnaire the engine grades: its criteria and indicators.
        Resultado resultado = motor.evaluar(LectorEvaluacion.estandar().leer(archivo, motor.metodologia().catalogo()));

        ResultadoUnidad unidad = resultado.unidades().get(0);
        System.out.println(unidad.nombre());
        unidad.criterios().forEach((criterio, r) -> {
            System.out.println("  " + criterio.codigo() + " " + criterio.titulo() + ": " + r.avance().etiqueta());
            System.out.println("    decidido por: " + String.join("; ", r.reglas()));
            if (!r.indicadoresSinInformacion().isEmpty()) {
                System.out.println("    sin información: " + r.indicadoresSinInformacion());
            }
            r.discrepancia().ifPresent(d -> System.out.println("    la unidad se calificó "
                    + d.autoevaluacion().etiqueta() + "; las reglas dan " + d.avance().etiqueta()));
            for (RecomendacionEstandar rec : r.recomendaciones()) {
                System.out.println("    - " + rec.texto());
            }
        });
    }
}
