package cl.avance.entrada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Documento} from the values a parser ({@link LectorJson}, {@link LectorYaml}) reports in
 * document order, with their positions. The checks both notations share live here, once: duplicate keys,
 * control characters in text, CR and CRLF in text (made LF), nesting depth and text length.
 *
 * <p>Errors that leave the rest of the document readable (a duplicate key, a control character, an unknown
 * YAML tag) are collected and reported together by {@link #documento()}; the others end the reading at once
 * with {@link DocumentoIlegible}. Not thread-safe: one per document.
 */
final class ConstructorDeDocumento {

    static final String NUMERO_DEMASIADO_LARGO =
            "un valor excede los límites de seguridad (número o texto demasiado largo)";

    static String anidaDemasiado(LimitesDeEntrada limites) {
        return "el documento anida más de " + limites.profundidadMaxima() + " niveles";
    }

    static String textoDemasiadoLargo(LimitesDeEntrada limites) {
        return "un texto supera los " + limites.largoMaximoTexto() + " caracteres";
    }

    /** "{@code quien} contiene el carácter de control U+001B, …" */
    static String controlProhibido(String quien, int caracter) {
        return "%s contiene el carácter de control U+%04X, que no se admite: bórrelo".formatted(quien, caracter);
    }

    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;

    /** An object or array still open, with the member being read. */
    private static final class Abierto {
        final JsonNode nodo;
        final Ubicaciones.Miembros miembros;
        final long posicion;
        String clave;
        long posicionClave;

        Abierto(JsonNode nodo, Ubicaciones.Miembros miembros, long posicion) {
            this.nodo = nodo;
            this.miembros = miembros;
            this.posicion = posicion;
        }
    }

    private final LimitesDeEntrada limites;
    private final List<Abierto> abiertos = new ArrayList<>();
    private final List<ErrorDeEntrada> errores = new ArrayList<>();
    private final Map<String, String> pistas = new HashMap<>();
    private JsonNode raiz;
    private long posicionRaiz;
    private Ubicaciones.Miembros miembrosDeLaRaiz;
    private long valores;

    /** The last value completed, with its members' positions (for YAML anchors). */
    private JsonNode ultimo;
    private Ubicaciones.Miembros miembrosDelUltimo;

    ConstructorDeDocumento(LimitesDeEntrada limites) {
        this.limites = limites;
    }

    /** True when the next scalar is a key of the innermost open object. */
    boolean esperaClave() {
        return !abiertos.isEmpty() && abiertos.get(abiertos.size() - 1).nodo.isObject()
                && abiertos.get(abiertos.size() - 1).clave == null;
    }

    /** True once the root value is complete. */
    boolean completo() {
        return raiz != null;
    }

    /** How many values (objects, arrays and scalars) have been read so far, counting those aliases repeat. */
    long valores() {
        return valores;
    }

    JsonNode ultimo() {
        return ultimo;
    }

    Ubicaciones.Miembros miembrosDelUltimo() {
        return miembrosDelUltimo;
    }

    void abrirObjeto(long posicion) {
        abrir(NODOS.objectNode(), Ubicaciones.Miembros.deObjeto(), posicion);
    }

    void abrirLista(long posicion) {
        abrir(NODOS.arrayNode(), Ubicaciones.Miembros.deLista(), posicion);
    }

    private void abrir(JsonNode nodo, Ubicaciones.Miembros miembros, long posicion) {
        if (abiertos.size() >= limites.profundidadMaxima()) {
            throw fatal(posicion, anidaDemasiado(limites));
        }
        abiertos.add(new Abierto(nodo, miembros, posicion));
    }

    /** Closes the innermost object or array. */
    void cerrar() {
        Abierto cerrado = abiertos.remove(abiertos.size() - 1);
        cerrado.miembros.ajustar();
        agregar(cerrado.nodo, cerrado.posicion, cerrado.miembros, 1);
    }

    /** The key of the next member of the innermost object. */
    void clave(String clave, long posicion) {
        Abierto objeto = abiertos.get(abiertos.size() - 1);
        objeto.clave = texto(clave);
        objeto.posicionClave = posicion;
        if (objeto.nodo.has(objeto.clave)) {
            error(posicion, "la clave «" + objeto.clave + "» está repetida en el mismo objeto");
        }
        revisarControles(clave, posicion);
    }

    /** A string value. */
    void texto(String valor, long posicion) {
        texto(valor, posicion, null);
    }

    /** A string value; {@code pista}, if not null, is added to any later error about it. */
    void texto(String valor, long posicion, String pista) {
        if (valor.length() > limites.largoMaximoTexto()) {
            throw fatal(posicion, textoDemasiadoLargo(limites));
        }
        revisarControles(valor, posicion);
        if (pista != null) {
            pistas.put(rutaDelSiguiente().puntero(), pista);
        }
        escalar(NODOS.textNode(texto(valor)), posicion);
    }

    /** A number, boolean or null. */
    void escalar(JsonNode valor, long posicion) {
        agregar(valor, posicion, null, 1);
    }

    /**
     * A value read once and repeated here (a YAML alias): {@code valor} is the anchored value, {@code cuantos}
     * the values it holds, {@code miembros} where they are written.
     */
    void repetido(JsonNode valor, long posicion, Ubicaciones.Miembros miembros, long cuantos) {
        agregar(valor.deepCopy(), posicion, miembros, cuantos);
    }

    /** An error that leaves the rest of the document readable, at the value about to be read. */
    void error(long posicion, String mensaje) {
        Ubicacion donde = Ubicacion.desempacar(posicion);
        errores.add(ErrorDeEntrada.en(rutaDelSiguiente(), mensaje).en(donde.linea(), donde.columna()));
    }

    /** An error that ends the reading, at the value about to be read. */
    DocumentoIlegible fatal(long posicion, String mensaje) {
        error(posicion, mensaje);
        return new DocumentoIlegible(errores);
    }

    /** The document, or {@link DocumentoIlegible} with every error collected. */
    Documento documento() {
        if (!errores.isEmpty()) {
            throw new DocumentoIlegible(errores);
        }
        return new Documento(raiz, new Ubicaciones(posicionRaiz, miembrosDeLaRaiz), pistas);
    }

    private void agregar(JsonNode valor, long posicion, Ubicaciones.Miembros miembros, long cuantos) {
        valores += cuantos;
        ultimo = valor;
        miembrosDelUltimo = miembros;
        if (abiertos.isEmpty()) {
            raiz = valor;
            posicionRaiz = posicion;
            miembrosDeLaRaiz = miembros;
            return;
        }
        Abierto padre = abiertos.get(abiertos.size() - 1);
        if (padre.nodo instanceof ObjectNode objeto) {
            if (!objeto.has(padre.clave)) {
                objeto.set(padre.clave, valor);
                padre.miembros.agregar(padre.clave, padre.posicionClave, posicion, miembros);
            }
            padre.clave = null;
        } else {
            ((ArrayNode) padre.nodo).add(valor);
            padre.miembros.agregar(null, 0, posicion, miembros);
        }
    }

    /** Where the value about to be read goes (for a key just read, the member it names). */
    private Ruta rutaDelSiguiente() {
        Ruta ruta = Ruta.raiz();
        for (Abierto abierto : abiertos) {
            if (abierto.nodo.isObject()) {
                if (abierto.clave != null) {
                    ruta = ruta.campo(abierto.clave);
                }
            } else {
                ruta = ruta.elemento(abierto.nodo.size());
            }
        }
        return ruta;
    }

    private void revisarControles(String texto, long posicion) {
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (esControlProhibido(c)) {
                error(posicion, controlProhibido("el texto", c));
                return;
            }
        }
    }

    /** C0 controls except tab, LF and CR; DEL; C1 controls. CR is allowed because {@link #texto} makes it LF. */
    static boolean esControlProhibido(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /** Text pasted from Word brings CR and CRLF: both become LF. */
    private static String texto(String texto) {
        return texto.indexOf('\r') < 0 ? texto : texto.replace("\r\n", "\n").replace('\r', '\n');
    }
}
