package cl.avance.entrada;

import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Evaluacion;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads input format v1 (JSON or YAML) into an {@link Evaluacion} of a questionnaire (its {@link Catalogo}:
 * which criteria, indicators and territorial bodies exist). Either the whole file is valid, or
 * {@link EntradaInvalidaException} reports every error in it, each with its path and, when read from text, its
 * line and column; nothing is half-read. Thread-safe.
 *
 * <pre>{@code
 * Evaluacion evaluacion = LectorEvaluacion.estandar().leer(Path.of("sence-2007.json"), catalogo);
 * }</pre>
 *
 * <p>Reading is exact: content after a JSON document, a second YAML document, YAML tags other than the core
 * schema's, and control characters in texts (other than tab and line breaks) are errors; YAML is read as YAML
 * 1.2, so {@code yes}/{@code no}/{@code on}/{@code off} are texts, not booleans; YAML aliases give the anchored
 * value (at most 10,000 aliases repeating 1,000,000 values in all); CR and CRLF inside texts become LF; a UTF-8
 * byte order mark is accepted. Reading never takes more than {@link LimitesDeEntrada#bytesMaximos()} + 1 bytes
 * from any source. A null argument throws {@link NullPointerException} naming it.
 */
public final class LectorEvaluacion {

    private final LimitesDeEntrada limites;
    private final LectorJson json;
    private final LectorYaml yaml;

    /** A reader with {@code limites}. */
    public LectorEvaluacion(LimitesDeEntrada limites) {
        this.limites = Objects.requireNonNull(limites, "limites");
        this.json = new LectorJson(limites);
        this.yaml = new LectorYaml(limites);
    }

    /** A reader with {@link LimitesDeEntrada#porDefecto()}. */
    public static LectorEvaluacion estandar() {
        return new LectorEvaluacion(LimitesDeEntrada.porDefecto());
    }

    /**
     * Reads a file; its extension ({@code .json}, {@code .yaml}, {@code .yml}) names the notation. The file may
     * be anything that can be read (a FIFO, a device): at most the byte limit + 1 bytes are read from it.
     *
     * @throws EntradaInvalidaException with every error, including a missing, unreadable or too large file
     */
    public Evaluacion leer(Path archivo, Catalogo catalogo) throws EntradaInvalidaException {
        Objects.requireNonNull(archivo, "archivo");
        Objects.requireNonNull(catalogo, "catalogo");
        return validar(leerDocumento(archivo), catalogo, String.valueOf(archivo));
    }

    /**
     * Parses a file (as {@link #leer(Path, Catalogo)}) without checking its content yet: for callers that look
     * at the document (its year, say) before choosing the catalogue to validate it with.
     *
     * @throws EntradaInvalidaException as {@link #leerDocumento(byte[], Formato, String)}, or for a missing,
     *                                  unreadable or too large file
     */
    public Documento leerDocumento(Path archivo) throws EntradaInvalidaException {
        Objects.requireNonNull(archivo, "archivo");
        String nombre = archivo.toString();
        Formato formato = Formato.porExtension(archivo).orElseThrow(() -> invalida(nombre,
                "no se reconoce el formato por la extensión: use .json, .yaml o .yml"));
        if (Files.isDirectory(archivo)) {
            throw invalida(nombre, "es una carpeta, no un archivo");
        }
        byte[] bytes;
        try {
            if (Files.isRegularFile(archivo) && Files.size(archivo) > limites.bytesMaximos()) {
                throw invalida(nombre, "el archivo pesa " + Files.size(archivo) + " bytes; el máximo es "
                        + limites.bytesMaximos());
            }
            try (InputStream entrada = Files.newInputStream(archivo)) {
                bytes = leerAcotado(entrada, "el archivo", nombre);
            }
        } catch (NoSuchFileException e) {
            throw invalida(nombre, "el archivo no existe");
        } catch (AccessDeniedException e) {
            throw invalida(nombre, "no tiene permiso para leer el archivo");
        } catch (IOException e) {
            throw invalida(nombre, "no se pudo leer el archivo (" + e.getClass().getSimpleName() + ")");
        }
        return leerDocumento(bytes, formato, nombre);
    }

    /**
     * Reads a document from a stream (standard input, say), at most the byte limit + 1 bytes of it. The stream is
     * read to its end or to the limit, and not closed.
     *
     * @param entrada the document, UTF-8
     * @param formato its notation
     * @param nombre  how errors name the document ("entrada estándar", say)
     * @throws EntradaInvalidaException with every error, including a stream that fails or is too large
     */
    public Evaluacion leer(InputStream entrada, Formato formato, String nombre, Catalogo catalogo)
            throws EntradaInvalidaException {
        Objects.requireNonNull(catalogo, "catalogo");
        return validar(leerDocumento(entrada, formato, nombre), catalogo, nombre);
    }

    /**
     * Parses a document from a stream (as {@link #leer(InputStream, Formato, String, Catalogo)}) without checking
     * its content yet.
     *
     * @throws EntradaInvalidaException for a stream that fails or is too large, or as
     *                                  {@link #leerDocumento(byte[], Formato, String)}
     */
    public Documento leerDocumento(InputStream entrada, Formato formato, String nombre) throws EntradaInvalidaException {
        Objects.requireNonNull(entrada, "entrada");
        Objects.requireNonNull(formato, "formato");
        Objects.requireNonNull(nombre, "nombre");
        byte[] bytes;
        try {
            bytes = leerAcotado(entrada, "la entrada", nombre);
        } catch (IOException e) {
            throw invalida(nombre, "no se pudo leer la entrada (" + e.getClass().getSimpleName() + ")");
        }
        return leerDocumento(bytes, formato, nombre);
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
        Objects.requireNonNull(catalogo, "catalogo");
        return validar(leerDocumento(contenido, formato, nombre), catalogo, nombre);
    }

    /**
     * Parses a document, keeping where each value is written, and checks its syntax, limits and text (not yet
     * its content: see {@link #validar(Documento, Catalogo, String)}).
     *
     * @throws EntradaInvalidaException for a syntax error, a limit exceeded, text that is not UTF-8, content
     *                                  after the document, a duplicate key, a control character, a YAML tag, alias
     *                                  or second document that cannot be read exactly
     */
    public Documento leerDocumento(byte[] contenido, Formato formato, String nombre) throws EntradaInvalidaException {
        Objects.requireNonNull(contenido, "contenido");
        Objects.requireNonNull(formato, "formato");
        Objects.requireNonNull(nombre, "nombre");
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
        if (texto.startsWith("\uFEFF")) {
            texto = texto.substring(1); // the byte order mark some editors write; in JSON as in YAML
        }
        try {
            return formato == Formato.JSON ? json.leer(texto) : yaml.leer(texto);
        } catch (DocumentoIlegible e) {
            throw new EntradaInvalidaException(nombre, e.errores());
        }
    }

    /**
     * Parses a document into a tree, checking syntax and limits only. For tools that embed evaluations in
     * documents of their own (scenario files); others use {@link #leer(Path, Catalogo)}.
     *
     * @throws EntradaInvalidaException as {@link #leerDocumento}
     */
    public JsonNode leerArbol(byte[] contenido, Formato formato, String nombre) throws EntradaInvalidaException {
        return leerDocumento(contenido, formato, nombre).raiz();
    }

    /**
     * Checks a parsed document against input format v1 and the questionnaire {@code catalogo}; each error gets the line and column where its place is
     * written (for a missing field, where the object that lacks it begins).
     *
     * @throws EntradaInvalidaException with every error, each with its path, line and column
     */
    public Evaluacion validar(Documento documento, Catalogo catalogo, String nombre) throws EntradaInvalidaException {
        Objects.requireNonNull(documento, "documento");
        Objects.requireNonNull(catalogo, "catalogo");
        Objects.requireNonNull(nombre, "nombre");
        Validador validador = new Validador(catalogo);
        Optional<Evaluacion> evaluacion = validador.validar(documento.raiz());
        if (evaluacion.isPresent()) {
            return evaluacion.get();
        }
        throw new EntradaInvalidaException(nombre, validador.errores().stream().map(e -> ubicado(e, documento)).toList());
    }

    /**
     * Checks a tree against input format v1. A tree has no lines: errors carry paths only; prefer
     * {@link #validar(Documento, Catalogo, String)} for text.
     *
     * @throws EntradaInvalidaException with every error, each with its JSON path
     */
    public Evaluacion validar(JsonNode raiz, Catalogo catalogo, String nombre) throws EntradaInvalidaException {
        Objects.requireNonNull(raiz, "raiz");
        Objects.requireNonNull(catalogo, "catalogo");
        Objects.requireNonNull(nombre, "nombre");
        Validador validador = new Validador(catalogo);
        return validador.validar(raiz)
                .orElseThrow(() -> new EntradaInvalidaException(nombre, validador.errores()));
    }

    /** {@code error} with the line and column of its place, and the reader's hint about that value if any. */
    private static ErrorDeEntrada ubicado(ErrorDeEntrada error, Documento documento) {
        Ubicacion donde = documento.ubicaciones().de(error.puntero());
        String pista = documento.pista(error.puntero());
        return new ErrorDeEntrada(error.ruta(), error.puntero(), pista == null ? error.mensaje() : error.mensaje() + " " + pista,
                donde.linea(), donde.columna());
    }

    /** At most the byte limit + 1 bytes: enough to tell that a source is too large, whatever it is. */
    private byte[] leerAcotado(InputStream entrada, String que, String nombre) throws IOException, EntradaInvalidaException {
        int maximo = (int) Math.min(limites.bytesMaximos(), Integer.MAX_VALUE - 16);
        byte[] bytes = entrada.readNBytes(maximo + 1);
        if (bytes.length > maximo) {
            throw invalida(nombre, que + " pesa más de " + maximo + " bytes; el máximo es " + maximo);
        }
        return bytes;
    }

    private static EntradaInvalidaException invalida(String nombre, String mensaje) {
        return new EntradaInvalidaException(nombre, List.of(ErrorDeEntrada.delDocumento(mensaje)));
    }
}
