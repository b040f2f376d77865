package cl.avance.motor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether Drools' DRL compiler chain is on the class path. {@code avance-rules} leaves it out for its users,
 * who only grade with the prebuilt rules ({@link Motor#porDefecto()}); compiling rules ({@link Motor#con})
 * without it would fail deep inside Drools with a {@link NoClassDefFoundError}, so it is checked first and
 * said plainly.
 */
final class CompiladorDisponible {

    /** A class of each jar the chain needs → the artifact that brings it. */
    private static final Map<String, String> MARCAS = new LinkedHashMap<>();

    static {
        MARCAS.put("org.drools.compiler.kie.builder.impl.KieServicesImpl", "org.drools:drools-compiler");
        MARCAS.put("org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser");
        MARCAS.put("org.drools.mvel.builder.MVELDialectConfiguration", "org.drools:drools-mvel");
        MARCAS.put("org.drools.ecj.EclipseJavaCompiler", "org.drools:drools-ecj");
        MARCAS.put("org.drools.xml.support.XMLSupportImpl", "org.drools:drools-xml-support");
    }

    private CompiladorDisponible() {
    }

    /**
     * @throws IllegalStateException naming the missing artifacts and the dependency that brings them
     */
    static void exigir() {
        List<String> faltan = new ArrayList<>();
        MARCAS.forEach((clase, artefacto) -> {
            try {
                Class.forName(clase, false, CompiladorDisponible.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                faltan.add(artefacto);
            }
        });
        if (!faltan.isEmpty()) {
            throw new IllegalStateException("Compilar reglas (Motor.con) necesita el compilador de reglas de Drools, que"
                    + " no está en el classpath (falta " + String.join(", ", faltan) + "). cl.avance:avance-rules lo deja"
                    + " fuera porque sus reglas vienen precompiladas (Motor.porDefecto()); para compilar una"
                    + " metodología, dependa también de cl.avance:avance-core, que lo trae completo.");
        }
    }
}
