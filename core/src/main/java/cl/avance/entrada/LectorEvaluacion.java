package cl.avance.entrada;

import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Evaluacion;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads input format v1 (JSON or YAML) into an {@link Evaluacion} of a questionnaire (its {@link Catalogo}:
 * which criteria, indicators and territorial bodies exist). Either the whole file is valid, or
 * {@link EntradaInvalidaException} reports every error in it; nothing is half-read. Thread-safe.
 *
 * <pre>{@code
 * Evaluacion evaluacion = LectorEvaluacion.estandar().leer(Path.of("sence-2007.json"), catalogo);
 * }</pre>
 */
public final class LectorEvaluacion {

    private static final Pattern CARACTER_INESPERADO = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern CLAVE_REPETIDA = Pattern.compile("Duplicate field '(.+?)'");

    private final LimitesDeEntrada limites;
    private final ObjectMapper json;
    private final ObjectMapper yaml;

    /** A reader with {@code limites}. */
    public LectorEvaluacion(LimitesDeEntrada limites) {
        this.limites = Objects.requireNonNull(limites, "limites");
        StreamReadConstraints restricciones = StreamReadConstraints.builder()
                .maxNestingDepth(limites.profundidadMaxima())
                .maxStringLength(limites.largoMaximoTexto())
                .maxNumberLength(20)
                .build();
        JsonFactory fabricaJson = JsonFactory.builder()
                .streamReadConstraints(restricciones)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        LoaderOptions opcionesYaml = new LoaderOptions();
        opcionesYaml.setMaxAliasesForCollections(20);
        opcionesYaml.setNestingDepthLimit(limites.profundidadMaxima());
        opcionesYaml.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limites.bytesMaximos()));
        YAMLFactory fabricaYaml = YAMLFactory.builder()
                .loaderOptions(opcionesYaml)
                .streamReadConstraints(restricciones)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(fabricaJson);
        this.yaml = new ObjectMapper(fabricaYaml);
    }

    /** A reader with {@link LimitesDeEntrada#porDefecto()}. */
    public static LectorEvaluacion estandar() {
        return new LectorEvaluacion(LimitesDeEntrada.porDefecto());
    }

    /**
     * Reads a file; its extension ({@code .json}, {@code .yaml}, {@code .yml}) names the notation.
     *
     * @throws EntradaInvalidaException with every error, including a missing or unreadable file
     */
    public Evaluacion leer(Path archivo, Catalogo catalogo) throws EntradaInvalidaException {
        return validar(leerArbol(archivo), catalogo, archivo.toString());
    }

    /**
     * Parses a file into a tree, checking syntax and limits only; its extension names the notation. For
     * callers that look at the document (its year, say) before choosing the catalogue to validate it with.
     *
     * @throws EntradaInvalidaException for a missing or unreadable file, a syntax error or a limit exceeded
     */
    public JsonNode leerArbol(Path archivo) throws EntradaInvalidaException {
        String nombre = archivo.toString();
        Formato formato = Formato.porExtension(archivo).orElseThrow(() -> invalida(nombre,
                "no se reconoce el formato por la extensión: use .json, .yaml o .yml"));
        byte[] bytes;
        try {
            if (Files.size(archivo) > limites.bytesMaximos()) {
                throw invalida(nombre, "el archivo pesa " + Files.size(archivo) + " bytes; el máximo es "
                        + limites.bytesMaximos());
            }
            bytes = Files.readAllBytes(archivo);
        } catch (NoSuchFileException e) {
            throw invalida(nombre, "el archivo no existe");
        } catch (IOException e) {
            throw invalida(nombre, "no se pudo leer el archivo (" + e.getClass().getSimpleName() + ")");
        }
        return leerArbol(bytes, formato, nombre);
    }

    /**
     * Reads a document from memory.
     *
     * @param contenido the document, UTF-8
     * @param formato   its notation
     * @param nombre    how errors name the document
     * @param catalogo  the questionnaire the evaluation answers
     * @throws EntradaInvalidaException with every error
     */
    public Evaluacion leer(byte[] contenido, Formato formato, String nombre, Catalogo catalogo)
            throws EntradaInvalidaException {
        return validar(leerArbol(contenido, formato, nombre), catalogo, nombre);
    }

    /**
     * Parses a document into a tree, checking syntax and limits only. For tools that embed evaluations in
     * documents of their own (scenario files); others use {@link #leer(Path)}.
     *
     * @throws EntradaInvalidaException for a syntax error, a limit exceeded, or text that is not UTF-8
     */
    public JsonNode leerArbol(byte[] contenido, Formato formato, String nombre) throws EntradaInvalidaException {
        if (contenido.length > limites.bytesMaximos()) {
            throw invalida(nombre, "el documento pesa " + contenido.length + " bytes; el máximo es "
                    + limites.bytesMaximos());
        }
        String texto;
        try {
            texto = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(contenido)).toString();
        } catch (CharacterCodingException e) {
            throw invalida(nombre, "el archivo no está en UTF-8: guárdelo con codificación UTF-8");
        }
        JsonNode raiz;
        try {
            raiz = (formato == Formato.JSON ? json : yaml).readTree(texto);
        } catch (JsonProcessingException e) {
            throw new EntradaInvalidaException(nombre, List.of(sintaxis(e, formato)));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (aliases, nesting) as unchecked exceptions.
            throw invalida(nombre, "el documento YAML no se pudo leer: excede los límites de seguridad"
                    + " (demasiados alias o niveles de anidación)");
        }
        if (raiz == null || raiz.isMissingNode()) {
            throw invalida(nombre, "el documento está vacío");
        }
        return raiz;
    }

    /**
     * Checks a parsed document against input format v1 and the questionnaire {@code catalogo}.
     *
     * @throws EntradaInvalidaException with every error, each with its JSON path
     */
    public Evaluacion validar(JsonNode raiz, Catalogo catalogo, String nombre) throws EntradaInvalidaException {
        Validador validador = new Validador(catalogo);
        return validador.validar(raiz)
                .orElseThrow(() -> new EntradaInvalidaException(nombre, validador.errores()));
    }

    private ErrorDeEntrada sintaxis(JsonProcessingException e, Formato formato) {
        JsonLocation donde = e.getLocation();
        int linea = donde == null ? 0 : Math.max(donde.getLineNr(), 0);
        int columna = donde == null ? 0 : Math.max(donde.getColumnNr(), 0);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String mensaje;
        Matcher repetida = CLAVE_REPETIDA.matcher(original);
        Matcher caracter = CARACTER_INESPERADO.matcher(original);
        if (e instanceof StreamConstraintsException) {
            mensaje = original.contains("nesting depth")
                    ? "el documento anida más de " + limites.profundidadMaxima() + " niveles"
                    : original.contains("String value length")
                            ? "un texto supera los " + limites.largoMaximoTexto() + " caracteres"
                            : "un valor excede los límites de seguridad (número o texto demasiado largo)";
        } else if (e instanceof JsonEOFException) {
            mensaje = "el documento termina antes de tiempo: falta cerrar una llave, un corchete o unas comillas";
        } else if (repetida.find()) {
            mensaje = "la clave «" + repetida.group(1) + "» está repetida en el mismo objeto";
        } else if (caracter.find()) {
            mensaje = "carácter inesperado «" + caracter.group(1) + "»: revise comas, comillas, llaves y corchetes";
        } else {
            mensaje = "sintaxis " + formato + " no válida: revise comas, comillas, llaves y corchetes";
        }
        return ErrorDeEntrada.delDocumento(mensaje).en(linea, columna);
    }

    private static EntradaInvalidaException invalida(String nombre, String mensaje) {
        return new EntradaInvalidaException(nombre, List.of(ErrorDeEntrada.delDocumento(mensaje)));
    }
}
