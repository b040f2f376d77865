package cl.avance.motor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, before compiling, the writing slips policy staff make in rule files that the compiler reports
 * badly (in English, at the rule's header, or at a line after the cause): a straight {@code "} inside a
 * text, a text broken over two lines, a rule name whose quote is not closed, curly quotes as delimiters,
 * invisible characters, a rule without {@code end} before the next one, and the indicator constants of
 * versions before the catalogue ({@code Indicador.X}).
 *
 * <p>These findings only explain: {@link #enLugarDe} keeps them only for files the compiler or the
 * allow-list also refused, and there they replace the messages they explain. A slip this scan imagines in
 * a file that compiles therefore never refuses it.
 */
final class EscrituraDeReglas {

    static final String PISTA_COMILLA = "una comilla doble dentro de un texto se escribe \\\" o se reemplaza por « »";
    static final String PISTA_INDICADOR = "los indicadores ahora se escriben entre comillas: cumple( \"TERRITORIO_DEFINIDO\" )";

    private static final Pattern CABECERA = Pattern.compile("^\\s*rule\\s");
    private static final Pattern NOMBRE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern IMPORT_INDICADOR = Pattern.compile("^\\s*import\\s+cl\\.avance\\.modelo\\.Indicador\\s*;?\\s*$");
    private static final Pattern INDICADOR_ANTIGUO = Pattern.compile("\\bIndicador\\s*\\.\\s*([A-Z][A-Z0-9_]*)\\b");
    private static final String TIPOGRAFICAS = "“”„‘’";

    /** One finding, and which of the file's other problems it explains. */
    record Hallazgo(ProblemaDeRegla problema, int desde, int hasta) {
        boolean explica(ProblemaDeRegla otro) {
            return otro.archivo().equals(problema.archivo()) && (otro.linea() <= 0
                    || otro.linea() >= desde && otro.linea() <= hasta);
        }
    }

    private enum Bloque { FUERA, CABECERA, CONDICIONES, CONSECUENCIA }

    private final String archivo;
    private final String[] lineas;
    private final List<Hallazgo> hallazgos = new ArrayList<>();

    private EscrituraDeReglas(String archivo, String texto) {
        this.archivo = archivo;
        this.lineas = texto.split("\n", -1);
    }

    /** The findings in every {@code .drl} file of {@code reglas}. */
    static List<Hallazgo> revisar(Reglas reglas) {
        List<Hallazgo> todos = new ArrayList<>();
        reglas.archivos().forEach((ruta, texto) -> {
            if (ruta.endsWith(".drl")) {
                todos.addAll(revisar(ruta, texto));
            }
        });
        return todos;
    }

    static List<Hallazgo> revisar(String archivo, String texto) {
        EscrituraDeReglas e = new EscrituraDeReglas(archivo, texto);
        e.recorrer();
        return e.hallazgos;
    }

    /**
     * {@code problemas} with each file's findings in place of the problems they explain, for the files that
     * have other problems; findings in files without other problems are dropped (the file compiles, so the
     * slip was imagined).
     */
    static List<ProblemaDeRegla> enLugarDe(List<Hallazgo> hallazgos, List<ProblemaDeRegla> problemas) {
        List<Hallazgo> ciertos = hallazgos.stream()
                .filter(h -> problemas.stream().anyMatch(p -> p.archivo().equals(h.problema().archivo())))
                .toList();
        List<ProblemaDeRegla> resultado = new ArrayList<>();
        ciertos.forEach(h -> resultado.add(h.problema()));
        problemas.stream().filter(p -> ciertos.stream().noneMatch(h -> h.explica(p))).forEach(resultado::add);
        resultado.sort(Comparator.comparing(ProblemaDeRegla::archivo).thenComparingInt(ProblemaDeRegla::linea)
                .thenComparing(ProblemaDeRegla::mensaje));
        return resultado;
    }

    private void recorrer() {
        Bloque bloque = Bloque.FUERA;
        String regla = null;
        int inicioDeRegla = 0;
        boolean enComentario = false;
        boolean saltarRegla = false;
        for (int n = 1; n <= lineas.length; n++) {
            String linea = lineas[n - 1];
            String limpia = clave(linea);
            if (!enComentario && CABECERA.matcher(linea).find()) {
                if (bloque == Bloque.CONDICIONES || bloque == Bloque.CONSECUENCIA) {
                    Matcher siguiente = NOMBRE.matcher(linea);
                    hallar(n, n, lineas.length, "la regla «" + regla + "» no termina con «end» antes de "
                            + (siguiente.find() ? "la regla «" + siguiente.group(1) + "»" : "la regla siguiente"),
                            "falta «end» al final de la regla «" + regla + "»");
                }
                Matcher nombre = NOMBRE.matcher(linea);
                regla = nombre.find() ? nombre.group(1) : null;
                bloque = Bloque.CABECERA;
                inicioDeRegla = n;
                saltarRegla = false;
            } else if (!enComentario && bloque != Bloque.FUERA && limpia.equals("when")) {
                bloque = Bloque.CONDICIONES;
            } else if (!enComentario && bloque != Bloque.FUERA && limpia.equals("then")) {
                bloque = Bloque.CONSECUENCIA;
            } else if (!enComentario && bloque != Bloque.FUERA && limpia.equals("end")) {
                bloque = Bloque.FUERA;
                saltarRegla = false;
                continue;
            }
            if (!enComentario && IMPORT_INDICADOR.matcher(linea).matches()) {
                hallar(n, n, n, "«cl.avance.modelo.Indicador» ya no se importa: los indicadores son datos del catálogo"
                        + " (metodologia.yaml)", PISTA_INDICADOR);
                continue;
            }
            if (saltarRegla) {
                enComentario = comentarioAbierto(linea, enComentario);
                continue;
            }
            String enRegla = regla == null ? "" : " (regla «" + regla + "»)";
            boolean enConsecuencia = bloque == Bloque.CONSECUENCIA;
            int hasta = enConsecuencia ? finDeRegla(n) : lineas.length;
            int desde = bloque == Bloque.FUERA ? n : inicioDeRegla;
            // Scan the line: comments, texts, and what is outside them.
            int i = 0;
            int len = linea.length();
            boolean hallado = false;
            while (i < len && !hallado) {
                char c = linea.charAt(i);
                if (enComentario) {
                    int fin = linea.indexOf("*/", i);
                    if (fin < 0) {
                        i = len;
                    } else {
                        enComentario = false;
                        i = fin + 2;
                    }
                } else if (linea.startsWith("//", i)) {
                    i = len;
                } else if (linea.startsWith("/*", i)) {
                    enComentario = true;
                    i += 2;
                } else if (c == '"') {
                    int fin = cierre(linea, i + 1, '"');
                    if (fin < 0) {
                        if (CABECERA.matcher(linea).find() && linea.indexOf('"') == i) {
                            hallar(n, desde, lineas.length, "el nombre de la regla no cierra sus comillas",
                                    "escriba el nombre entre dos comillas rectas en la misma línea: rule \"Nombre de la regla\"");
                        } else {
                            hallar(n, desde, hasta, "un texto empieza en esta línea y no se cierra en ella" + enRegla,
                                    "un texto va entero en una línea, entre comillas rectas; para partirlo, ciérrelo y"
                                            + " continúe con +: \"primera parte \" + \"segunda parte\"");
                        }
                        hallado = true;
                    } else {
                        int sigue = fin + 1;
                        while (sigue < len && (linea.charAt(sigue) == ' ' || linea.charAt(sigue) == '\t')) {
                            sigue++;
                        }
                        if (enConsecuencia && sigue < len && Character.isLetterOrDigit(linea.charAt(sigue))) {
                            hallar(n, desde, hasta, "hay una comilla doble (\") dentro de un texto, antes de «"
                                    + palabra(linea, sigue) + "»" + enRegla, PISTA_COMILLA);
                            hallado = true;
                        }
                        i = fin + 1;
                    }
                } else if (c == '\'') {
                    int fin = cierre(linea, i + 1, '\'');
                    i = fin < 0 ? len : fin + 1;
                } else if (TIPOGRAFICAS.indexOf(c) >= 0) {
                    hallar(n, desde, hasta, "se usan comillas tipográficas (" + ("‘’".indexOf(c) >= 0 ? "‘ ’" : "“ ”") + ") para delimitar un texto" + enRegla,
                            "los textos van entre comillas rectas (\"), las del teclado; Word y los teléfonos las cambian"
                                    + " por “ ”: reemplácelas o desactive esa corrección automática");
                    hallado = true;
                } else if (c == '\uFEFF' || c == '\u00A0' || c == '\u200B') {
                    hallar(n, desde, hasta, "hay un carácter invisible (" + (c == '\uFEFF' ? "marca BOM, U+FEFF"
                                    : c == '\u00A0' ? "espacio no separable, U+00A0" : "espacio de ancho cero, U+200B")
                                    + ") fuera de un texto, en la columna " + (i + 1) + enRegla,
                            c == '\uFEFF' ? "bórrelo: es una marca que algunos editores ponen al principio de un archivo"
                                    : "bórrelo y escriba un espacio normal; suele llegar al copiar desde Word o una página web");
                    hallado = true;
                } else {
                    i++;
                }
            }
            if (hallado) {
                saltarRegla = bloque != Bloque.FUERA;
                enComentario = false;
                continue;
            }
            Matcher antiguo = INDICADOR_ANTIGUO.matcher(sinTextos(linea));
            if (!enComentario && antiguo.find()) {
                hallar(n, n, n, "«Indicador." + antiguo.group(1) + "» ya no existe" + enRegla, PISTA_INDICADOR);
            }
        }
    }

    private void hallar(int linea, int desde, int hasta, String mensaje, String pista) {
        hallazgos.add(new Hallazgo(new ProblemaDeRegla(archivo, linea, 0, mensaje, pista), desde, hasta));
    }

    /** The line of the {@code end} that closes the rule whose consequence holds line {@code n}; the last line if none. */
    private int finDeRegla(int n) {
        for (int i = n; i <= lineas.length; i++) {
            if (clave(lineas[i - 1]).equals("end")) {
                return i;
            }
            if (i > n && CABECERA.matcher(lineas[i - 1]).find()) {
                return i - 1;
            }
        }
        return lineas.length;
    }

    /** A line as a keyword: without its line comment, a trailing ';' and blanks ("end // fin" → "end"). */
    private static String clave(String linea) {
        String sinComentario = linea.contains("//") ? linea.substring(0, linea.indexOf("//")) : linea;
        String limpia = sinComentario.strip();
        return limpia.endsWith(";") ? limpia.substring(0, limpia.length() - 1).strip() : limpia;
    }

    /** The index of the closing {@code quote} from {@code desde}, honouring backslash escapes; -1 if the line ends first. */
    private static int cierre(String linea, int desde, char comilla) {
        for (int i = desde; i < linea.length(); i++) {
            char c = linea.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == comilla) {
                return i;
            }
        }
        return -1;
    }

    private static boolean comentarioAbierto(String linea, boolean enComentario) {
        int i = 0;
        while (i < linea.length()) {
            if (enComentario) {
                int fin = linea.indexOf("*/", i);
                if (fin < 0) {
                    return true;
                }
                enComentario = false;
                i = fin + 2;
            } else if (linea.startsWith("//", i)) {
                return false;
            } else if (linea.startsWith("/*", i)) {
                enComentario = true;
                i += 2;
            } else if (linea.charAt(i) == '"') {
                int fin = cierre(linea, i + 1, '"');
                i = fin < 0 ? linea.length() : fin + 1;
            } else {
                i++;
            }
        }
        return enComentario;
    }

    /** The line with texts and line comments blanked out. */
    private static String sinTextos(String linea) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < linea.length()) {
            char c = linea.charAt(i);
            if (linea.startsWith("//", i)) {
                break;
            }
            if (c == '"' || c == '\'') {
                int fin = cierre(linea, i + 1, c);
                i = fin < 0 ? linea.length() : fin + 1;
                sb.append(' ');
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static String palabra(String linea, int desde) {
        int fin = desde;
        while (fin < linea.length() && linea.charAt(fin) != '"' && fin - desde < 30) {
            fin++;
        }
        return linea.substring(desde, fin).strip();
    }
}
