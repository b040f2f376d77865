package cl.avance.motor;

import cl.avance.modelo.Catalogo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A methodology: a questionnaire's catalogue (criteria, indicators, territorial bodies), the years it
 * governs, the rules that grade it and the scenarios that test them, read from a folder policy staff own:
 *
 * <pre>
 * metodologia.yaml      name, version, years, catalogue
 * **&#47;*.drl             the rules, in any subfolder
 * escenarios/*.yaml     scenario tests
 * </pre>
 *
 * Results name it by {@link #origen()} (name and version, never a local path) and {@link #huella()}, a
 * SHA-256 over the catalogue file and every rule file. Immutable.
 */
public final class Metodologia {

    /** The file that describes a methodology, at the top of its folder. */
    public static final String DESCRIPCION = "metodologia.yaml";
    /** The folder, inside a methodology, that holds its scenario tests. */
    public static final String ESCENARIOS = "escenarios/";

    /** Classpath folder of the default methodology, shipped by {@code avance-rules}. */
    static final String CARPETA_POR_DEFECTO = "cl/avance/reglas/";
    /** Lists every file of the default methodology, relative to its folder (a jar cannot be listed). */
    static final String INDICE_POR_DEFECTO = CARPETA_POR_DEFECTO + "metodologia.lista";
    /**
     * Where {@code avance-rules} keeps a copy of the rule sources (renamed {@code *.fuente}, so that Drools
     * does not compile them again): its knowledge base is prebuilt.
     */
    static final String FUENTES_POR_DEFECTO = "avance-fuentes/" + CARPETA_POR_DEFECTO;

    private final String nombre;
    private final String version;
    private final SortedSet<Integer> anios;
    private final Catalogo catalogo;
    private final Reglas reglas;
    private final SortedMap<String, String> escenarios;
    private final String descripcion;
    private final String huella;

    private Metodologia(LectorMetodologia.Descripcion leida, String descripcion, Reglas reglas,
                        SortedMap<String, String> escenarios) {
        this.nombre = leida.nombre();
        this.version = leida.version();
        this.anios = Collections.unmodifiableSortedSet(leida.anios());
        this.catalogo = leida.catalogo();
        this.descripcion = descripcion;
        this.reglas = reglas;
        this.escenarios = Collections.unmodifiableSortedMap(escenarios);
        SortedMap<String, String> cubiertos = new TreeMap<>(reglas.archivos());
        cubiertos.put(DESCRIPCION, descripcion);
        this.huella = huella(cubiertos);
    }

    /**
     * The methodology's files given as text: path (relative to the methodology's folder, with {@code /}) →
     * content. {@value #DESCRIPCION} is required; {@code .drl}/{@code .dsl}/{@code .dslr} files are rules;
     * files under {@value #ESCENARIOS} are scenarios; anything else is ignored.
     *
     * @throws ReglasInvalidasException when {@value #DESCRIPCION} is missing or invalid, or there is no rule
     */
    public static Metodologia desdeTextos(Map<String, String> archivos) {
        Objects.requireNonNull(archivos, "archivos");
        String descripcion = archivos.get(DESCRIPCION);
        if (descripcion == null) {
            throw new ReglasInvalidasException("la metodología", List.of(new ProblemaDeRegla(DESCRIPCION, 0, 0,
                    "falta " + DESCRIPCION + ": una metodología es una carpeta con " + DESCRIPCION
                            + " (nombre, versión, años y catálogo), sus reglas .drl y sus escenarios",
                    "para empezar, copie la metodología por defecto: avance metodologia exportar CARPETA")));
        }
        LectorMetodologia.Descripcion leida = LectorMetodologia.leer(descripcion);
        SortedMap<String, String> reglas = new TreeMap<>();
        SortedMap<String, String> escenarios = new TreeMap<>();
        archivos.forEach((ruta, contenido) -> {
            if (ruta.startsWith(ESCENARIOS)) {
                escenarios.put(ruta, contenido);
            } else if (Reglas.esArchivoDeReglas(ruta)) {
                reglas.put(ruta, contenido);
            }
        });
        if (reglas.isEmpty()) {
            throw new ReglasInvalidasException(leida.nombre(), List.of(new ProblemaDeRegla("", 0, 0,
                    "la metodología no tiene archivos de reglas (.drl)", null)));
        }
        String origen = leida.nombre() + " " + leida.version();
        return new Metodologia(leida, descripcion, Reglas.desdeTextos(origen, reglas), escenarios);
    }

    /**
     * The methodology in {@code carpeta}. Files that resolve outside the folder (symbolic links) are refused.
     *
     * @throws IllegalArgumentException  when the folder does not exist or a file is not UTF-8
     * @throws ReglasInvalidasException  when the methodology is invalid
     */
    public static Metodologia desdeCarpeta(Path carpeta) {
        Objects.requireNonNull(carpeta, "carpeta");
        return desdeTextos(leerCarpeta(carpeta));
    }

    /**
     * The default methodology (Sistema de Gestión Territorial, etapa 4, 2007), from the classpath.
     *
     * @throws IllegalStateException when {@code cl.avance:avance-rules} is not on the classpath
     */
    public static Metodologia porDefecto() {
        Metodologia leida = porDefecto;
        if (leida == null) {
            synchronized (Metodologia.class) {
                if (porDefecto == null) {
                    porDefecto = desdeTextos(leerClasspath());
                }
                leida = porDefecto;
            }
        }
        return leida;
    }

    /** The default methodology if it was read already, else null: lets callers tell it apart without reading it. */
    public static Metodologia porDefectoSiCargada() {
        return porDefecto;
    }

    /** Read once, on first use: the default methodology never changes while the program runs. */
    private static volatile Metodologia porDefecto;

    /** The name, as policy staff wrote it in {@value #DESCRIPCION}. */
    public String nombre() {
        return nombre;
    }

    /** The version, as written in {@value #DESCRIPCION}. */
    public String version() {
        return version;
    }

    /** The evaluation years this methodology governs. */
    public SortedSet<Integer> anios() {
        return anios;
    }

    /** The years it governs, for people: "2007", "2007, 2009", "2008–2010", "todos". */
    public String aniosComoTexto() {
        if (anios.first() == LectorMetodologia.PRIMER_ANIO && anios.last() == LectorMetodologia.ULTIMO_ANIO
                && anios.size() == LectorMetodologia.ULTIMO_ANIO - LectorMetodologia.PRIMER_ANIO + 1) {
            return "todos";
        }
        List<String> tramos = new ArrayList<>();
        Integer inicio = null;
        Integer previo = null;
        for (int anio : anios) {
            if (previo != null && anio != previo + 1) {
                tramos.add(inicio.equals(previo) ? "" + inicio : inicio + "–" + previo);
                inicio = null;
            }
            if (inicio == null) {
                inicio = anio;
            }
            previo = anio;
        }
        tramos.add(inicio.equals(previo) ? "" + inicio : inicio + "–" + previo);
        return String.join(", ", tramos);
    }

    /** Whether it governs evaluations of {@code anio}. */
    public boolean rige(int anio) {
        return anios.contains(anio);
    }

    /** What results and reports call it: name and version. */
    public String origen() {
        return nombre + " " + version;
    }

    /** The questionnaire: criteria, indicators and territorial bodies. */
    public Catalogo catalogo() {
        return catalogo;
    }

    /** The rule files. */
    public Reglas reglas() {
        return reglas;
    }

    /** The scenario files: path (under {@value #ESCENARIOS}) → content. */
    public SortedMap<String, String> escenarios() {
        return escenarios;
    }

    /** Every file of the methodology, as {@link #desdeTextos} takes them: what {@code exportar} writes. */
    public SortedMap<String, String> archivos() {
        SortedMap<String, String> todos = new TreeMap<>(reglas.archivos());
        todos.putAll(escenarios);
        todos.put(DESCRIPCION, descripcion);
        return Collections.unmodifiableSortedMap(todos);
    }

    /** SHA-256 over {@value #DESCRIPCION} and every rule file, in lowercase hexadecimal. */
    public String huella() {
        return huella;
    }

    @Override
    public String toString() {
        return "Metodologia[" + origen() + ", años " + aniosComoTexto() + ", huella " + huella.substring(0, 12) + "]";
    }

    static String huella(SortedMap<String, String> archivos) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java sin SHA-256", e);
        }
        // Path and length before each content, so that moving text between files changes the fingerprint.
        archivos.forEach((ruta, contenido) -> {
            byte[] bytes = contenido.getBytes(StandardCharsets.UTF_8);
            sha.update(ruta.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(bytes);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static SortedMap<String, String> leerCarpeta(Path carpeta) {
        if (!Files.isDirectory(carpeta)) {
            throw new IllegalArgumentException("La carpeta de la metodología «" + carpeta + "» no existe");
        }
        SortedMap<String, String> archivos = new TreeMap<>();
        try {
            List<Path> rutas = new ArrayList<>();
            try (Stream<Path> todas = Files.walk(carpeta)) {
                todas.sorted().forEach(rutas::add);
            }
            // A file linked from elsewhere would run rules nobody reviewed in this folder.
            Enlaces.dentroDe(carpeta, rutas);
            for (Path ruta : rutas) {
                if (!Files.isRegularFile(ruta)) {
                    continue;
                }
                String relativa = carpeta.relativize(ruta).toString().replace('\\', '/');
                if (!relativa.equals(DESCRIPCION) && !relativa.startsWith(ESCENARIOS) && !Reglas.esArchivoDeReglas(relativa)) {
                    continue;
                }
                archivos.put(relativa, decodificar(Files.readAllBytes(ruta), relativa));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la carpeta de la metodología «" + carpeta + "»", e);
        }
        if (!archivos.containsKey(DESCRIPCION)) {
            boolean antigua = archivos.keySet().stream().anyMatch(Reglas::esArchivoDeReglas);
            throw new IllegalArgumentException("«" + carpeta + "» no es una metodología: falta " + DESCRIPCION
                    + (antigua ? ". Parece una carpeta de reglas de una versión anterior de Avance: las reglas ahora viven"
                            + " en una metodología (catálogo, reglas y escenarios). Exporte la metodología por defecto con"
                            + " «avance metodologia exportar CARPETA» y copie en ella sus cambios."
                            : "; exporte la metodología por defecto con «avance metodologia exportar CARPETA» para empezar"));
        }
        return archivos;
    }

    private static SortedMap<String, String> leerClasspath() {
        ClassLoader loader = Metodologia.class.getClassLoader();
        List<String> rutas = new ArrayList<>();
        try (InputStream indice = loader.getResourceAsStream(INDICE_POR_DEFECTO)) {
            if (indice == null) {
                throw new IllegalStateException("No se encontró la metodología por defecto: agregue la dependencia "
                        + "cl.avance:avance-rules o indique una carpeta de metodología.");
            }
            for (String linea : new String(indice.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String ruta = linea.strip();
                if (!ruta.isEmpty() && !ruta.startsWith("#")) {
                    rutas.add(ruta);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice de la metodología por defecto", e);
        }
        SortedMap<String, String> archivos = new TreeMap<>();
        for (String ruta : rutas) {
            String recurso = Reglas.esArchivoDeReglas(ruta) ? FUENTES_POR_DEFECTO + ruta + ".fuente" : CARPETA_POR_DEFECTO + ruta;
            try (InputStream in = loader.getResourceAsStream(recurso)) {
                if (in == null) {
                    throw new IllegalStateException("El índice de la metodología por defecto nombra «" + ruta
                            + "», que no está en el classpath (" + recurso + ")");
                }
                archivos.put(ruta, decodificar(in.readAllBytes(), ruta));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer " + recurso, e);
            }
        }
        return archivos;
    }

    static String decodificar(byte[] bytes, String ruta) {
        try {
            String texto = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // A byte-order mark some editors add is not part of the text.
            return texto.startsWith("\uFEFF") ? texto.substring(1) : texto;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("El archivo «" + ruta + "» no está en UTF-8: guárdelo con codificación UTF-8", e);
        }
    }
}
