package cl.avance.cli;

import cl.avance.entrada.Documento;
import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.SinMetodologiaException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The methodologies a command grades with, each evaluation by the one that governs its year, and their
 * engines, built on first use and shared (the default methodology's is prebuilt). Thread-safe.
 */
final class Motores {

    private final Metodologias metodologias;
    private final UnaryOperator<Motor> ajuste;
    private final Map<Metodologia, Motor> motores = new ConcurrentHashMap<>();

    /** @param ajuste applied to each engine once built (the command's deadline, say) */
    Motores(Metodologias metodologias, UnaryOperator<Motor> ajuste) {
        this.metodologias = metodologias;
        this.ajuste = ajuste;
    }

    Motores(Metodologias metodologias) {
        this(metodologias, UnaryOperator.identity());
    }

    Metodologias metodologias() {
        return metodologias;
    }

    /** The engine of {@code metodologia}, compiled the first time it is asked for. */
    Motor motor(Metodologia metodologia) {
        return motores.computeIfAbsent(metodologia, m ->
                ajuste.apply(m == Metodologia.porDefectoSiCargada() ? Motor.porDefecto() : Motor.con(m)));
    }

    /** Compiles every methodology now, so that a broken one is reported before any input is read. */
    void compilarTodas() {
        metodologias.todas().forEach(this::motor);
    }

    /**
     * Validates a parsed document against the catalogue of the methodology that governs its year. When the
     * year is missing or invalid, the first methodology's catalogue reports that along with every other error.
     *
     * @throws EntradaInvalidaException with every error of the document
     * @throws SinMetodologiaException  when no methodology governs the year
     */
    Evaluacion validar(LectorEvaluacion lector, Documento documento, String nombre) throws EntradaInvalidaException {
        return lector.validar(documento, metodologiaDe(documento.raiz()).catalogo(), nombre);
    }

    /** The methodology that governs the document's {@code anio}; the first one if the year is unreadable. */
    Metodologia metodologiaDe(JsonNode arbol) {
        JsonNode anio = arbol == null ? null : arbol.get("anio");
        if (anio == null || !anio.isIntegralNumber() || !anio.canConvertToInt()) {
            return metodologias.todas().get(0);
        }
        return metodologias.para(anio.intValue());
    }
}
