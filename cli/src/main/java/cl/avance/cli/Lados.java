package cl.avance.cli;

import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.Comparador;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.motor.SinMetodologiaException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The two sides of {@code avance comparar}: methodology A and methodology B, each one methodology or several
 * chosen by the evaluation's year. A side with one methodology grades every evaluation, whatever years it
 * governs: comparing asks what that methodology would say (a 2008 one on a 2007 file, say).
 */
final class Lados {

    private final Motores a;
    private final Motores b;
    private final String nombreA;
    private final String nombreB;
    private final Consumer<String> avisos;
    private final Set<String> avisados = ConcurrentHashMap.newKeySet();

    /** @param avisos where to say, once per side and year, that a methodology grades a year it does not govern */
    Lados(Motores a, Motores b, Path carpetaA, Path carpetaB, Consumer<String> avisos) {
        this.a = a;
        this.b = b;
        this.avisos = avisos;
        this.nombreA = nombre(a, carpetaA);
        this.nombreB = nombre(b, carpetaB);
    }

    /** Reads and compares one file. */
    Comparacion comparar(LectorEvaluacion lector, Path archivo) throws EntradaNoComparableException {
        JsonNode arbol;
        try {
            arbol = lector.leerDocumento(archivo).raiz();
        } catch (EntradaInvalidaException e) {
            throw EntradaNoComparableException.ilegible(e, nombreA, nombreB);
        }
        return comparar(lector, arbol, archivo.toString());
    }

    /** Compares a parsed document, each side graded by the methodology that governs its year. */
    Comparacion comparar(LectorEvaluacion lector, JsonNode arbol, String nombre) throws EntradaNoComparableException {
        List<EntradaNoComparableException.Rechazo> rechazos = new ArrayList<>();
        Motor motorA = motor(a, arbol, "A", nombreA, rechazos);
        Motor motorB = motor(b, arbol, "B", nombreB, rechazos);
        if (!rechazos.isEmpty()) {
            throw new EntradaNoComparableException(nombre, rechazos);
        }
        return new Comparador(motorA, motorB, lector).comparar(arbol, nombre);
    }

    /** The side's names, for a file that cannot be read at all. */
    EntradaNoComparableException ilegible(EntradaInvalidaException e) {
        return EntradaNoComparableException.ilegible(e, nombreA, nombreB);
    }

    private Motor motor(Motores motores, JsonNode arbol, String lado, String nombre,
                        List<EntradaNoComparableException.Rechazo> rechazos) {
        List<Metodologia> todas = motores.metodologias().todas();
        if (todas.size() == 1) {
            Metodologia unica = todas.get(0);
            JsonNode anio = arbol.get("anio");
            if (anio != null && anio.isIntegralNumber() && anio.canConvertToInt()
                    && !unica.rige(anio.intValue()) && avisados.add(lado + anio.intValue())) {
                avisos.accept("avance: nota: la metodología " + lado + " («" + unica.origen() + "») rige "
                        + unica.aniosComoTexto() + "; aquí califica evaluaciones de " + anio.intValue() + ".");
            }
            return motores.motor(unica);
        }
        try {
            return motores.motor(motores.metodologiaDe(arbol));
        } catch (SinMetodologiaException e) {
            rechazos.add(new EntradaNoComparableException.Rechazo(lado, nombre,
                    List.of(ErrorDeEntrada.delDocumento(e.getMessage()))));
            return null;
        }
    }

    private static String nombre(Motores motores, Path carpeta) {
        List<Metodologia> todas = motores.metodologias().todas();
        return todas.size() == 1 ? todas.get(0).origen() : String.valueOf(carpeta);
    }
}
