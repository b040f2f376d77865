package cl.avance.motor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Where {@link Motor#con(Metodologia)} keeps methodologies it has compiled, so that an unchanged folder starts
 * as fast as the packaged rules. A Drools knowledge base cannot be serialised; what is kept is the
 * methodology built as Drools' executable model (its kjar: the generated, compiled model classes), loaded back
 * the way the packaged rules are.
 *
 * <p>An entry is keyed by the methodology's {@linkplain Metodologia#huella() fingerprint}, the Avance build,
 * the Drools version and the Java version, so a changed rule, catalogue or program never meets a stale entry.
 * Only methodologies that passed every check of {@code validar} are kept: the rules compiled (classic build,
 * whose problems carry the right lines, and the rules-folder allow-list), their meaning checks found nothing,
 * and they are complete ({@link TablaDeCalificacion}: checked on the built entry before it is written). Entries are
 * written to a temporary file and renamed into place, so a reader or a concurrent writer never sees half an
 * entry; an entry that cannot be read or loaded is deleted and built again.
 *
 * <p>Building the executable model costs several times the classic build (see {@code docs/benchmarks.md}),
 * so the {@linkplain #estandar() standard cache} builds a missing entry in a separate, low-priority Java
 * process, started when the program that met the change ends (or a few seconds later, if it keeps running):
 * that command pays the classic build only, and the next one starts from the cache. {@link #en(Path)} builds it before returning instead.
 * Thread-safe.
 */
public final class CacheDeReglas {

    /** System property: {@code false} turns the standard cache off. Environment: {@value #ENTORNO_ACTIVA}. */
    public static final String PROPIEDAD_ACTIVA = "avance.cache";
    /** System property: the folder of the standard cache. Environment: {@value #ENTORNO_CARPETA}. */
    public static final String PROPIEDAD_CARPETA = "avance.cache.carpeta";
    static final String ENTORNO_ACTIVA = "AVANCE_CACHE";
    static final String ENTORNO_CARPETA = "AVANCE_CACHE_CARPETA";

    /** First line of every entry; a new format gets a new number (and a new key, so old entries are ignored). */
    private static final String FORMATO = "avance-cache-de-reglas 1";
    private static final String EXTENSION = ".kjar";
    /** Marks an entry being built by another process; older than this, it is taken to be abandoned. */
    private static final Duration ENCARGO_ABANDONADO = Duration.ofMinutes(5);
    private static final AtomicLong CONTADOR = new AtomicLong();

    /** How a missing entry gets written. */
    enum Escritura {
        /** Not at all: the cache is off. */
        NINGUNA,
        /** Built before {@link Motor#con} returns. */
        AHORA,
        /** Built by a separate Java process, started after the methodology passed its checks. */
        EN_OTRO_PROCESO
    }

    private final Path carpeta;
    private final Escritura escritura;
    private final AtomicLong aciertos = new AtomicLong();
    private final AtomicLong fallos = new AtomicLong();
    private final AtomicLong escritas = new AtomicLong();
    private final AtomicLong encargadas = new AtomicLong();

    CacheDeReglas(Path carpeta, Escritura escritura) {
        this.carpeta = carpeta;
        this.escritura = Objects.requireNonNull(escritura, "escritura");
    }

    /**
     * The cache {@link Motor#con(Metodologia)} uses: in {@code $XDG_CACHE_HOME/avance} ({@code ~/.cache/avance}
     * when that is not set), or in the folder the system property {@value #PROPIEDAD_CARPETA} (environment
     * {@code AVANCE_CACHE_CARPETA}) names; off when {@value #PROPIEDAD_ACTIVA} (environment {@code AVANCE_CACHE})
     * is {@code false}. Missing entries are built by a separate process.
     */
    public static CacheDeReglas estandar() {
        String activa = valor(PROPIEDAD_ACTIVA, ENTORNO_ACTIVA);
        if (activa != null && List.of("false", "no", "0", "off").contains(activa.strip().toLowerCase(Locale.ROOT))) {
            return desactivada();
        }
        Path carpeta = carpetaEstandar();
        return carpeta == null ? desactivada() : new CacheDeReglas(carpeta, Escritura.EN_OTRO_PROCESO);
    }

    /**
     * A cache in {@code carpeta} that builds a missing entry before {@link Motor#con(Metodologia, CacheDeReglas)}
     * returns: the first start with a changed methodology costs several seconds more, every later one is fast.
     * For programs that start once and run long, or that warm a cache ahead of use.
     */
    public static CacheDeReglas en(Path carpeta) {
        return new CacheDeReglas(Objects.requireNonNull(carpeta, "carpeta"), Escritura.AHORA);
    }

    /** No cache: every {@link Motor#con(Metodologia, CacheDeReglas)} compiles the rules. */
    public static CacheDeReglas desactivada() {
        return new CacheDeReglas(null, Escritura.NINGUNA);
    }

    /** Whether this cache reads and writes entries. */
    public boolean activa() {
        return escritura != Escritura.NINGUNA;
    }

    @Override
    public String toString() {
        return activa() ? "CacheDeReglas[" + carpeta + ", " + escritura.name().toLowerCase(Locale.ROOT) + "]"
                : "CacheDeReglas[desactivada]";
    }

    /** Engines this cache gave. */
    long aciertos() {
        return aciertos.get();
    }

    /** Lookups that found no usable entry (absent, unreadable or not loadable). */
    long fallos() {
        return fallos.get();
    }

    /** Entries this instance wrote itself. */
    long escritas() {
        return escritas.get();
    }

    /** Entries this instance asked another process to build. */
    long encargadas() {
        return encargadas.get();
    }

    /** The file that holds (or would hold) {@code metodologia}'s entry. */
    Path entrada(Metodologia metodologia) {
        return carpeta.resolve("reglas-" + clave(metodologia) + EXTENSION);
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading

    /**
     * The knowledge base kept for {@code metodologia}, or empty when there is none or it cannot be used.
     */
    Optional<KieBase> cargar(Metodologia metodologia) {
        if (!activa()) {
            return Optional.empty();
        }
        Path archivo = entrada(metodologia);
        byte[] contenido;
        try {
            contenido = Files.readAllBytes(archivo);
        } catch (IOException e) {
            // Absent, or unreadable: either way a miss.
            fallos.incrementAndGet();
            return Optional.empty();
        }
        try {
            KieBase base = cargarBase(leerEntrada(contenido, clave(metodologia)));
            aciertos.incrementAndGet();
            refrescar(archivo);
            return Optional.of(base);
        } catch (EntradaInvalida | IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            // Truncated, corrupted, or written by a build whose classes no longer match: a miss, and the entry
            // is built again over it (not deleted here: a concurrent writer may have just renamed a good one).
            fallos.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Whether {@code metodologia}'s entry is there and whole (not whether it loads). */
    boolean valida(Metodologia metodologia) {
        try {
            leerEntrada(Files.readAllBytes(entrada(metodologia)), clave(metodologia));
            return true;
        } catch (IOException | EntradaInvalida e) {
            return false;
        }
    }

    /** Marks an entry as used now, so that pruning removes the ones unused longest. */
    private static void refrescar(Path entrada) {
        try {
            Files.setLastModifiedTime(entrada, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException e) {
            // A read-only cache still works; pruning then goes by write time.
        }
    }

    /** The kjar inside an entry, checked against its header. */
    static byte[] leerEntrada(byte[] contenido, String clave) throws EntradaInvalida {
        Map<String, String> cabecera = new HashMap<>();
        int inicio = 0;
        boolean primera = true;
        while (true) {
            int fin = indice(contenido, (byte) '\n', inicio);
            if (fin < 0) {
                throw new EntradaInvalida("cabecera incompleta");
            }
            String linea = new String(contenido, inicio, fin - inicio, StandardCharsets.UTF_8);
            inicio = fin + 1;
            if (primera) {
                if (!linea.equals(FORMATO)) {
                    throw new EntradaInvalida("formato desconocido");
                }
                primera = false;
            } else if (linea.isEmpty()) {
                break;
            } else {
                int espacio = linea.indexOf(' ');
                if (espacio < 0) {
                    throw new EntradaInvalida("cabecera ilegible");
                }
                cabecera.put(linea.substring(0, espacio), linea.substring(espacio + 1));
            }
        }
        if (!clave.equals(cabecera.get("clave"))) {
            throw new EntradaInvalida("otra clave");
        }
        byte[] kjar = java.util.Arrays.copyOfRange(contenido, inicio, contenido.length);
        if (!String.valueOf(kjar.length).equals(cabecera.get("bytes")) || !sha256(kjar).equals(cabecera.get("sha256"))) {
            throw new EntradaInvalida("contenido truncado o alterado");
        }
        return kjar;
    }

    /** Loads the model classes a kjar lists, as {@link Compilador#precompilada} does for the packaged rules. */
    static KieBase cargarBase(byte[] kjar) throws IOException, ReflectiveOperationException, EntradaInvalida {
        Map<String, byte[]> clases = new HashMap<>();
        String modelo = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String nombre = e.getName();
                if (nombre.endsWith(".class")) {
                    clases.put(nombre.substring(0, nombre.length() - ".class".length()).replace('/', '.'), zip.readAllBytes());
                } else if (nombre.startsWith("META-INF/kie/") && nombre.endsWith("/drools-model")) {
                    modelo = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        if (modelo == null) {
            throw new EntradaInvalida("el kjar no lista sus modelos");
        }
        ClassLoader cargador = new CargadorDeModelo(clases, CacheDeReglas.class.getClassLoader());
        List<Model> modelos = new ArrayList<>();
        for (String linea : modelo.split("\n")) {
            String clase = linea.strip();
            // The first line is the format version ("Drools-Model-Version:10.2.0").
            if (!clase.isEmpty() && !clase.contains(":")) {
                modelos.add((Model) Class.forName(clase, true, cargador).getDeclaredConstructor().newInstance());
            }
        }
        if (modelos.isEmpty()) {
            throw new EntradaInvalida("el kjar no tiene modelos");
        }
        return KieBaseBuilder.createKieBaseFromModel(modelos);
    }

    /** Defines the classes of one kjar, held in memory. */
    private static final class CargadorDeModelo extends ClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final Map<String, byte[]> clases;

        CargadorDeModelo(Map<String, byte[]> clases, ClassLoader padre) {
            super(padre);
            this.clases = clases;
        }

        @Override
        protected Class<?> findClass(String nombre) throws ClassNotFoundException {
            byte[] bytes = clases.get(nombre);
            if (bytes == null) {
                throw new ClassNotFoundException(nombre);
            }
            return defineClass(nombre, bytes, 0, bytes.length);
        }

        @Override
        public InputStream getResourceAsStream(String nombre) {
            InputStream padre = super.getResourceAsStream(nombre);
            if (padre != null || !nombre.endsWith(".class")) {
                return padre;
            }
            byte[] bytes = clases.get(nombre.substring(0, nombre.length() - ".class".length()).replace('/', '.'));
            return bytes == null ? null : new ByteArrayInputStream(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Writing

    /**
     * Keeps {@code metodologia}, which has just passed every check of {@link Motor#con}: now, or by another
     * process, as this cache writes. Never fails: a cache that cannot be written only costs time.
     */
    void guardar(Metodologia metodologia) {
        if (!activa() || sinModelo(metodologia)) {
            return;
        }
        try {
            switch (escritura) {
                case NINGUNA -> { }
                case AHORA -> {
                    if (escribirSiCompleta(metodologia)) {
                        escritas.incrementAndGet();
                    }
                }
                case EN_OTRO_PROCESO -> encargar(metodologia);
            }
        } catch (ModeloNoCompila e) {
            marcarSinModelo(metodologia);
        } catch (IOException | RuntimeException e) {
            // Not kept: the next start compiles again.
        }
    }

    /**
     * Builds the executable model and keeps it only if the methodology is complete: every state of every
     * criterion gets exactly one grade ({@link TablaDeCalificacion}, what {@code validar} requires). The
     * table is computed on the built entry, so this also checks that it loads and grades. Completeness is
     * checked here, off the command's path (in the builder process of the standard cache), because
     * {@link Motor#con} does not require it; whoever requires it ({@code validar}, reloads) still computes it
     * on the engine, from the cache or not.
     *
     * @return whether the entry was written
     */
    boolean escribirSiCompleta(Metodologia metodologia) throws IOException {
        byte[] kjar = construir(metodologia);
        boolean completa;
        try {
            completa = TablaDeCalificacion.de(Motor.deBase(metodologia, cargarBase(kjar))).completa();
        } catch (ReflectiveOperationException | EntradaInvalida | RuntimeException | LinkageError e) {
            throw new ModeloNoCompila("El modelo ejecutable no carga o no califica: " + e);
        }
        if (!completa) {
            // Not a passed methodology: not kept, and not built again on every start.
            marcarSinModelo(metodologia);
            return false;
        }
        escribir(metodologia, kjar);
        return true;
    }

    /** How long a methodology whose executable model did not build is not tried again. */
    private static final Duration SIN_MODELO = Duration.ofDays(1);

    /**
     * Whether the executable model of {@code metodologia} failed to build lately: the classic build accepts a
     * few things the executable model does not, and such a methodology must not cost a failed build per run.
     */
    boolean sinModelo(Metodologia metodologia) {
        try {
            Path marca = carpeta.resolve("reglas-" + clave(metodologia) + ".sin-modelo");
            return Files.isRegularFile(marca)
                    && Files.getLastModifiedTime(marca).toInstant().isAfter(Instant.now().minus(SIN_MODELO));
        } catch (IOException e) {
            return false;
        }
    }

    void marcarSinModelo(Metodologia metodologia) {
        try {
            Files.createDirectories(carpeta);
            Files.writeString(carpeta.resolve("reglas-" + clave(metodologia) + ".sin-modelo"), metodologia.origen() + "\n");
        } catch (IOException | RuntimeException e) {
            // Then it is tried again next time.
        }
    }

    /** The executable model of a methodology that passed the classic build did not build. */
    static final class ModeloNoCompila extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ModeloNoCompila(String mensaje) {
            super(mensaje);
        }
    }

    /**
     * {@code metodologia} built as Drools' executable model: the kjar's bytes.
     *
     * @throws ModeloNoCompila when the executable model does not build (the classic build passed: such a
     *                         methodology is simply not cached)
     */
    static byte[] construir(Metodologia metodologia) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId id = ks.newReleaseId("cl.avance", "cache-" + metodologia.huella().substring(0, 16) + "-"
                + CONTADOR.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.writeKModuleXML(Compilador.modulo(ks).toXML());
        Map<String, String> rutas = Compilador.rutasEnModulo(metodologia.reglas());
        metodologia.reglas().archivos().forEach((ruta, contenido) -> kfs.write(rutas.get(ruta), contenido));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        try {
            List<Message> errores = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errores.isEmpty()) {
                throw new ModeloNoCompila("El modelo ejecutable no compiló: " + errores);
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /** Writes an entry: a temporary file in the cache folder, renamed over the entry in one step. */
    void escribir(Metodologia metodologia, byte[] kjar) throws IOException {
        String clave = clave(metodologia);
        String cabecera = FORMATO + "\n"
                + "clave " + clave + "\n"
                + "metodologia " + metodologia.origen().replace('\n', ' ') + "\n"
                + "huella " + metodologia.huella() + "\n"
                + "bytes " + kjar.length + "\n"
                + "sha256 " + sha256(kjar) + "\n"
                + "\n";
        Files.createDirectories(carpeta);
        Path temporal = Files.createTempFile(carpeta, "escribiendo-", ".tmp");
        try {
            try (FileChannel canal = FileChannel.open(temporal, StandardOpenOption.WRITE)) {
                escribirTodo(canal, ByteBuffer.wrap(cabecera.getBytes(StandardCharsets.UTF_8)));
                escribirTodo(canal, ByteBuffer.wrap(kjar));
                // On disk before the rename, so that a crash cannot leave a renamed but empty entry.
                canal.force(true);
            }
            mover(temporal, entrada(metodologia));
        } finally {
            Files.deleteIfExists(temporal);
        }
        podar();
    }

    /** Entries kept at most; each is about 200 KB for the default methodology. */
    static final int MAXIMO_DE_ENTRADAS = 50;
    /** Left-overs of writers or builders that were killed, older than this, are removed. */
    private static final Duration RESTOS = Duration.ofHours(1);

    /**
     * Keeps the folder small: every change of a methodology makes a new entry, so beyond {@link
     * #MAXIMO_DE_ENTRADAS} the least recently used go (a hit refreshes an entry's time); left-overs of killed
     * writers go too.
     */
    void podar() {
        try (Stream<Path> archivos = Files.list(carpeta)) {
            List<Path> entradas = new ArrayList<>();
            Instant antiguo = Instant.now().minus(RESTOS);
            for (Path archivo : archivos.toList()) {
                String nombre = archivo.getFileName().toString();
                if (nombre.startsWith("reglas-") && nombre.endsWith(EXTENSION)) {
                    entradas.add(archivo);
                } else if ((nombre.startsWith("escribiendo-") || nombre.startsWith("pendiente-"))
                        && Files.getLastModifiedTime(archivo).toInstant().isBefore(antiguo)
                        || nombre.endsWith(".sin-modelo")
                        && Files.getLastModifiedTime(archivo).toInstant().isBefore(Instant.now().minus(SIN_MODELO))) {
                    Files.deleteIfExists(archivo);
                }
            }
            if (entradas.size() > MAXIMO_DE_ENTRADAS) {
                Map<Path, Long> tiempos = new HashMap<>();
                for (Path entrada : entradas) {
                    tiempos.put(entrada, Files.getLastModifiedTime(entrada).toMillis());
                }
                entradas.sort(java.util.Comparator.comparing(tiempos::get));
                for (Path vieja : entradas.subList(0, entradas.size() - MAXIMO_DE_ENTRADAS)) {
                    Files.deleteIfExists(vieja);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Pruning is housekeeping: a failure leaves a larger folder, nothing else.
        }
    }

    private static void escribirTodo(FileChannel canal, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            canal.write(bytes);
        }
    }

    private static void mover(Path desde, Path hacia) throws IOException {
        try {
            Files.move(desde, hacia, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best they offer.
            Files.move(desde, hacia, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Leaves the methodology in the cache folder and has a low-priority Java process build its entry ({@link
     * #main}); the methodology's files travel in a file, so the process builds exactly what passed the checks.
     * Only one process per entry: a marker file says one is at work. The process starts when this program
     * ends, or after {@link #ESPERA_DEL_CONSTRUCTOR} if it runs longer, so that it does not compete for the
     * processor with the command that needed the rules.
     */
    private void encargar(Metodologia metodologia) throws IOException {
        Files.createDirectories(carpeta);
        String clave = clave(metodologia);
        Path marca = marca(metodologia);
        try {
            Files.createFile(marca);
        } catch (FileAlreadyExistsException e) {
            Instant desde = Files.getLastModifiedTime(marca).toInstant();
            if (Duration.between(desde, Instant.now()).compareTo(ENCARGO_ABANDONADO) < 0) {
                return;
            }
            // Abandoned (its program was killed before the builder started, or the builder was): take it over.
            Files.setLastModifiedTime(marca, FileTime.from(Instant.now()));
            try (Stream<Path> viejos = Files.list(carpeta)) {
                for (Path viejo : viejos.filter(p -> p.getFileName().toString().startsWith("pendiente-" + clave)).toList()) {
                    Files.deleteIfExists(viejo);
                }
            }
        }
        Path pendiente = carpeta.resolve("pendiente-" + clave + "-" + ProcessHandle.current().pid() + "-"
                + CONTADOR.incrementAndGet() + ".zip");
        try {
            Files.write(pendiente, comprimir(metodologia.archivos()));
            List<String> comando = new ArrayList<>();
            if (Files.isExecutable(Path.of("/bin/sh"))) {
                // Through a shell that puts the builder in the background and ends at once: a JVM whose child
                // is still running takes about 0.3 s longer to exit (measured on Java 17, Linux), which the
                // command that met the change would pay.
                comando.addAll(List.of("/bin/sh", "-c", "\"$@\" </dev/null >/dev/null 2>&1 &", "sh"));
            }
            for (String nice : List.of("/usr/bin/nice", "/bin/nice")) {
                if (Files.isExecutable(Path.of(nice))) {
                    comando.addAll(List.of(nice, "-n", "10"));
                    break;
                }
            }
            comando.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"),
                    CacheDeReglas.class.getName(), carpeta.toString(), pendiente.toString()));
            Constructores.encargar(new ProcessBuilder(comando)
                    .redirectInput(ProcessBuilder.Redirect.from(nulo()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD), marca, pendiente);
            encargadas.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(pendiente);
            Files.deleteIfExists(marca);
            throw e;
        }
    }

    /** How long a program that keeps running waits before starting a builder process. */
    static final Duration ESPERA_DEL_CONSTRUCTOR = Duration.ofSeconds(3);

    /** Builder processes not started yet: each starts once, at exit or after the wait, whichever comes first. */
    private static final class Constructores {
        private static final List<Encargo> PENDIENTES = new ArrayList<>();
        private static boolean alSalir;

        private record Encargo(ProcessBuilder proceso, Path marca, Path pendiente,
                               java.util.concurrent.atomic.AtomicBoolean iniciado) {
            void iniciar() {
                if (iniciado.compareAndSet(false, true)) {
                    try {
                        proceso.start();
                    } catch (IOException | RuntimeException e) {
                        // No builder: the next program compiles again and retries.
                        try {
                            Files.deleteIfExists(pendiente);
                            Files.deleteIfExists(marca);
                        } catch (IOException ignorada) {
                            // The marker expires.
                        }
                    }
                }
            }
        }

        static synchronized void encargar(ProcessBuilder proceso, Path marca, Path pendiente) {
            Encargo encargo = new Encargo(proceso, marca, pendiente, new java.util.concurrent.atomic.AtomicBoolean());
            if (!alSalir) {
                Thread gancho = new Thread(Constructores::iniciarTodos, "avance-cache-al-salir");
                Runtime.getRuntime().addShutdownHook(gancho);
                alSalir = true;
            }
            PENDIENTES.add(encargo);
            Thread espera = new Thread(() -> {
                try {
                    Thread.sleep(ESPERA_DEL_CONSTRUCTOR.toMillis());
                    encargo.iniciar();
                    synchronized (Constructores.class) {
                        PENDIENTES.remove(encargo);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "avance-cache-espera");
            espera.setDaemon(true);
            espera.start();
        }

        private static void iniciarTodos() {
            List<Encargo> todos;
            synchronized (Constructores.class) {
                todos = List.copyOf(PENDIENTES);
                PENDIENTES.clear();
            }
            todos.forEach(Encargo::iniciar);
        }
    }

    private static java.io.File nulo() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private Path marca(Metodologia metodologia) {
        return carpeta.resolve("reglas-" + clave(metodologia) + ".construyendo");
    }

    /**
     * The separate process of the standard cache: builds the entry of the methodology left in
     * {@code args[1]} into the cache folder {@code args[0]}, then removes that file and the marker. Prints
     * nothing; exit status 0 when the entry was written.
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Uso: CacheDeReglas CARPETA-DE-LA-CACHE METODOLOGIA.zip (lo inicia Avance)");
            System.exit(2);
        }
        System.exit(construirEncargo(Path.of(args[0]), Path.of(args[1])) ? 0 : 1);
    }

    /** What {@link #main} does, callable from tests. */
    static boolean construirEncargo(Path carpeta, Path pendiente) {
        pendiente.toFile().deleteOnExit();
        CacheDeReglas cache = new CacheDeReglas(carpeta, Escritura.AHORA);
        Metodologia metodologia = null;
        try {
            metodologia = Metodologia.desdeTextos(descomprimir(Files.readAllBytes(pendiente)));
            if (cache.valida(metodologia)) {
                // Another process wrote it meanwhile.
                return true;
            }
            return cache.escribirSiCompleta(metodologia);
        } catch (ModeloNoCompila e) {
            cache.marcarSinModelo(metodologia);
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(pendiente);
                if (metodologia != null) {
                    Files.deleteIfExists(cache.marca(metodologia));
                }
            } catch (IOException e) {
                // Left behind: the marker expires, the file is overwritten next time.
            }
        }
    }

    static byte[] comprimir(Map<String, String> archivos) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> archivo : archivos.entrySet()) {
                zip.putNextEntry(new ZipEntry(archivo.getKey()));
                zip.write(archivo.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Map<String, String> descomprimir(byte[] bytes) throws IOException {
        Map<String, String> archivos = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                archivos.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return archivos;
    }

    // ---------------------------------------------------------------------------------------------------
    // Keys

    /**
     * The entry's key: the methodology's fingerprint, this Avance build, the Drools and Java versions. An
     * entry holds classes compiled against Avance's fact model and Drools' API, so any of these changing makes
     * a new key.
     */
    static String clave(Metodologia metodologia) {
        return sha256((metodologia.huella() + "\n" + PROGRAMA).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    /** What, besides the methodology, an entry depends on. */
    static final String PROGRAMA = "avance " + versionDeAvance() + "\n"
            + "drools " + Objects.requireNonNullElse(KieBaseBuilder.class.getPackage().getImplementationVersion(), "?") + "\n"
            + "java " + Runtime.version().feature() + "\n"
            + FORMATO;

    /**
     * The Avance version, and for a jar its size and time: development builds keep one version number while
     * their classes change.
     */
    private static String versionDeAvance() {
        String version = Objects.requireNonNullElse(Motor.class.getPackage().getImplementationVersion(), "?");
        try {
            CodeSource fuente = CacheDeReglas.class.getProtectionDomain().getCodeSource();
            if (fuente == null) {
                return version;
            }
            Path codigo = Path.of(fuente.getLocation().toURI());
            if (Files.isRegularFile(codigo)) {
                return version + " " + Files.size(codigo) + " " + Files.getLastModifiedTime(codigo).toMillis();
            }
            if (Files.isDirectory(codigo)) {
                // Classes in a folder (tests, IDE): the newest of them.
                try (Stream<Path> archivos = Files.walk(codigo)) {
                    long ultima = archivos.filter(Files::isRegularFile).mapToLong(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toMillis();
                        } catch (IOException e) {
                            return 0;
                        }
                    }).max().orElse(0);
                    return version + " carpeta " + ultima;
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Unknown origin: the version alone.
        }
        return version;
    }

    private static Path carpetaEstandar() {
        String propia = valor(PROPIEDAD_CARPETA, ENTORNO_CARPETA);
        if (propia != null && !propia.isBlank()) {
            return Path.of(propia);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "avance");
        }
        String casa = System.getProperty("user.home");
        return casa == null || casa.isBlank() ? null : Path.of(casa, ".cache", "avance");
    }

    private static String valor(String propiedad, String entorno) {
        String valor = System.getProperty(propiedad);
        return valor != null ? valor : System.getenv(entorno);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java sin SHA-256", e);
        }
    }

    private static int indice(byte[] bytes, byte buscado, int desde) {
        for (int i = desde; i < bytes.length; i++) {
            if (bytes[i] == buscado) {
                return i;
            }
        }
        return -1;
    }

    /** An entry that is not what its header says. */
    static final class EntradaInvalida extends Exception {
        private static final long serialVersionUID = 1L;

        EntradaInvalida(String motivo) {
            super(motivo);
        }
    }
}
