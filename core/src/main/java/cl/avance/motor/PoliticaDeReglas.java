package cl.avance.motor;

import cl.avance.motor.Lexico.Token;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The rules-folder policy: rule files may use the fact model and plain value types
 * ({@link ListaPermitida}) and nothing else. Static and exact: each file is parsed with Drools' own parser
 * (imports, globals, functions, attributes, each rule's conditions and consequence), and every identifier
 * of the conditions and consequences is checked against the list, so a rule cannot exit the JVM, start
 * threads or processes, touch files or the network, use reflection, print, reach the engine, or loop.
 *
 * <p>Only Java consequences are checked, so the MVEL dialect is refused. Files the parser cannot read are
 * left to the compiler, which reports them.
 */
final class PoliticaDeReglas {

    private static final String VEA = "vea la lista permitida en rules/README.md";
    private static final Set<String> BUCLES = Set.of("for", "while", "do", "foreach", "until");
    private static final Set<String> MOTOR = Set.of("drools", "kcontext");
    /** First names of packages: a name starting with one of these and a dot is a fully qualified name. */
    private static final Set<String> RAICES_DE_PAQUETE = Set.of(
            "java", "javax", "jdk", "sun", "com", "org", "net", "cl", "io", "kotlin", "groovy", "scala");
    private static final Pattern ENTERO = Pattern.compile("-?\\d+");
    private static final Pattern ESCAPE_UNICODE = Pattern.compile("\\\\u+[0-9a-fA-F]{4}");
    private static final Map<String, String> POR_QUE = porQue();

    private final String archivo;
    private final String texto;
    private final List<Token> tokens;
    private final List<ProblemaDeRegla> problemas = new ArrayList<>();
    /** Simple name → class, from single-class imports. */
    private final Map<String, String> importadas = new HashMap<>();
    /** Packages imported with {@code .*}. */
    private final List<String> comodines = new ArrayList<>();
    /** Members (properties and methods) of the allowed classes this file names: field names in conditions. */
    private final Set<String> miembros = new HashSet<>();
    private String regla;

    private PoliticaDeReglas(String archivo, String texto) {
        this.archivo = archivo;
        this.texto = texto;
        this.tokens = Lexico.tokens(texto);
    }

    /** Every refusal in every file of {@code reglas}, in file and line order; empty when all is allowed. */
    static List<ProblemaDeRegla> revisar(Reglas reglas) {
        String dsl = reglas.archivos().entrySet().stream()
                .filter(e -> e.getKey().endsWith(".dsl"))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining("\n"));
        List<ProblemaDeRegla> problemas = new ArrayList<>(frasesRepetidas(reglas));
        reglas.archivos().forEach((ruta, contenido) -> {
            if (ruta.endsWith(".drl")) {
                problemas.addAll(revisar(ruta, contenido));
            } else if (ruta.endsWith(".dslr")) {
                // DSL sentences become DRL only when expanded: check what the compiler will compile.
                String expandido = expandir(contenido, dsl);
                if (expandido != null) {
                    problemas.addAll(revisar(ruta, expandido));
                }
            }
        });
        return problemas;
    }

    /** The refusals in one DRL file. */
    static List<ProblemaDeRegla> revisar(String archivo, String drl) {
        DrlParser parser = new DrlParser();
        PackageDescr paquete;
        try {
            paquete = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            return List.of();
        }
        if (paquete == null || parser.hasErrors()) {
            return List.of();
        }
        PoliticaDeReglas politica = new PoliticaDeReglas(archivo, drl);
        politica.revisar(paquete);
        return politica.problemas;
    }

    /**
     * DSL files are checked through their expansion with every DSL of the folder; a sentence defined twice
     * could expand differently for the compiler, so each sentence must have one meaning.
     */
    private static List<ProblemaDeRegla> frasesRepetidas(Reglas reglas) {
        List<ProblemaDeRegla> problemas = new ArrayList<>();
        Map<String, String> vistas = new HashMap<>();
        reglas.archivos().forEach((ruta, contenido) -> {
            if (!ruta.endsWith(".dsl")) {
                return;
            }
            String[] lineas = contenido.split("\n", -1);
            for (int n = 0; n < lineas.length; n++) {
                String linea = lineas[n].strip();
                int i = 0;
                while (i < linea.length() && linea.charAt(i) == '[' && linea.indexOf(']', i) > 0) {
                    i = linea.indexOf(']', i) + 1;
                }
                int igual = i == 0 ? -1 : sinEscapar(linea, '=', i);
                if (igual < 0) {
                    continue;
                }
                String frase = linea.substring(i, igual).strip().replaceAll("\\s+", " ");
                String antes = vistas.putIfAbsent(frase, ruta + ":" + (n + 1));
                if (antes != null) {
                    problemas.add(new ProblemaDeRegla(ruta, n + 1, 0, "la frase «" + frase + "» ya está definida en "
                            + antes, "cada frase DSL debe tener un solo significado"));
                }
            }
        });
        return problemas;
    }

    private static int sinEscapar(String texto, char c, int desde) {
        for (int i = desde; i < texto.length(); i++) {
            if (texto.charAt(i) == '\\') {
                i++;
            } else if (texto.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static String expandir(String dslr, String dsl) {
        try {
            DrlParser parser = new DrlParser();
            String expandido = parser.getExpandedDRL(dslr, new StringReader(dsl));
            return parser.hasErrors() ? null : expandido;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private void revisar(PackageDescr paquete) {
        escapesUnicode();
        for (ImportDescr i : paquete.getImports()) {
            importacion(i);
        }
        paquete.getFunctionImports().forEach(i -> rechazar(i.getLine(),
                "no se permite importar funciones («import function " + i.getTarget() + "»)", VEA));
        paquete.getAccumulateImports().forEach(i -> rechazar(i.getLine(),
                "no se permiten funciones de acumulación propias («import accumulate " + i.getTarget() + "»)",
                "use las de Drools: count, sum, min, max, average, collectList, collectSet"));
        for (GlobalDescr g : paquete.getGlobals()) {
            rechazar(g.getLine(), "las variables globales no están permitidas («global " + g.getType() + " "
                    + g.getIdentifier() + "»)", "lo que una regla necesita saber llega como hecho");
        }
        for (FunctionDescr f : paquete.getFunctions()) {
            rechazar(f.getLine(), "las funciones DRL no están permitidas («function " + f.getName() + "»)",
                    "escriba la condición o el cálculo dentro de la regla; una función puede llamarse a sí misma sin fin");
        }
        List<BaseDescr> declaraciones = new ArrayList<>();
        declaraciones.addAll(paquete.getTypeDeclarations());
        declaraciones.addAll(paquete.getEnumDeclarations());
        declaraciones.addAll(paquete.getEntryPointDeclarations());
        declaraciones.addAll(paquete.getWindowDeclarations());
        declaraciones.forEach(d -> rechazar(d.getLine(), "las declaraciones («declare») no están permitidas",
                "las reglas usan solo los hechos del modelo; " + VEA));
        if (paquete.getUnit() != null) {
            rechazar(paquete.getUnit().getLine(), "las unidades de reglas («unit») no están permitidas", VEA);
        }
        paquete.getAttributes().forEach(this::atributo);
        for (Token t : tokens) {
            if (t.esIdentificador() && Character.isUpperCase(t.texto().charAt(0))) {
                String clase = clase(t.texto());
                if (clase != null) {
                    miembrosDe(clase);
                }
            }
        }
        for (RuleDescr r : paquete.getRules()) {
            regla(r);
        }
    }

    /**
     * Java reads {@code \u0022} as a quote and {@code \u000a} as a line break before anything else, so an
     * escape inside a text or a comment can turn the rest into code the token check never saw.
     */
    private void escapesUnicode() {
        Matcher m = ESCAPE_UNICODE.matcher(texto);
        while (m.find()) {
            int linea = 1 + (int) texto.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            rechazar(linea, "las secuencias «\\u…» no están permitidas", "escriba el carácter tal cual: el archivo es UTF-8");
        }
    }

    private void importacion(ImportDescr i) {
        String destino = i.getTarget();
        if (destino.endsWith(".*")) {
            String paquete = destino.substring(0, destino.length() - 2);
            if (ListaPermitida.PAQUETES_DEL_MODELO.contains(paquete) || algunaPermitidaEn(paquete)) {
                comodines.add(paquete); // grants nothing by itself: each name used is checked
            } else {
                rechazar(i.getLine(), "no se permite importar «" + destino + "»", VEA);
            }
        } else if (permitida(destino)) {
            importadas.put(destino.substring(destino.lastIndexOf('.') + 1), destino);
        } else {
            rechazar(i.getLine(), "no se permite importar «" + destino + "»" + porQue(simple(destino)), VEA);
        }
    }

    private void atributo(AttributeDescr a) {
        String nombre = a.getName();
        String valor = a.getValue() == null ? "" : a.getValue().strip();
        if (!ListaPermitida.ATRIBUTOS.contains(nombre)) {
            rechazar(a.getLine(), "el atributo «" + nombre + "» no está permitido" + enRegla(), VEA);
        } else if (nombre.equals("dialect") && !valor.equals("java")) {
            rechazar(a.getLine(), "el dialecto «" + valor + "» no está permitido" + enRegla()
                    + ": solo se revisan consecuencias escritas en Java", "quite la línea «dialect»");
        } else if (nombre.equals("salience") && !ENTERO.matcher(valor).matches()) {
            rechazar(a.getLine(), "«salience» debe ser un número entero" + enRegla(), "por ejemplo: salience 10");
        } else if (nombre.equals("enabled") && !valor.equals("true") && !valor.equals("false")) {
            rechazar(a.getLine(), "«enabled» debe ser true o false" + enRegla(), null);
        }
    }

    private void regla(RuleDescr r) {
        regla = r.getName();
        r.getAttributes().values().forEach(this::atributo);
        if (!r.getNamedConsequences().isEmpty()) {
            rechazar(r.getLine(), "las consecuencias con nombre («then[...]») no están permitidas" + enRegla(),
                    "use una regla por consecuencia");
        }
        int desde = r.getStartCharacter();
        int hasta = r.getEndCharacter();
        if (desde < 0 || hasta < 0) {
            noRevisada(r);
            return;
        }
        int finLhs = r.getLhs() == null ? -1 : r.getLhs().getEndCharacter();
        // Conditions start after "when" (a rule) or after the name (a query, whose parameters are typed too).
        int primero = -1;
        int then = -1;
        int end = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.inicio() < desde || t.inicio() >= hasta) {
                continue;
            }
            if (primero < 0 && (r.isQuery() ? k > 0 && tokens.get(k - 1).inicio() == desde : t.es("when"))) {
                primero = k + 1;
            }
            if (then < 0 && !r.isQuery() && t.es("then") && t.inicio() >= Math.max(finLhs, desde)) {
                then = k;
            }
            if (t.es("end")) {
                end = k;
            }
        }
        Set<String> enlazadas = new HashSet<>();
        if (primero >= 0) {
            int finCondiciones = then >= 0 ? then : end;
            for (int k = primero; k < finCondiciones; k++) {
                Token t = tokens.get(k);
                if (t.esIdentificador() && k + 1 < finCondiciones
                        && (tokens.get(k + 1).es(":") || tokens.get(k + 1).es(":="))) {
                    enlazadas.add(t.texto());
                }
            }
            condiciones(primero, finCondiciones, enlazadas);
        }
        String consecuencia = r.getConsequence() instanceof String texto ? texto : "";
        if (then >= 0 && end > then && mismosTokens(consecuencia, then + 1, end)) {
            consecuencia(then + 1, end, enlazadas);
        } else if (!r.isQuery()) {
            noRevisada(r); // fail closed: what the compiler would compile is not what was read here
        }
        regla = null;
    }

    /** True when the consequence Drools parsed is exactly the tokens found between "then" and "end". */
    private boolean mismosTokens(String consecuencia, int desde, int hasta) {
        List<String> dePrograma = Lexico.tokens(consecuencia).stream().map(Token::texto).toList();
        return dePrograma.equals(tokens.subList(desde, hasta).stream().map(Token::texto).toList());
    }

    private void noRevisada(RuleDescr r) {
        rechazar(r.getLine(), "no se pudo revisar la regla «" + r.getName() + "» contra la lista permitida",
                "escriba la regla como «rule \"nombre\" when … then … end»");
    }

    /** Conditions: fact types, their fields and methods, bindings, value types. */
    private void condiciones(int desde, int hasta, Set<String> enlazadas) {
        for (int k = desde; k < hasta; k++) {
            Token t = tokens.get(k);
            if (t.es("->") || t.es("::")) {
                rechazar(t.linea(), "las lambdas y referencias a métodos («" + t.texto() + "») no están permitidas"
                        + enRegla(), null);
                continue;
            }
            if (!t.esIdentificador()) {
                continue;
            }
            String nombre = t.texto();
            if (despuesDePunto(k)) {
                miembro(t);
            } else if (nombre.startsWith("$") || enlazadas.contains(nombre)) {
                continue;
            } else if (!comun(t)) {
                continue;
            } else if (Character.isUpperCase(nombre.charAt(0))) {
                tipo(t); // a pattern's type, a static call, a constructor: all types
            } else if (siguiente(k, "(")) {
                miembro(t); // a method of the fact, or count(), sum()…
            } else if (siguiente(k, ".") && !miembros.contains(nombre)) {
                desconocido(t, k, "no es una variable de la regla ni un campo de un hecho");
            }
        }
    }

    /** The consequence: Java, limited to working-memory actions, locals, and allowed types. */
    private void consecuencia(int desde, int hasta, Set<String> enlazadas) {
        Deque<Set<String>> ambitos = new ArrayDeque<>();
        ambitos.push(new HashSet<>());
        // Inside "modify( $x ) { setA( 1 ), setB( 2 ) }" the names are methods of $x.
        int llavesModify = -1;
        int llaves = 0;
        for (int k = desde; k < hasta; k++) {
            Token t = tokens.get(k);
            if (t.es("{")) {
                llaves++;
                ambitos.push(new HashSet<>());
                if (llavesModify < 0 && abreModify(desde, k)) {
                    llavesModify = llaves;
                }
                continue;
            }
            if (t.es("}")) {
                if (llaves == llavesModify) {
                    llavesModify = -1;
                }
                llaves--;
                if (ambitos.size() > 1) {
                    ambitos.pop();
                }
                continue;
            }
            if (t.es("->") || t.es("::")) {
                rechazar(t.linea(), "las lambdas y referencias a métodos («" + t.texto() + "») no están permitidas"
                        + enRegla(), "escriba el cálculo paso a paso");
                continue;
            }
            if (!t.esIdentificador()) {
                continue;
            }
            String nombre = t.texto();
            boolean enModify = llaves == llavesModify && k > desde
                    && (tokens.get(k - 1).es("{") || tokens.get(k - 1).es(",")) && siguiente(k, "(");
            if (despuesDePunto(k) || enModify) {
                miembro(t);
            } else if (declaraLocal(k, desde)) {
                ambitos.peek().add(nombre);
            } else if (nombre.startsWith("$") || enlazadas.contains(nombre) || visible(ambitos, nombre)
                    || ListaPermitida.PALABRAS_JAVA.contains(nombre)
                    || ListaPermitida.ACCIONES.contains(nombre) && siguiente(k, "(")) {
                continue;
            } else if (!comun(t)) {
                continue;
            } else if (Character.isUpperCase(nombre.charAt(0))) {
                tipo(t);
            } else {
                desconocido(t, k, "no es una variable de la regla, un tipo permitido ni una acción "
                        + "(insert, insertLogical, modify, update, retract, delete)");
            }
        }
    }

    /**
     * Refuses what is refused everywhere (loops, the engine); true when the name still needs checking.
     */
    private boolean comun(Token t) {
        String nombre = t.texto();
        if (BUCLES.contains(nombre)) {
            rechazar(t.linea(), "los bucles («" + nombre + "») no están permitidos" + enRegla(),
                    "una regla se dispara una vez por cada combinación de hechos que calza: no necesita bucles");
            return false;
        }
        if (MOTOR.contains(nombre)) {
            rechazar(t.linea(), "«" + nombre + "» no está permitido" + enRegla() + ": da acceso al motor de reglas",
                    "use insert, insertLogical, modify, update o delete");
            return false;
        }
        return true;
    }

    private void miembro(Token t) {
        String nombre = t.texto();
        if (ListaPermitida.METODOS_PROHIBIDOS.contains(nombre)) {
            String motivo = nombre.equals("getKieRuntime") || nombre.equals("getKnowledgeRuntime")
                    || nombre.equals("getWorkingMemory") ? "da acceso al motor de reglas"
                    : nombre.equals("wait") || nombre.startsWith("notify") ? "detiene o despierta hilos"
                    : "lleva a la reflexión o fuera del modelo de hechos";
            rechazar(t.linea(), "«" + nombre + "» no está permitido" + enRegla() + ": " + motivo, VEA);
        }
    }

    private void tipo(Token t) {
        if (clase(t.texto()) == null) {
            rechazar(t.linea(), "«" + t.texto() + "» no está en la lista permitida" + enRegla() + porQue(t.texto()),
                    "las reglas usan el modelo de hechos y tipos de valor (String, números, List, Map, BigDecimal…); "
                            + VEA);
        }
    }

    private void desconocido(Token t, int k, String que) {
        if (siguiente(k, ".") && RAICES_DE_PAQUETE.contains(t.texto())) {
            rechazar(t.linea(), "los nombres completos («" + nombreCompleto(k) + "») no están permitidos" + enRegla(),
                    "importe el tipo por su nombre, si está en la lista permitida; " + VEA);
        } else {
            rechazar(t.linea(), "«" + t.texto() + "» " + que + enRegla(), VEA);
        }
    }

    /** The class an unqualified type name stands for, if it is allowed; null otherwise. */
    private String clase(String simple) {
        String importada = importadas.get(simple);
        if (importada != null) {
            return importada;
        }
        if (ListaPermitida.TIPOS_DE_VALOR.contains("java.lang." + simple)) {
            return "java.lang." + simple;
        }
        for (String paquete : comodines) {
            String candidata = paquete + "." + simple;
            if (permitida(candidata) && existe(candidata)) {
                return candidata;
            }
        }
        return null;
    }

    private static boolean permitida(String clase) {
        int punto = clase.lastIndexOf('.');
        String paquete = punto < 0 ? "" : clase.substring(0, punto);
        return ListaPermitida.CLASES_DEL_MODELO.contains(clase) || ListaPermitida.TIPOS_DE_VALOR.contains(clase)
                || ListaPermitida.PAQUETES_DEL_MODELO.contains(paquete);
    }

    private static boolean algunaPermitidaEn(String paquete) {
        return ListaPermitida.CLASES_DEL_MODELO.stream().anyMatch(c -> c.startsWith(paquete + ".")
                && c.lastIndexOf('.') == paquete.length())
                || ListaPermitida.TIPOS_DE_VALOR.stream().anyMatch(c -> c.startsWith(paquete + ".")
                && c.lastIndexOf('.') == paquete.length());
    }

    private static boolean existe(String clase) {
        try {
            Class.forName(clase, false, PoliticaDeReglas.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Property, method and field names of an allowed class: the names conditions may use as fields. */
    private void miembrosDe(String clase) {
        Class<?> c;
        try {
            c = Class.forName(clase, false, PoliticaDeReglas.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        for (Method m : c.getMethods()) {
            String n = m.getName();
            miembros.add(n);
            if (n.startsWith("get") && n.length() > 3) {
                miembros.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.startsWith("is") && n.length() > 2) {
                miembros.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        for (Field f : c.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                miembros.add(f.getName());
            }
        }
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                miembros.add(rc.getName());
            }
        }
        miembros.removeAll(ListaPermitida.METODOS_PROHIBIDOS);
    }

    /** {@code Tipo nombre =}, {@code Tipo nombre;}, {@code List<X> nombre =}, {@code x instanceof Tipo nombre)}. */
    private boolean declaraLocal(int k, int desde) {
        if (k == desde || !Character.isLowerCase(tokens.get(k).texto().charAt(0)) && !tokens.get(k).texto().startsWith("_")) {
            return false; // a local named like a type would hide the type check: leave it to the check
        }
        Token antes = tokens.get(k - 1);
        boolean tipoAntes = antes.esIdentificador() && !Set.of("new", "return", "else", "instanceof", "final")
                .contains(antes.texto()) || antes.es(">") || antes.es("]");
        if (!tipoAntes || k + 1 >= tokens.size()) {
            return false;
        }
        Token despues = tokens.get(k + 1);
        return despues.es("=") || despues.es(";") || despues.es(",") || despues.es(":") || despues.es(")")
                || despues.es("&&");
    }

    private boolean abreModify(int desde, int llave) {
        if (llave - 1 < desde || !tokens.get(llave - 1).es(")")) {
            return false;
        }
        int profundidad = 0;
        for (int k = llave - 1; k >= desde; k--) {
            if (tokens.get(k).es(")")) {
                profundidad++;
            } else if (tokens.get(k).es("(")) {
                profundidad--;
                if (profundidad == 0) {
                    return k - 1 >= desde && tokens.get(k - 1).es("modify");
                }
            }
        }
        return false;
    }

    private static boolean visible(Deque<Set<String>> ambitos, String nombre) {
        return ambitos.stream().anyMatch(a -> a.contains(nombre));
    }

    private boolean despuesDePunto(int k) {
        return k > 0 && tokens.get(k - 1).es(".");
    }

    private boolean siguiente(int k, String s) {
        return k + 1 < tokens.size() && tokens.get(k + 1).es(s);
    }

    private String nombreCompleto(int k) {
        StringBuilder sb = new StringBuilder(tokens.get(k).texto());
        for (int j = k + 1; j + 1 < tokens.size() && tokens.get(j).es(".") && tokens.get(j + 1).esIdentificador(); j += 2) {
            sb.append('.').append(tokens.get(j + 1).texto());
            if (Character.isUpperCase(tokens.get(j + 1).texto().charAt(0))) {
                break;
            }
        }
        return sb.toString();
    }

    private String enRegla() {
        return regla == null ? "" : " (regla «" + regla + "»)";
    }

    private static String simple(String clase) {
        return clase.substring(clase.lastIndexOf('.') + 1);
    }

    private static String porQue(String simple) {
        String motivo = POR_QUE.get(simple);
        return motivo == null ? "" : ": " + motivo;
    }

    private static Map<String, String> porQue() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle", "Shutdown")) {
            m.put(s, "una regla no puede terminar el programa, ejecutar procesos, leer el entorno ni imprimir");
        }
        for (String s : List.of("Thread", "ThreadGroup", "Executors", "ExecutorService", "CompletableFuture",
                "ForkJoinPool", "Timer")) {
            m.put(s, "una regla no puede crear hilos ni esperar");
        }
        for (String s : List.of("File", "Files", "Path", "Paths", "FileWriter", "FileReader", "FileInputStream",
                "FileOutputStream", "RandomAccessFile", "PrintStream", "PrintWriter")) {
            m.put(s, "una regla no puede leer ni escribir archivos ni imprimir");
        }
        for (String s : List.of("Socket", "ServerSocket", "URL", "URI", "HttpClient", "InetAddress")) {
            m.put(s, "una regla no puede usar la red");
        }
        for (String s : List.of("Class", "ClassLoader", "Method", "Field", "Constructor", "MethodHandles",
                "Proxy", "Unsafe")) {
            m.put(s, "una regla no puede usar reflexión ni cargar clases");
        }
        return Map.copyOf(m);
    }

    /** One refusal per line: "System.exit" is one thing to fix, not two. */
    private void rechazar(int linea, String mensaje, String pista) {
        if (!problemas.isEmpty() && problemas.get(problemas.size() - 1).linea() == linea && linea > 0) {
            return;
        }
        problemas.add(new ProblemaDeRegla(archivo, Math.max(linea, 0), 0, mensaje, pista));
    }
}
