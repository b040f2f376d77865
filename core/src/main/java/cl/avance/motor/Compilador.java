package cl.avance.motor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.builder.model.KieSessionModel;
import org.kie.api.conf.EqualityBehaviorOption;

/** Compiles a {@link Reglas} into a Drools knowledge base, reporting every problem at once. */
final class Compilador {

    private static final String RECURSOS = "src/main/resources/";
    /** Parser messages carry the column only inside their text: "Line 12:4 mismatched input…". */
    private static final Pattern LINEA_COLUMNA = Pattern.compile("\\[?Line (\\d+):(\\d+)");
    private static final AtomicLong CONTADOR = new AtomicLong();
    private static final Pattern PAQUETE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private Compilador() {
    }

    /**
     * Compiles {@code reglas} after checking them against the rules-folder policy ({@link PoliticaDeReglas}):
     * refusals and compiler problems come together in one {@link ReglasInvalidasException}.
     */
    static KieBase compilar(Reglas reglas) {
        return compilar(reglas, PoliticaDeReglas.revisar(reglas));
    }

    /** For tests that need a rule the policy refuses (a loop in a consequence): never for users' rules. */
    static KieBase compilarSinPolitica(Reglas reglas) {
        return compilar(reglas, List.of());
    }

    private static KieBase compilar(Reglas reglas, List<ProblemaDeRegla> rechazos) {
        KieServices ks = KieServices.Factory.get();
        // A release id of its own per build, so that reloading never reuses a cached module.
        ReleaseId id = ks.newReleaseId("cl.avance", "reglas-" + CONTADOR.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(id);
        kfs.writeKModuleXML(modulo(ks).toXML());
        Map<String, String> rutaEnModulo = rutasEnModulo(reglas);
        reglas.archivos().forEach((ruta, contenido) -> kfs.write(rutaEnModulo.get(ruta), contenido));
        Map<String, String> rutaOriginal = new HashMap<>();
        // Drools names a file with or without the resources folder, depending on the message.
        rutaEnModulo.forEach((original, enModulo) -> {
            rutaOriginal.put(enModulo, original);
            rutaOriginal.put(enModulo.substring(RECURSOS.length()), original);
        });

        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<ProblemaDeRegla> problemas = Stream.concat(rechazos.stream(),
                        builder.getResults().getMessages(Message.Level.ERROR).stream()
                                .map(m -> problema(m, reglas, rutaOriginal)))
                .sorted(Comparator.comparing(ProblemaDeRegla::archivo)
                        .thenComparingInt(ProblemaDeRegla::linea)
                        .thenComparing(ProblemaDeRegla::mensaje))
                .distinct()
                .toList();
        problemas = sinConsecuencias(problemas);
        // Writing slips (quotes, broken texts, a missing end) explain the compiler's messages they cause.
        if (!problemas.isEmpty()) {
            problemas = EscrituraDeReglas.enLugarDe(EscrituraDeReglas.revisar(reglas), problemas);
        }
        if (!problemas.isEmpty()) {
            throw new ReglasInvalidasException(reglas.origen(), problemas);
        }
        try {
            return ks.newKieContainer(id).getKieBase();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }

    /**
     * Drops the echoes of a problem already reported: the parser's "null Package" line when the same file
     * has the errors that caused it, and the bare "Unable to analyze expression" when the same line has
     * the explained cause.
     */
    private static List<ProblemaDeRegla> sinConsecuencias(List<ProblemaDeRegla> problemas) {
        return problemas.stream()
                .filter(p -> !p.mensaje().contains("Parser returned a null Package")
                        || problemas.stream().noneMatch(o -> o != p && o.archivo().equals(p.archivo())))
                .filter(p -> !p.mensaje().startsWith("Unable to analyze expression")
                        || problemas.stream().noneMatch(o -> o != p && o.archivo().equals(p.archivo())
                                && o.linea() == p.linea()))
                .toList();
    }

    /**
     * A knowledge base prebuilt as Drools' executable model by the kie-maven-plugin, loaded from the model
     * classes that {@code modelo} (a {@code META-INF/kie/.../drools-model} resource) lists. Faster than a
     * class-path KieContainer, which scans every jar.
     */
    static KieBase precompilada(String modelo) {
        ClassLoader loader = Compilador.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(modelo)) {
            if (in == null) {
                throw new IllegalStateException("No se encontró la base de reglas precompilada (" + modelo
                        + "): ¿está cl.avance:avance-rules completo en el classpath?");
            }
            List<Model> modelos = new ArrayList<>();
            for (String linea : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String clase = linea.strip();
                // The first line is the format version ("Drools-Model-Version:10.2.0").
                if (!clase.isEmpty() && !clase.contains(":")) {
                    modelos.add((Model) Class.forName(clase, true, loader).getDeclaredConstructor().newInstance());
                }
            }
            // An explicit configuration: KieServices (which the default asks for) lives in drools-compiler, which
            // users of the packaged rules need not carry (docs/huella.md).
            return KieBaseBuilder.createKieBaseFromModel(modelos, RuleBaseFactory.newKnowledgeBaseConfiguration());
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("No se pudo cargar la base de reglas precompilada (" + modelo + ")", e);
        }
    }

    /**
     * Where each file goes in the in-memory module: under the folder of its {@code package}, as Drools
     * expects (it warns for every file elsewhere), keeping the file's name; by its own path when two files
     * would meet.
     */
    static Map<String, String> rutasEnModulo(Reglas reglas) {
        Map<String, String> rutas = new HashMap<>();
        Set<String> usadas = new HashSet<>();
        reglas.archivos().forEach((ruta, contenido) -> {
            Matcher paquete = PAQUETE.matcher(contenido);
            String nombre = ruta.substring(ruta.lastIndexOf('/') + 1);
            String enModulo = paquete.find() ? RECURSOS + paquete.group(1).replace('.', '/') + "/" + nombre : RECURSOS + ruta;
            if (!usadas.add(enModulo)) {
                enModulo = RECURSOS + ruta;
                usadas.add(enModulo);
            }
            rutas.put(ruta, enModulo);
        });
        return rutas;
    }

    static KieModuleModel modulo(KieServices ks) {
        KieModuleModel modulo = ks.newKieModuleModel();
        KieBaseModel base = modulo.newKieBaseModel("avance")
                .setDefault(true)
                .setEqualsBehavior(EqualityBehaviorOption.IDENTITY);
        base.newKieSessionModel("evaluacion")
                .setDefault(true)
                .setType(KieSessionModel.KieSessionType.STATEFUL);
        return modulo;
    }

    private static ProblemaDeRegla problema(Message m, Reglas reglas, Map<String, String> rutaOriginal) {
        String archivo = m.getPath() == null ? "" : m.getPath();
        archivo = rutaOriginal.getOrDefault(archivo, archivo.startsWith(RECURSOS) ? archivo.substring(RECURSOS.length()) : archivo);
        int linea = Math.max(m.getLine(), 0);
        int columna = Math.max(m.getColumn(), 0);
        String texto = m.getText() == null ? "" : m.getText().strip();
        Matcher lc = LINEA_COLUMNA.matcher(texto);
        if (lc.find()) {
            if (linea == 0) {
                linea = Integer.parseInt(lc.group(1));
            }
            if (columna == 0 && Integer.parseInt(lc.group(1)) == linea) {
                // Drools counts parser columns from 0.
                columna = Integer.parseInt(lc.group(2)) + 1;
            }
        }
        return new TraductorDeProblemas(reglas.archivos().get(archivo)).traducir(archivo, linea, columna, texto);
    }
}
