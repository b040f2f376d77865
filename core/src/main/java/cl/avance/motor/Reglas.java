package cl.avance.motor;

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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An immutable set of rule files ({@code .drl}, and DSL {@code .dsl}/{@code .dslr}) with where it came from
 * and its SHA-256 fingerprint. Reading rules never compiles them: {@link Motor#con(Reglas)} does.
 */
public final class Reglas {

    /** Classpath resource, shipped by {@code avance-rules}, that lists the default rule files. */
    static final String INDICE_POR_DEFECTO = "cl/avance/reglas/reglas.lista";
    /** The list of model classes of the default rules, prebuilt by the kie-maven-plugin in {@code avance-rules}. */
    static final String MODELO_POR_DEFECTO = "META-INF/kie/cl.avance/avance-rules/drools-model";
    /**
     * Where {@code avance-rules} keeps a copy of the rule sources (each renamed {@code *.fuente}, so that
     * Drools does not compile it again); its knowledge base is prebuilt.
     */
    static final String FUENTES_POR_DEFECTO = "avance-fuentes/";

    private static final List<String> EXTENSIONES = List.of(".drl", ".dsl", ".dslr");

    private final String origen;
    private final SortedMap<String, String> archivos;
    private final String huella;

    private Reglas(String origen, Map<String, String> archivos) {
        this.origen = Objects.requireNonNull(origen, "origen");
        this.archivos = Collections.unmodifiableSortedMap(new TreeMap<>(archivos));
        if (this.archivos.isEmpty()) {
            throw new IllegalArgumentException("Un conjunto de reglas necesita al menos un archivo");
        }
        this.huella = huella(this.archivos);
    }

    /**
     * The default rules of the methodology, read from the classpath.
     *
     * @throws IllegalStateException when {@code cl.avance:avance-rules} is not on the classpath
     */
    public static Reglas porDefecto() {
        ClassLoader loader = Reglas.class.getClassLoader();
        List<String> rutas = new ArrayList<>();
        try (InputStream indice = loader.getResourceAsStream(INDICE_POR_DEFECTO)) {
            if (indice == null) {
                throw new IllegalStateException("No se encontraron las reglas por defecto: agregue la dependencia "
                        + "cl.avance:avance-rules o indique una carpeta de reglas.");
            }
            for (String linea : new String(indice.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String ruta = linea.strip();
                if (!ruta.isEmpty() && !ruta.startsWith("#")) {
                    rutas.add(ruta);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el índice de reglas por defecto", e);
        }
        Map<String, String> archivos = new TreeMap<>();
        for (String ruta : rutas) {
            try (InputStream in = loader.getResourceAsStream(FUENTES_POR_DEFECTO + ruta + ".fuente")) {
                if (in == null) {
                    throw new IllegalStateException("El índice de reglas por defecto nombra «" + ruta
                            + "», que no está en el classpath bajo " + FUENTES_POR_DEFECTO);
                }
                archivos.put(ruta, decodificar(in.readAllBytes(), ruta));
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer la regla por defecto " + ruta, e);
            }
        }
        return new Reglas("reglas por defecto", archivos);
    }

    /**
     * Every rule file below {@code carpeta}, with paths relative to it. The origin is the folder's path.
     *
     * @throws IllegalArgumentException when the folder does not exist, holds no rule file, or a file is not
     *                                  UTF-8 text
     * @throws ReglasInvalidasException when a file or folder in it is a symbolic link to something outside it
     *                                  (each one named)
     * @throws UncheckedIOException     when a file cannot be read
     */
    public static Reglas desdeCarpeta(Path carpeta) {
        if (!Files.isDirectory(carpeta)) {
            throw new IllegalArgumentException("La carpeta de reglas «" + carpeta + "» no existe");
        }
        Map<String, String> archivos = new TreeMap<>();
        try (Stream<Path> rutas = Files.walk(carpeta)) {
            List<Path> todas = rutas.sorted().toList();
            Enlaces.dentroDe(carpeta, todas);
            for (Path ruta : (Iterable<Path>) todas.stream().filter(Files::isRegularFile)::iterator) {
                String relativa = carpeta.relativize(ruta).toString().replace('\\', '/');
                if (EXTENSIONES.stream().anyMatch(relativa::endsWith)) {
                    archivos.put(relativa, decodificar(Files.readAllBytes(ruta), relativa));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la carpeta de reglas «" + carpeta + "»", e);
        }
        if (archivos.isEmpty()) {
            throw new IllegalArgumentException("La carpeta de reglas «" + carpeta
                    + "» no contiene archivos .drl, .dsl ni .dslr");
        }
        return new Reglas(carpeta.toString(), archivos);
    }

    /**
     * Rules given as text, for tests and embedders that keep rules elsewhere.
     *
     * @param origen   how results name these rules
     * @param archivos path (with {@code /}, ending in {@code .drl}, {@code .dsl} or {@code .dslr}) → content
     */
    public static Reglas desdeTextos(String origen, Map<String, String> archivos) {
        archivos.keySet().forEach(ruta -> {
            if (EXTENSIONES.stream().noneMatch(ruta::endsWith)) {
                throw new IllegalArgumentException("«" + ruta + "» no es un archivo de reglas (.drl, .dsl, .dslr)");
            }
        });
        return new Reglas(origen, archivos);
    }

    /** Where these rules came from. */
    public String origen() {
        return origen;
    }

    /** Path → content of every file, ordered by path. */
    public SortedMap<String, String> archivos() {
        return archivos;
    }

    /** SHA-256 over every file's path and content, in lowercase hexadecimal. */
    public String huella() {
        return huella;
    }

    @Override
    public String toString() {
        return "Reglas[" + origen + ", " + archivos.size() + " archivos, huella " + huella.substring(0, 12) + "]";
    }

    private static String huella(SortedMap<String, String> archivos) {
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

    private static String decodificar(byte[] bytes, String ruta) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("El archivo de reglas «" + ruta
                    + "» no está en UTF-8: guárdelo con codificación UTF-8", e);
        }
    }
}
