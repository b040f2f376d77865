package cl.avance.importar;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Indicador;
import cl.avance.motor.Metodologia;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code vocabulario.yaml} and checks it against the methodology's catalogue. Reports every problem at
 * once, each at its line and path ({@code indicadores.TERRITORIO_DEFINIDX}), in Spanish.
 */
public final class LectorVocabulario {

    /** The file's name in a methodology folder. */
    public static final String ARCHIVO = Metodologia.VOCABULARIO;

    private static final List<String> CAMPOS = List.of("hueco", "ventana", "negacion", "terminadores", "futuro",
            "en_curso", "autoevaluacion", "indicadores");
    private static final List<String> CAMPOS_INDICADOR = List.of("frases", "ausencia", "requiere");
    private static final List<String> GRADOS = List.of(Avance.SIN_AVANCE.name(), Avance.AVANCE_MENOR.name(),
            Avance.AVANCE_MAYOR.name());

    /** Words too common to mean anything, as stems; negation words are kept, they mean a lot. */
    static final Set<String> VACIAS = vacias();

    private final List<ProblemaDeVocabulario> problemas = new ArrayList<>();
    private final Catalogo catalogo;

    private LectorVocabulario(Catalogo catalogo) {
        this.catalogo = catalogo;
    }

    /**
     * The vocabulary in {@code texto}, checked against {@code catalogo}.
     *
     * @throws VocabularioInvalidoException with every problem found
     */
    static Vocabulario leer(String texto, Catalogo catalogo) {
        LectorVocabulario lector = new LectorVocabulario(catalogo);
        Vocabulario vocabulario = lector.leer(texto);
        if (!lector.problemas.isEmpty()) {
            throw new VocabularioInvalidoException(lector.problemas);
        }
        return vocabulario;
    }

    /**
     * Checks {@code texto} without keeping the result: what {@code avance validar} runs.
     *
     * @return every problem, empty when the vocabulary is fine
     */
    public static List<ProblemaDeVocabulario> revisar(String texto, Catalogo catalogo) {
        try {
            leer(texto, catalogo);
            return List.of();
        } catch (VocabularioInvalidoException e) {
            return e.problemas();
        }
    }

    private Vocabulario leer(String texto) {
        Node raiz;
        try {
            LoaderOptions opciones = new LoaderOptions();
            opciones.setMaxAliasesForCollections(10);
            opciones.setAllowDuplicateKeys(false);
            raiz = new Yaml(opciones).compose(new StringReader(texto));
        } catch (MarkedYAMLException e) {
            int linea = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problemas.add(new ProblemaDeVocabulario(linea, "", "el YAML no se pudo leer: "
                    + (e.getProblem() == null ? "sintaxis no válida" : e.getProblem())
                    + "; revise sangrías, dos puntos y comillas"));
            return null;
        } catch (YAMLException e) {
            problemas.add(new ProblemaDeVocabulario(0, "", "el YAML no se pudo leer: revise sangrías, dos puntos y comillas"));
            return null;
        }
        if (!(raiz instanceof MappingNode mapa)) {
            problemas.add(new ProblemaDeVocabulario(raiz == null ? 1 : linea(raiz), "",
                    "el vocabulario debe ser un mapa con indicadores, negacion, terminadores, futuro y autoevaluacion"));
            return null;
        }
        Map<String, Node> campos = campos(mapa, "", CAMPOS);
        int hueco = entero(campos.get("hueco"), "hueco", 3);
        int ventana = entero(campos.get("ventana"), "ventana", 6);
        List<Frase> negacion = senales(campos.get("negacion"), "negacion");
        List<Frase> terminadores = senales(campos.get("terminadores"), "terminadores");
        List<Frase> futuro = senales(campos.get("futuro"), "futuro");
        List<Frase> enCurso = senales(campos.get("en_curso"), "en_curso");
        Map<Avance, List<Frase>> autoevaluacion = autoevaluacion(campos.get("autoevaluacion"));
        Map<String, Vocabulario.FrasesDeIndicador> indicadores = indicadores(campos.get("indicadores"));
        return new Vocabulario(hueco, ventana, negacion, terminadores, futuro, enCurso, autoevaluacion, indicadores);
    }

    private Map<Avance, List<Frase>> autoevaluacion(Node nodo) {
        Map<Avance, List<Frase>> grados = new EnumMap<>(Avance.class);
        if (nodo == null) {
            return grados;
        }
        if (!(nodo instanceof MappingNode mapa)) {
            problemas.add(new ProblemaDeVocabulario(linea(nodo), "autoevaluacion",
                    "debe ser un mapa grado → frases, con los grados " + String.join(", ", GRADOS)));
            return grados;
        }
        campos(mapa, "autoevaluacion", GRADOS).forEach((grado, valor) ->
                grados.put(Avance.valueOf(grado), frases(valor, "autoevaluacion." + grado)));
        return grados;
    }

    private Map<String, Vocabulario.FrasesDeIndicador> indicadores(Node nodo) {
        Map<String, Vocabulario.FrasesDeIndicador> porCodigo = new LinkedHashMap<>();
        if (nodo == null) {
            return porCodigo;
        }
        if (!(nodo instanceof MappingNode mapa)) {
            problemas.add(new ProblemaDeVocabulario(linea(nodo), "indicadores",
                    "debe ser un mapa: código de indicador → frases"));
            return porCodigo;
        }
        List<String> codigos = catalogo.indicadores().stream().map(Indicador::codigo).toList();
        Map<String, Node> leidos = new LinkedHashMap<>();
        for (NodeTuple par : mapa.getValue()) {
            String clave = escalar(par.getKeyNode());
            String ruta = "indicadores." + clave;
            if (clave == null) {
                problemas.add(new ProblemaDeVocabulario(linea(par.getKeyNode()), "indicadores",
                        "cada clave debe ser un código de indicador"));
            } else if (!codigos.contains(clave)) {
                problemas.add(new ProblemaDeVocabulario(linea(par.getKeyNode()), ruta,
                        "indicador desconocido: el catálogo de la metodología no tiene «" + clave
                                + "». Los indicadores son " + String.join(", ", codigos)));
            } else {
                leidos.put(clave, par.getValueNode());
            }
        }
        for (String codigo : codigos) {
            Node valor = leidos.get(codigo);
            if (valor == null) {
                continue;
            }
            String ruta = "indicadores." + codigo;
            if (valor instanceof SequenceNode) {
                porCodigo.put(codigo, new Vocabulario.FrasesDeIndicador(frases(valor, ruta), List.of(), List.of()));
            } else if (valor instanceof MappingNode m) {
                Map<String, Node> partes = campos(m, ruta, CAMPOS_INDICADOR);
                porCodigo.put(codigo, new Vocabulario.FrasesDeIndicador(frases(partes.get("frases"), ruta + ".frases"),
                        frases(partes.get("ausencia"), ruta + ".ausencia"),
                        frases(partes.get("requiere"), ruta + ".requiere")));
            } else {
                problemas.add(new ProblemaDeVocabulario(linea(valor), ruta,
                        "debe ser una lista de frases, o un mapa con frases, ausencia y requiere"));
            }
        }
        return porCodigo;
    }

    private Map<String, Node> campos(MappingNode mapa, String ruta, List<String> validos) {
        Map<String, Node> campos = new LinkedHashMap<>();
        for (NodeTuple par : mapa.getValue()) {
            String clave = escalar(par.getKeyNode());
            if (clave == null || !validos.contains(clave)) {
                problemas.add(new ProblemaDeVocabulario(linea(par.getKeyNode()), unir(ruta, String.valueOf(clave)),
                        "campo desconocido; los campos válidos aquí son " + String.join(", ", validos)));
            } else {
                campos.put(clave, par.getValueNode());
            }
        }
        return campos;
    }

    /** Cues, matched word for word, small words included. */
    private List<Frase> senales(Node nodo, String ruta) {
        return frases(nodo, ruta, false);
    }

    private List<Frase> frases(Node nodo, String ruta) {
        return frases(nodo, ruta, true);
    }

    private List<Frase> frases(Node nodo, String ruta, boolean sinVacias) {
        List<Frase> frases = new ArrayList<>();
        if (nodo == null) {
            return frases;
        }
        if (!(nodo instanceof SequenceNode lista)) {
            problemas.add(new ProblemaDeVocabulario(linea(nodo), ruta, "debe ser una lista de frases: [\"…\", \"…\"]"));
            return frases;
        }
        for (int i = 0; i < lista.getValue().size(); i++) {
            Node elemento = lista.getValue().get(i);
            String texto = escalar(elemento);
            if (texto == null || texto.isBlank()) {
                problemas.add(new ProblemaDeVocabulario(linea(elemento), ruta + "[" + i + "]",
                        "cada frase debe ser un texto"));
                continue;
            }
            Frase frase = Frase.de(texto, sinVacias ? VACIAS : Set.of());
            if (frase.vacia()) {
                problemas.add(new ProblemaDeVocabulario(linea(elemento), ruta + "[" + i + "]",
                        "la frase «" + texto + "» solo tiene palabras vacías (artículos, preposiciones): nunca coincidiría"));
                continue;
            }
            frases.add(frase);
        }
        return frases;
    }

    private int entero(Node nodo, String ruta, int porDefecto) {
        if (nodo == null) {
            return porDefecto;
        }
        String texto = escalar(nodo);
        try {
            int valor = Integer.parseInt(texto == null ? "" : texto.strip());
            if (valor >= 0 && valor <= 20) {
                return valor;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problemas.add(new ProblemaDeVocabulario(linea(nodo), ruta, "debe ser un número entero entre 0 y 20"));
        return porDefecto;
    }

    private static String escalar(Node nodo) {
        return nodo instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int linea(Node nodo) {
        return nodo.getStartMark() == null ? 0 : nodo.getStartMark().getLine() + 1;
    }

    private static String unir(String ruta, String campo) {
        return ruta.isEmpty() ? campo : ruta + "." + campo;
    }

    private static Set<String> vacias() {
        CharArraySet lucene = SpanishAnalyzer.getDefaultStopSet();
        Set<String> vacias = new HashSet<>();
        for (Object palabra : lucene) {
            String texto = palabra instanceof char[] c ? new String(c) : palabra.toString();
            vacias.addAll(AnalizadorEspanol.raices(texto));
        }
        // Negations, and words that change what a phrase means («cuando sea requerida», «algunos temas»).
        for (String significativa : List.of("no", "ni", "sin", "nada", "ningún", "ninguna", "tampoco", "nunca", "cuando",
                "siempre", "sólo", "solo", "algún", "alguna", "algunos", "algunas", "todavía", "aún")) {
            vacias.removeAll(AnalizadorEspanol.raices(significativa));
        }
        return Set.copyOf(vacias);
    }
}
