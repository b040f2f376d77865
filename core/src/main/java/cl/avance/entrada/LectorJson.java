package cl.avance.entrada;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON with Jackson's streaming parser into a {@link Documento}, so that every value keeps its line and
 * column. Content after the document ({@code {…} basura}) is an error. Thread-safe.
 */
final class LectorJson {

    private static final Pattern CARACTER_INESPERADO = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern CONTROL_SIN_ESCAPAR = Pattern.compile("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;

    private final LimitesDeEntrada limites;
    private final JsonFactory fabrica;

    LectorJson(LimitesDeEntrada limites) {
        this.limites = limites;
        // The parser enforces the limits itself: it would otherwise buffer a whole long text or number first.
        this.fabrica = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limites.profundidadMaxima() + 1) // one more: the builder says where
                        .maxStringLength(limites.largoMaximoTexto())
                        .maxNumberLength(20)
                        .build())
                .build();
    }

    Documento leer(String texto) {
        ConstructorDeDocumento constructor = new ConstructorDeDocumento(limites);
        try (JsonParser parser = fabrica.createParser(texto)) {
            try {
                if (parser.nextToken() == null) {
                    throw new DocumentoIlegible(ErrorDeEntrada.delDocumento("el documento está vacío"));
                }
                do {
                    leerToken(parser, constructor);
                } while (!constructor.completo() && parser.nextToken() != null);
            } catch (JsonProcessingException e) {
                throw new DocumentoIlegible(sintaxis(e, parser));
            }
            sinNadaDespues(texto, parser.currentLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
        return constructor.documento();
    }

    private static void leerToken(JsonParser parser, ConstructorDeDocumento constructor) throws IOException {
        JsonLocation donde = parser.currentTokenLocation();
        long posicion = Ubicacion.empacar(donde.getLineNr(), donde.getColumnNr());
        switch (parser.currentToken()) {
            case START_OBJECT -> constructor.abrirObjeto(posicion);
            case START_ARRAY -> constructor.abrirLista(posicion);
            case END_OBJECT, END_ARRAY -> constructor.cerrar();
            case FIELD_NAME -> constructor.clave(parser.currentName(), posicion);
            case VALUE_STRING -> constructor.texto(parser.getText(), posicion);
            case VALUE_NUMBER_INT -> constructor.escalar(switch (parser.getNumberType()) {
                case INT -> NODOS.numberNode(parser.getIntValue());
                case LONG -> NODOS.numberNode(parser.getLongValue());
                default -> NODOS.numberNode(parser.getBigIntegerValue());
            }, posicion);
            case VALUE_NUMBER_FLOAT -> constructor.escalar(NODOS.numberNode(parser.getDoubleValue()), posicion);
            case VALUE_TRUE -> constructor.escalar(NODOS.booleanNode(true), posicion);
            case VALUE_FALSE -> constructor.escalar(NODOS.booleanNode(false), posicion);
            case VALUE_NULL -> constructor.escalar(NODOS.nullNode(), posicion);
            default -> throw new IllegalStateException("token JSON inesperado: " + parser.currentToken());
        }
    }

    /** Only white space may follow the document: anything else was being silently ignored. */
    private static void sinNadaDespues(String texto, JsonLocation finDelDocumento) {
        int i = (int) finDelDocumento.getCharOffset();
        while (i < texto.length() && " \t\r\n".indexOf(texto.charAt(i)) >= 0) {
            i++;
        }
        if (i < texto.length()) {
            Ubicacion donde = Ubicacion.desempacar(Ubicacion.enTexto(texto, i));
            throw new DocumentoIlegible(ErrorDeEntrada.delDocumento(
                    "hay contenido después del final del documento: un archivo JSON tiene un solo objeto; borre lo que"
                            + " sigue a la llave que lo cierra").en(donde.linea(), donde.columna()));
        }
    }

    private ErrorDeEntrada sintaxis(JsonProcessingException e, JsonParser parser) {
        JsonLocation donde = e.getLocation();
        if (donde == null || donde.getLineNr() < 1) {
            donde = parser.currentTokenLocation(); // limit errors come without a location: the token has one
        }
        int linea = donde == null ? 0 : Math.max(donde.getLineNr(), 0);
        int columna = donde == null ? 0 : Math.max(donde.getColumnNr(), 0);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher caracter = CARACTER_INESPERADO.matcher(original);
        Matcher control = CONTROL_SIN_ESCAPAR.matcher(original);
        Ruta ruta = Ruta.raiz();
        String mensaje;
        if (e instanceof StreamConstraintsException) {
            ruta = rutaDe(parser);
            mensaje = original.contains("nesting depth")
                    ? ConstructorDeDocumento.anidaDemasiado(limites)
                    : original.contains("String value length")
                            ? ConstructorDeDocumento.textoDemasiadoLargo(limites)
                            : ConstructorDeDocumento.NUMERO_DEMASIADO_LARGO;
        } else if (e instanceof JsonEOFException) {
            mensaje = "el documento termina antes de tiempo: falta cerrar una llave, un corchete o unas comillas";
        } else if (control.find()) {
            int codigo = Integer.parseInt(control.group(1));
            ruta = rutaDe(parser);
            mensaje = ConstructorDeDocumento.esControlProhibido(codigo) ? ConstructorDeDocumento.controlProhibido("el texto", codigo)
                    : "un texto JSON no puede llevar saltos de línea ni tabuladores tal cual: escríbalos \\n y \\t";
        } else if (caracter.find()) {
            mensaje = "carácter inesperado «" + caracter.group(1) + "»: revise comas, comillas, llaves y corchetes";
        } else {
            mensaje = "sintaxis JSON no válida: revise comas, comillas, llaves y corchetes";
        }
        return ErrorDeEntrada.en(ruta, mensaje).en(linea, columna);
    }

    /** The place the parser was reading when it failed. */
    private static Ruta rutaDe(JsonParser parser) {
        List<JsonStreamContext> contextos = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            contextos.add(0, c);
        }
        Ruta ruta = Ruta.raiz();
        for (JsonStreamContext c : contextos) {
            if (c.inArray()) {
                ruta = ruta.elemento(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                ruta = ruta.campo(c.getCurrentName());
            }
        }
        return ruta;
    }
}
