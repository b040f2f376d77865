package cl.avance.motor;

import cl.avance.internal.Sugerencia;
import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rule compiler's messages into problems a policy author can act on: in Spanish where the cause
 * is a common one, at the right line where the compiler gives none or the rule's header, with a hint.
 */
final class TraductorDeProblemas {

    private static final String HECHOS = "cl.avance.hechos.";
    private static final List<String> TIPOS_DE_HECHO = List.of("CriterioDeUnidad", "Brecha",
            "Calificacion", "Recomendacion", "RecomendacionAlServicio", "Discrepancia");
    private static final List<String> PALABRAS_CLAVE = List.of("when", "then", "end");

    private static final Pattern SIN_METODO = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.]+)\\.(\\w+)\\(([\\w.,\\s]*)\\)");
    private static final Pattern LINEA_COLUMNA_MVEL = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern EXPRESION = Pattern.compile("^Unable to Analyse Expression (.+?):?$", Pattern.MULTILINE);
    private static final Pattern TIPO = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern NO_RESUELTO = Pattern.compile("Rule Compilation error (\\w+) cannot be resolved(?: or is not a field| to a variable| to a type)?");
    private static final Pattern CONSTRUCTOR = Pattern.compile("Rule Compilation error The constructor (\\w+)\\(([^)]*)\\) is undefined");
    private static final Pattern INESPERADO = Pattern.compile("\\[ERR \\d+] Line (\\d+):(\\d+) mismatched input '(.*?)'(?: in (?!rule)\\w+)*(?: in rule \"(.*)\")?");

    private static final Pattern INSERTAR = Pattern.compile("Rule Compilation error Syntax error, insert \"([^\"]+)\" to complete (\\w+)");

    private final String[] lineas;

    TraductorDeProblemas(String fuente) {
        this.lineas = fuente == null ? new String[0] : fuente.split("\n", -1);
    }

    ProblemaDeRegla traducir(String archivo, int linea, int columna, String texto) {
        Matcher m;
        if ((m = SIN_METODO.matcher(texto)).find()) {
            String clase = m.group(1);
            String nombre = m.group(2);
            String argumentos = m.group(3).strip();
            Matcher lc = LINEA_COLUMNA_MVEL.matcher(texto);
            if (lc.find() && linea <= 0) {
                linea = Integer.parseInt(lc.group(1));
            }
            Class<?> tipo = cargar(clase);
            String simple = clase.substring(clase.lastIndexOf('.') + 1);
            if (tipo != null && tipo.isEnum()) {
                List<String> constantes = Arrays.stream(tipo.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                int donde = linea > 0 ? linea : buscar(simple + "." + nombre, 0);
                return new ProblemaDeRegla(archivo, donde, 0, "«" + nombre + "» no es un valor de " + simple,
                        sugerir(nombre, constantes, "los valores de " + simple + " son " + String.join(", ", constantes)));
            }
            int donde = linea > 0 ? linea : buscarExpresion(texto);
            if (!argumentos.isEmpty()) {
                return condicionDesconocida(archivo, donde, tipo, simple, nombre, argumentos);
            }
            List<String> campos = campos(tipo);
            return new ProblemaDeRegla(archivo, donde, 0, "el hecho " + simple + " no tiene el campo «" + nombre + "»",
                    sugerir(nombre, campos, "los campos de " + simple + " son " + String.join(", ", campos)));
        }
        if ((m = TIPO.matcher(texto)).find()) {
            String tipo = m.group(1);
            return new ProblemaDeRegla(archivo, linea, columna, "el tipo de hecho «" + tipo + "» no existe",
                    sugerir(tipo, TIPOS_DE_HECHO, "los hechos son " + String.join(", ", TIPOS_DE_HECHO)
                            + "; revise también los import del archivo"));
        }
        if ((m = NO_RESUELTO.matcher(texto)).find()) {
            String nombre = m.group(1);
            int donde = buscarPalabra(nombre, linea);
            return new ProblemaDeRegla(archivo, donde, 0, "«" + nombre + "» no existe (en el bloque then)",
                    sugerir(nombre, List.of("SIN_AVANCE", "AVANCE_MENOR", "AVANCE_MAYOR", "NO_APLICA", "SIN_INFORMACION"),
                            "revise el nombre; los avances son SIN_AVANCE, AVANCE_MENOR, AVANCE_MAYOR, NO_APLICA y SIN_INFORMACION"));
        }
        if ((m = CONSTRUCTOR.matcher(texto)).find()) {
            String clase = m.group(1);
            int donde = buscar("new " + clase, Math.max(0, linea - 1));
            return new ProblemaDeRegla(archivo, donde > 0 ? donde : linea, 0,
                    "no se puede crear " + clase + " con (" + m.group(2) + ") (en el bloque then)",
                    constructores(clase));
        }
        if ((m = INSERTAR.matcher(texto)).find()) {
            return faltaEnConsecuencia(archivo, linea, m.group(1));
        }
        if ((m = INESPERADO.matcher(texto)).find()) {
            int l = Integer.parseInt(m.group(1));
            String token = m.group(3);
            String regla = m.group(4);
            String enRegla = regla == null ? "" : " (regla «" + regla + "»)";
            if (token.equals("then")) {
                int abierto = parentesisSinCerrar(l);
                if (abierto > 0) {
                    return new ProblemaDeRegla(archivo, abierto, 0, "falta un «)»: el «(» de esta línea no se cierra antes de «then»"
                            + enRegla, "cada «(» necesita su «)»; cierre la condición antes de «then»");
                }
            }
            if (token.equals("<eof>")) {
                return new ProblemaDeRegla(archivo, l, columna, "el archivo termina antes de cerrar la regla" + enRegla,
                        "falta «end» al final de la regla");
            }
            return new ProblemaDeRegla(archivo, l, columna, "no se esperaba «" + token + "» aquí" + enRegla,
                    palabraClaveMalEscrita(l).orElse(null));
        }
        String primera = texto.lines().findFirst().orElse(texto).replaceAll(":$", "");
        return new ProblemaDeRegla(archivo, linea, columna, primera, null);
    }

    /**
     * The compiler's "insert X to complete" about a consequence comes at the rule's header: find the
     * statement it means, from the rule's {@code then} on.
     */
    private ProblemaDeRegla faltaEnConsecuencia(String archivo, int cabecera, String falta) {
        int then = cabecera;
        while (then >= 1 && then <= lineas.length && !lineas[then - 1].strip().equals("then")) {
            then++;
        }
        int donde = 0;
        if (then >= 1 && then <= lineas.length) {
            donde = falta.equals(";") ? sinPuntoYComa(then) : falta.equals(")") ? sinCerrar(then) : 0;
        }
        int l = donde > 0 ? donde : cabecera;
        return switch (falta) {
            case ";" -> new ProblemaDeRegla(archivo, l, 0, "falta «;» al final de la instrucción (en el bloque then)",
                    "cada instrucción del bloque then termina en «;», por ejemplo: insert( new Recomendacion( … ) );");
            case ")" -> new ProblemaDeRegla(archivo, l, 0, "falta un «)» (en el bloque then)",
                    "cada «(» necesita su «)»: cuente los paréntesis de la instrucción");
            default -> new ProblemaDeRegla(archivo, l, 0, "falta «" + falta + "» (en el bloque then)", null);
        };
    }

    /** The last line of the first statement after {@code then} that ends without ';' (parentheses closed, no '{'). */
    private int sinPuntoYComa(int then) {
        int balance = 0;
        for (int i = then + 1; i <= lineas.length; i++) {
            String codigo = codigo(lineas[i - 1]).strip();
            if (codigo.equals("end")) {
                break;
            }
            balance += cuenta(codigo, '(') - cuenta(codigo, ')');
            if (codigo.isEmpty() || balance > 0) {
                continue;
            }
            char ultimo = codigo.charAt(codigo.length() - 1);
            if (ultimo != ';' && ultimo != '{' && ultimo != '}' && ultimo != ',') {
                return i;
            }
        }
        return 0;
    }

    /** The line of the first statement after {@code then} that reaches its ';' or the end with a '(' open. */
    private int sinCerrar(int then) {
        int balance = 0;
        int ultima = 0;
        for (int i = then + 1; i <= lineas.length; i++) {
            String codigo = codigo(lineas[i - 1]).strip();
            if (codigo.equals("end")) {
                return balance > 0 ? ultima : 0;
            }
            if (codigo.isEmpty()) {
                continue;
            }
            ultima = i;
            for (char c : codigo.toCharArray()) {
                if (c == '(') {
                    balance++;
                } else if (c == ')') {
                    balance--;
                } else if (c == ';' && balance > 0) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** The line where the innermost '(' still open at line {@code hasta} of a rule's conditions was opened; 0 if none. */
    private int parentesisSinCerrar(int hasta) {
        int desde = hasta;
        while (desde > 1 && !lineas[desde - 1].strip().equals("when")) {
            desde--;
        }
        Deque<Integer> abiertos = new ArrayDeque<>();
        for (int i = desde + 1; i < hasta && i <= lineas.length; i++) {
            for (char c : codigo(lineas[i - 1]).toCharArray()) {
                if (c == '(') {
                    abiertos.push(i);
                } else if (c == ')' && !abiertos.isEmpty()) {
                    abiertos.pop();
                }
            }
        }
        return abiertos.isEmpty() ? 0 : abiertos.peek();
    }

    /** The line without its texts and its line comment. */
    private static String codigo(String linea) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < linea.length(); i++) {
            char c = linea.charAt(i);
            if (linea.startsWith("//", i)) {
                break;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < linea.length() && linea.charAt(j) != c) {
                    j += linea.charAt(j) == '\\' ? 2 : 1;
                }
                i = j;
                sb.append('_');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int cuenta(String texto, char c) {
        return (int) texto.chars().filter(x -> x == c).count();
    }

    /** A call such as {@code cumpe( Indicador.X )}: a misspelt condition, or a right one with the wrong argument. */
    private static ProblemaDeRegla condicionDesconocida(String archivo, int linea, Class<?> tipo, String simple,
                                                        String nombre, String argumentos) {
        List<Method> conArgumentos = tipo == null ? List.of() : Arrays.stream(tipo.getMethods())
                .filter(x -> x.getParameterCount() > 0 && !Modifier.isStatic(x.getModifiers())
                        && x.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
        List<String> formas = conArgumentos.stream().map(TraductorDeProblemas::forma).toList();
        List<String> mismoNombre = conArgumentos.stream().filter(x -> x.getName().equals(nombre))
                .map(TraductorDeProblemas::forma).toList();
        String recibidos = Arrays.stream(argumentos.split(","))
                .map(a -> a.strip().substring(a.strip().lastIndexOf('.') + 1))
                .reduce((a, b) -> a + ", " + b).orElse("");
        if (!mismoNombre.isEmpty()) {
            return new ProblemaDeRegla(archivo, linea, 0, "«" + nombre + "» no se puede usar con (" + recibidos + ")",
                    "se escribe " + String.join(" o ", mismoNombre));
        }
        List<String> nombres = conArgumentos.stream().map(Method::getName).distinct().toList();
        return new ProblemaDeRegla(archivo, linea, 0, "el hecho " + simple + " no tiene la condición «" + nombre + "( … )»",
                Sugerencia.para(nombre, nombres).map(s -> "¿quiso decir «" + s + "»?")
                        .orElse("las condiciones de " + simple + " son " + String.join(", ", formas)));
    }

    /** How a rule writes a call: {@code cumple( Indicador )}, {@code cumpleAlgunoDe( Indicador, … )}. */
    private static String forma(Method metodo) {
        String tipos = Arrays.stream(metodo.getParameterTypes())
                .map(t -> t.isArray() ? t.getComponentType().getSimpleName() + ", …" : t.getSimpleName())
                .reduce((a, b) -> a + ", " + b).orElse("");
        return metodo.getName() + "( " + tipos + " )";
    }

    /** A line near {@code hasta} (at or above it) that holds a single word close to when/then/end. */
    private Optional<String> palabraClaveMalEscrita(int hasta) {
        for (int i = Math.min(hasta, lineas.length); i >= Math.max(1, hasta - 15); i--) {
            String palabra = lineas[i - 1].strip();
            if (palabra.matches("[A-Za-z]+") && !PALABRAS_CLAVE.contains(palabra)) {
                Optional<String> clave = Sugerencia.para(palabra.toLowerCase(Locale.ROOT), PALABRAS_CLAVE);
                if (clave.isPresent()) {
                    return Optional.of("en la línea " + i + " dice «" + palabra + "»: ¿quiso escribir «" + clave.get() + "»?");
                }
            }
            if (palabra.startsWith("rule ")) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String sugerir(String palabra, List<String> candidatos, String siNo) {
        return Sugerencia.para(palabra, candidatos).map(s -> "¿quiso decir «" + s + "»?").orElse(siNo);
    }

    private int buscarExpresion(String texto) {
        Matcher e = EXPRESION.matcher(texto);
        return e.find() ? buscar(e.group(1).strip(), 0) : 0;
    }

    /** The first line (from 1) after {@code desde} that contains {@code texto}; 0 if none. */
    private int buscar(String texto, int desde) {
        for (int i = Math.max(0, desde); i < lineas.length; i++) {
            if (lineas[i].contains(texto)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The line of {@code palabra} as a whole word, from the rule header {@code cabecera} on; the header if none. */
    private int buscarPalabra(String palabra, int cabecera) {
        Pattern p = Pattern.compile("\\b" + Pattern.quote(palabra) + "\\b");
        for (int i = Math.max(0, cabecera - 1); i < lineas.length; i++) {
            if (p.matcher(lineas[i]).find()) {
                return i + 1;
            }
        }
        return cabecera;
    }

    private static Class<?> cargar(String nombre) {
        try {
            return Class.forName(nombre, false, TraductorDeProblemas.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<String> campos(Class<?> tipo) {
        if (tipo == null) {
            return List.of();
        }
        return Arrays.stream(tipo.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class)
                .map(Method::getName)
                .filter(n -> n.startsWith("get") && n.length() > 3 || n.startsWith("is") && n.length() > 2)
                .map(n -> Introspector.decapitalize(n.startsWith("is") ? n.substring(2) : n.substring(3)))
                .sorted()
                .toList();
    }

    private static String constructores(String clase) {
        Class<?> tipo = cargar(HECHOS + clase);
        if (tipo == null) {
            return null;
        }
        return clase + " se crea con " + Arrays.stream(tipo.getConstructors())
                .map(c -> "new " + clase + "(" + String.join(", ", Arrays.stream(c.getParameterTypes())
                        .map(Class::getSimpleName).toList()) + ")")
                .reduce((a, b) -> a + " o " + b).orElse("");
    }
}
