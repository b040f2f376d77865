package cl.avance.entrada;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed input document: its tree and where each of its values is written. Made by
 * {@link LectorEvaluacion#leerDocumento}; checked against input format v1 by
 * {@link LectorEvaluacion#validar(Documento, String)}, whose errors then carry line and column. Immutable.
 */
public final class Documento {

    private final JsonNode raiz;
    private final Ubicaciones ubicaciones;
    /** Pointer → a sentence to add to any error at that pointer (see {@link ConstructorDeDocumento}). */
    private final Map<String, String> pistas;

    Documento(JsonNode raiz, Ubicaciones ubicaciones, Map<String, String> pistas) {
        this.raiz = raiz;
        this.ubicaciones = ubicaciones;
        this.pistas = Map.copyOf(pistas);
    }

    /** The tree, as JSON sees it (YAML resolved to the same shape). Do not modify it. */
    public JsonNode raiz() {
        return raiz;
    }

    /** Where each value and key is written. */
    public Ubicaciones ubicaciones() {
        return ubicaciones;
    }

    /** A hint for errors at {@code puntero}, or null. */
    String pista(String puntero) {
        return pistas.get(puntero);
    }
}
