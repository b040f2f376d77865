package cl.avance.motor;

import java.util.Set;

/**
 * What rule files may use: the one list {@link PoliticaDeReglas} enforces, kept apart so that it is easy
 * to read and to change. Everything not listed here is refused. Documented for policy staff in
 * {@code rules/README.md} ("Qué puede usar una regla"): change both together.
 */
final class ListaPermitida {

    private ListaPermitida() {
    }

    /** Packages of the fact model: every class in them may be imported (one by one or with {@code .*}). */
    static final Set<String> PAQUETES_DEL_MODELO = Set.of(
            "cl.avance.hechos");

    /**
     * Single classes of the fact model. {@code Indicador}, {@code Criterio}, {@code Instancia} and
     * {@code EstadoIndicador} are here only while rules compare with enums: drop them when the catalogue
     * turns indicator codes into strings.
     */
    static final Set<String> CLASES_DEL_MODELO = Set.of("cl.avance.modelo.Avance");

    /** Plain value types: no input, output, threads or reflection behind them. */
    static final Set<String> TIPOS_DE_VALOR = Set.of(
            "java.lang.String", "java.lang.StringBuilder", "java.lang.CharSequence",
            "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
            "java.lang.Double", "java.lang.Float", "java.lang.Number",
            "java.lang.Boolean", "java.lang.Character", "java.lang.Math",
            "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection",
            "java.util.Collections", "java.util.Arrays", "java.util.Objects", "java.util.Optional",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext");

    /** Rule attributes allowed, in a rule or for the whole file. {@code dialect} only as "java". */
    static final Set<String> ATRIBUTOS = Set.of(
            "salience", "no-loop", "lock-on-active", "agenda-group", "activation-group", "ruleflow-group",
            "auto-focus", "enabled", "dialect");

    /** What a consequence may call without a receiver: changes to working memory, nothing else. */
    static final Set<String> ACCIONES = Set.of(
            "insert", "insertLogical", "modify", "update", "retract", "delete");

    /** Java keywords a consequence may use: declarations, {@code if}/{@code else}, {@code new}. */
    static final Set<String> PALABRAS_JAVA = Set.of(
            "new", "if", "else", "return", "true", "false", "null", "final", "var", "instanceof",
            "int", "long", "short", "byte", "double", "float", "boolean", "char");

    /**
     * Methods refused on any object, even one of an allowed type: they lead to reflection
     * ({@code getClass}, {@code getDeclaringClass}, {@code .class}), block a thread ({@code wait}) or
     * reach the engine ({@code getKieRuntime}). The rest are refused with their types already; listed
     * again so that no way round the type check reaches them.
     */
    static final Set<String> METODOS_PROHIBIDOS = Set.of(
            "getClass", "getDeclaringClass", "class", "this", "super", "wait", "notify", "notifyAll",
            "finalize", "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getRuntime", "exit",
            "halt", "exec", "forName", "getClassLoader", "loadClass", "loadLibrary", "setAccessible",
            "newInstance", "invoke", "getMethod", "getDeclaredMethod", "getField", "getDeclaredField",
            "getModule", "getResource", "getResourceAsStream", "getPackage",
            // Integer.TYPE and the like are Class objects.
            "TYPE",
            // Boolean.getBoolean, Integer.getInteger, Long.getLong read system properties.
            "getBoolean", "getInteger", "getLong",
            // Conditions also reach getters as properties: $x.class, Avance.X.declaringClass.
            "declaringClass", "classLoader", "module", "kieRuntime", "knowledgeRuntime", "workingMemory",
            "runtime");
}
