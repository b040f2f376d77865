package cl.avance.comparacion;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Motor;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Grades one evaluation with two engines, A (the methodology in use) and B (the candidate), and compares the
 * results. The evaluation is validated against each methodology's catalogue: a file is compared only when
 * both accept it; otherwise {@link EntradaNoComparableException} says which one refuses it and why.
 * Thread-safe, like the engines.
 *
 * <pre>{@code
 * Comparador comparador = new Comparador(Motor.porDefecto(), Motor.con(Metodologia.desdeCarpeta(Path.of("metodologia-2008"))));
 * Comparacion comparacion = comparador.comparar(Path.of("sence-2007.yaml"));
 * }</pre>
 *
 * <p>Each engine grades the evaluation whatever years its methodology governs: comparing is asking what
 * another methodology would say.
 */
public final class Comparador {

    private final Motor a;
    private final Motor b;
    private final LectorEvaluacion lector;

    /** Compares {@code a}'s grades with {@code b}'s, reading files with {@link LectorEvaluacion#estandar()}. */
    public Comparador(Motor a, Motor b) {
        this(a, b, LectorEvaluacion.estandar());
    }

    /** Compares {@code a}'s grades with {@code b}'s, reading files with {@code lector}. */
    public Comparador(Motor a, Motor b, LectorEvaluacion lector) {
        this.a = Objects.requireNonNull(a, "a");
        this.b = Objects.requireNonNull(b, "b");
        this.lector = Objects.requireNonNull(lector, "lector");
    }

    /**
     * Reads a file (format v1, JSON or YAML) and compares it.
     *
     * @throws EntradaNoComparableException when the file cannot be read or parsed (both methodologies then
     *                                      refuse it with the same errors), or a methodology's catalogue refuses it
     * @throws EvaluacionFallidaException   when a methodology's rules fail on it
     */
    public Comparacion comparar(Path archivo) throws EntradaNoComparableException {
        JsonNode arbol;
        try {
            arbol = lector.leerDocumento(archivo).raiz();
        } catch (EntradaInvalidaException e) {
            throw EntradaNoComparableException.ilegible(e, a.metodologia().origen(), b.metodologia().origen());
        }
        return comparar(arbol, archivo.toString());
    }

    /**
     * Compares a parsed document, validating it against each catalogue.
     *
     * @param nombre how errors and reports name the document
     * @throws EntradaNoComparableException with every error, per methodology, when either refuses it
     * @throws EvaluacionFallidaException   when a methodology's rules fail on it
     */
    public Comparacion comparar(JsonNode arbol, String nombre) throws EntradaNoComparableException {
        Objects.requireNonNull(arbol, "arbol");
        Objects.requireNonNull(nombre, "nombre");
        List<EntradaNoComparableException.Rechazo> rechazos = new ArrayList<>();
        Evaluacion paraA = validar(arbol, nombre, a, "A", rechazos);
        Evaluacion paraB = validar(arbol, nombre, b, "B", rechazos);
        if (!rechazos.isEmpty()) {
            throw new EntradaNoComparableException(nombre, rechazos);
        }
        return Comparacion.de(nombre, a.evaluar(paraA), b.evaluar(paraB));
    }

    /**
     * Compares an evaluation already read (with either catalogue, or another one of the same codes): it is
     * matched to each methodology's catalogue by code.
     *
     * @throws EntradaNoComparableException when a catalogue lacks a criterion, indicator or territorial body it uses
     * @throws EvaluacionFallidaException   when a methodology's rules fail on it
     */
    public Comparacion comparar(Evaluacion evaluacion) throws EntradaNoComparableException {
        Objects.requireNonNull(evaluacion, "evaluacion");
        return comparar(ArbolDeEvaluacion.de(evaluacion), evaluacion.servicio() + " " + evaluacion.anio());
    }

    private Evaluacion validar(JsonNode arbol, String nombre, Motor motor, String lado,
                               List<EntradaNoComparableException.Rechazo> rechazos) {
        try {
            return lector.validar(arbol, motor.metodologia().catalogo(), nombre);
        } catch (EntradaInvalidaException e) {
            rechazos.add(new EntradaNoComparableException.Rechazo(lado, motor.metodologia().origen(), e.errores()));
            return null;
        }
    }

    /** Engine A: the methodology in use. */
    public Motor a() {
        return a;
    }

    /** Engine B: the candidate methodology. */
    public Motor b() {
        return b;
    }
}
