package cl.avance.importar;

import cl.avance.importar.Borrador.CriterioBorrador;
import cl.avance.importar.Borrador.UnidadBorrador;
import cl.avance.importar.Cuestionario.SeccionLeida;
import cl.avance.importar.Cuestionario.UnidadLeida;
import cl.avance.importar.LectorCuestionario.Parrafo;
import cl.avance.importar.Sugeridor.Sugerencia;
import cl.avance.importar.Sugeridor.SugerenciasDeCriterio;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.motor.Metodologia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * From the questionnaire as it arrives (the text export or the Word document) to a {@link Borrador}: units in
 * document order, each criterion's two cells verbatim, «No aplica», and the indicator values and self-grade
 * the text supports, each with its sentence. The words that count as evidence are the methodology's
 * ({@value Metodologia#VOCABULARIO}). Thread-safe.
 *
 * <pre>{@code
 * Importador importador = Importador.con(Metodologia.porDefecto());
 * Files.writeString(Path.of("borrador.yaml"), importador.importar(Path.of("informe.docx"), null).yaml());
 * }</pre>
 */
public final class Importador {

    /** The largest document read, in bytes: questionnaires are a few hundred kilobytes. */
    public static final long BYTES_MAXIMOS = 20L * 1024 * 1024;

    private final Catalogo catalogo;
    private final Sugeridor sugeridor;

    private Importador(Catalogo catalogo, Vocabulario vocabulario) {
        this.catalogo = catalogo;
        this.sugeridor = new Sugeridor(vocabulario);
    }

    /**
     * An importer with {@code metodologia}'s catalogue and vocabulary.
     *
     * @throws IllegalArgumentException     when the methodology has no {@value Metodologia#VOCABULARIO}
     * @throws VocabularioInvalidoException when its vocabulary has problems
     */
    public static Importador con(Metodologia metodologia) {
        Objects.requireNonNull(metodologia, "metodologia");
        String texto = metodologia.vocabulario().orElseThrow(() -> new IllegalArgumentException("La metodología «"
                + metodologia.origen() + "» no tiene " + Metodologia.VOCABULARIO + ": sin vocabulario no se pueden sugerir"
                + " indicadores. Copie el de la metodología por defecto (avance metodologia exportar CARPETA) y adáptelo."));
        return new Importador(metodologia.catalogo(), LectorVocabulario.leer(texto, metodologia.catalogo()));
    }

    /** An importer with {@code vocabulario} (the text of a {@value Metodologia#VOCABULARIO}) for {@code catalogo}. */
    public static Importador con(Catalogo catalogo, String vocabulario) {
        return new Importador(catalogo, LectorVocabulario.leer(vocabulario, catalogo));
    }

    /**
     * Reads a questionnaire file: {@code .docx} as Word, anything else as text (UTF-8, or Windows-1252 as Word
     * saves it).
     *
     * @param anio the year evaluated, or null to take it from the document
     * @throws DocumentoInvalidoException when the file cannot be read or holds no questionnaire
     */
    public Borrador importar(Path documento, Integer anio) {
        byte[] bytes;
        try {
            if (Files.size(documento) > BYTES_MAXIMOS) {
                throw new DocumentoInvalidoException(documento + ": el documento pesa " + Files.size(documento)
                        + " bytes; el máximo es " + BYTES_MAXIMOS);
            }
            bytes = Files.readAllBytes(documento);
        } catch (NoSuchFileException e) {
            throw new DocumentoInvalidoException(documento + ": el archivo no existe");
        } catch (IOException e) {
            throw new DocumentoInvalidoException(documento + ": no se pudo leer el archivo (" + e.getClass().getSimpleName() + ")");
        }
        String nombre = documento.getFileName() == null ? documento.toString() : documento.getFileName().toString();
        boolean docx = nombre.toLowerCase(Locale.ROOT).endsWith(".docx") || esZip(bytes);
        return docx ? importarDocx(bytes, nombre, anio) : importarTexto(decodificar(bytes), nombre, anio);
    }

    /** Reads a questionnaire given as text. */
    public Borrador importarTexto(String texto, String nombre, Integer anio) {
        return borrador(LectorCuestionario.parrafosDeTexto(texto), nombre, anio);
    }

    /** Reads a questionnaire given as the bytes of a {@code .docx}. */
    public Borrador importarDocx(byte[] docx, String nombre, Integer anio) {
        List<Parrafo> parrafos;
        try {
            parrafos = LectorDocx.parrafos(new ByteArrayInputStream(docx));
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with a variety of exceptions; none is the user's to read.
            throw new DocumentoInvalidoException((nombre == null ? "el documento" : nombre)
                    + ": no es un documento de Word (.docx) legible; ábralo en Word y guárdelo de nuevo como .docx,"
                    + " o expórtelo como texto");
        }
        return borrador(parrafos, nombre, anio);
    }

    private Borrador borrador(List<Parrafo> parrafos, String nombre, Integer anio) {
        Cuestionario cuestionario = new LectorCuestionario(catalogo).leer(parrafos);
        String donde = nombre == null ? "el documento" : nombre;
        if (cuestionario.unidades().isEmpty()) {
            throw new DocumentoInvalidoException(donde + ": no se encontró ninguna unidad. El importador busca líneas"
                    + " «DIRECCION REGIONAL: NOMBRE» seguidas de los criterios («1.1. Perspectiva territorial…») con sus"
                    + " celdas «Desarrollo alcanzado» y «Recomendaciones».");
        }
        Integer anioFinal = anio != null ? anio : cuestionario.anio();
        if (anioFinal == null) {
            throw new DocumentoInvalidoException(donde + ": no se pudo deducir el año evaluado del documento;"
                    + " indíquelo con --anio");
        }
        List<UnidadBorrador> unidades = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (UnidadLeida unidad : cuestionario.unidades()) {
            List<CriterioBorrador> criterios = new ArrayList<>();
            Set<String> vistos = new HashSet<>();
            for (SeccionLeida seccion : unidad.secciones()) {
                if (vistos.add(seccion.codigo())) {
                    criterios.add(criterio(seccion));
                }
            }
            unidades.add(new UnidadBorrador(idUnico(slug(unidad.nombre()), ids), "Dirección Regional: " + titulo(unidad.nombre()),
                    criterios));
        }
        String servicio = cuestionario.servicio() == null ? "Servicio (complete el nombre)" : titulo(cuestionario.servicio());
        return new Borrador(nombre, servicio, anioFinal, unidades);
    }

    private CriterioBorrador criterio(SeccionLeida seccion) {
        Criterio criterio = catalogo.criterio(seccion.codigo()).orElseThrow();
        String desarrollo = seccion.desarrollo().isEmpty() ? null : String.join("\n", seccion.desarrollo());
        if (desarrollo != null && LectorCuestionario.plegar(desarrollo).startsWith("no aplica")) {
            return new CriterioBorrador(seccion.codigo(), null, seccion.recomendaciones(), desarrollo, Map.of(), Map.of(),
                    null, null);
        }
        SugerenciasDeCriterio sugerencias = sugeridor.sugerir(criterio, seccion.desarrollo(), seccion.recomendaciones());
        Map<String, Boolean> valores = new LinkedHashMap<>();
        Map<String, String> citas = new LinkedHashMap<>();
        sugerencias.indicadores().forEach((indicador, s) -> {
            valores.put(indicador.codigo(), s.valor());
            citas.put(indicador.codigo(), s.cita());
        });
        return new CriterioBorrador(seccion.codigo(), desarrollo, seccion.recomendaciones(), null, valores, citas,
                sugerencias.autoevaluacion() == null ? null : sugerencias.autoevaluacion().name(),
                sugerencias.citaAutoevaluacion());
    }

    /** Lowercase ASCII words joined by {@code -}: «L. B. O’HIGGINS» → {@code l-b-ohiggins}. */
    static String slug(String nombre) {
        String ascii = Normalizer.normalize(nombre, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’`´]", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "unidad" : slug;
    }

    private static String idUnico(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static final Set<String> MENORES = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "en", "a", "para", "por");

    /** A name written in capitals, in title case («DEL BIO BIO» → «del Bio Bio»); other names as written. */
    static String titulo(String texto) {
        String limpio = texto.strip().replaceAll("\\s+", " ");
        if (!limpio.equals(limpio.toUpperCase(Locale.ROOT))) {
            return limpio;
        }
        StringBuilder b = new StringBuilder();
        String[] palabras = limpio.split(" ");
        for (int i = 0; i < palabras.length; i++) {
            String p = palabras[i];
            String minuscula = p.toLowerCase(Locale.ROOT);
            if (i > 0) {
                b.append(' ');
            }
            if (i > 0 && MENORES.contains(minuscula)) {
                b.append(minuscula);
            } else if (p.matches("[IVXLC]+") && p.length() <= 4 || p.matches("[A-Z]\\.?")) {
                b.append(p);
            } else {
                b.append(capitalizar(minuscula));
            }
        }
        return b.toString();
    }

    private static String capitalizar(String palabra) {
        StringBuilder b = new StringBuilder(palabra.length());
        boolean inicio = true;
        for (char c : palabra.toCharArray()) {
            b.append(inicio ? Character.toUpperCase(c) : c);
            inicio = c == '\'' || c == '’' || c == '-';
        }
        return b.toString();
    }

    private static boolean esZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static String decodificar(byte[] bytes) {
        try {
            String texto = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return texto.startsWith("\uFEFF") ? texto.substring(1) : texto;
        } catch (CharacterCodingException e) {
            // Word's "plain text" export on Windows.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
