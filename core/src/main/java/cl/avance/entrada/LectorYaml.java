package cl.avance.entrada;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * Reads YAML 1.2 (core schema) into a {@link Documento} with snakeyaml-engine's event parser, so that every
 * value keeps its line and column and nothing is read as something else:
 * <ul>
 * <li>one document per file: a second one ({@code ---}) is an error, not dropped;</li>
 * <li>tags: only the core schema's ({@code !!str !!int !!float !!bool !!null !!map !!seq}); any other
 * ({@code !foo}, {@code !!java/object:…}, {@code !!binary}) is an error, never read as the plain value;</li>
 * <li>{@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} are texts, as YAML 1.2 says, never
 * booleans; errors about them add "en YAML escriba true o false";</li>
 * <li>an alias ({@code *s}) is the anchored value, copied; at most {@value #ALIAS_MAXIMOS} aliases, adding at
 * most {@value #VALORES_REPETIDOS_MAXIMOS} values in all (a "billion laughs" file is refused at once).</li>
 * </ul>
 * Built from events rather than snakeyaml's composed node graph because composing recurses with no depth
 * limit and forgets which tags were written. Thread-safe.
 */
final class LectorYaml {

    static final int ALIAS_MAXIMOS = 10_000;
    static final long VALORES_REPETIDOS_MAXIMOS = 1_000_000;

    private static final ScalarResolver RESOLUTOR = new CoreScalarResolver(false);
    private static final Set<Tag> ETIQUETAS_DE_ESCALAR = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL);
    /** Plain words YAML 1.1 read as booleans; 1.2 reads them as text. Odd cases of true/false too. */
    private static final Pattern BOOLEANO_DE_YAML_11 = Pattern.compile("(?i)y|yes|n|no|on|off|true|false");
    private static final JsonNodeFactory NODOS = JsonNodeFactory.instance;

    /** An anchored value: what an alias to it repeats. */
    private record Anclado(JsonNode valor, Ubicaciones.Miembros miembros, long valores) {
    }

    /** A control character found before parsing, at its code point index, blanked out in the parsed text. */
    private record Control(int caracter, long posicion) {
    }

    /** An object or array still open: its anchor, if any, and the count of values when it opened. */
    private record Apertura(Optional<Anchor> ancla, long valoresAlAbrir) {
    }

    private final LimitesDeEntrada limites;
    private final LoadSettings ajustes;

    LectorYaml(LimitesDeEntrada limites) {
        this.limites = limites;
        this.ajustes = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limites.bytesMaximos()))
                .build();
    }

    Documento leer(String original) {
        ConstructorDeDocumento constructor = new ConstructorDeDocumento(limites);
        NavigableMap<Integer, Control> controles = new TreeMap<>();
        String texto = sinControles(original, controles);
        Map<Anchor, Anclado> anclas = new HashMap<>();
        Deque<Apertura> aperturas = new ArrayDeque<>();
        int documentos = 0;
        int alias = 0;
        long repetidos = 0;
        try {
            for (Event evento : new Parse(ajustes).parseString(texto)) {
                long posicion = posicion(evento.getStartMark());
                switch (evento.getEventId()) {
                    case DocumentStart -> {
                        if (++documentos > 1) {
                            throw constructor.fatal(posicion, "el archivo tiene más de un documento YAML (separados por"
                                    + " «---»): deje uno solo por archivo");
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        CollectionStartEvent inicio = (CollectionStartEvent) evento;
                        if (constructor.esperaClave()) {
                            throw constructor.fatal(posicion, "una clave debe ser un texto, no una lista ni un objeto");
                        }
                        boolean objeto = evento.getEventId() == Event.ID.MappingStart;
                        revisarEtiqueta(inicio.getTag(), objeto ? Tag.MAP : Tag.SEQ, posicion, constructor);
                        aperturas.push(new Apertura(inicio.getAnchor(), constructor.valores()));
                        if (objeto) {
                            constructor.abrirObjeto(posicion);
                        } else {
                            constructor.abrirLista(posicion);
                        }
                    }
                    case MappingEnd, SequenceEnd -> {
                        constructor.cerrar();
                        Apertura apertura = aperturas.pop();
                        apertura.ancla().ifPresent(a -> anclas.put(a, new Anclado(constructor.ultimo(),
                                constructor.miembrosDelUltimo(), constructor.valores() - apertura.valoresAlAbrir())));
                    }
                    case Scalar -> {
                        ScalarEvent escalar = (ScalarEvent) evento;
                        JsonNode leido = escalar(escalar, posicion, constructor, controles);
                        escalar.getAnchor().ifPresent(a -> anclas.put(a, new Anclado(leido, null, 1)));
                    }
                    case Alias -> {
                        Anchor nombre = ((AliasEvent) evento).getAlias();
                        Anclado anclado = anclas.get(nombre);
                        if (anclado == null) {
                            throw constructor.fatal(posicion, "el alias «*" + nombre + "» no remite a ningún ancla «&"
                                    + nombre + "» completa más arriba: defina el ancla antes de usarla, fuera del"
                                    + " valor que la repite");
                        }
                        if (++alias > ALIAS_MAXIMOS) {
                            throw constructor.fatal(posicion, "el documento usa más de " + cifra(ALIAS_MAXIMOS)
                                    + " alias («*nombre»), el máximo");
                        }
                        repetidos += anclado.valores();
                        if (repetidos > VALORES_REPETIDOS_MAXIMOS) {
                            throw constructor.fatal(posicion, "los alias («*nombre») del documento repiten más de "
                                    + cifra(VALORES_REPETIDOS_MAXIMOS) + " valores, el máximo: escriba los valores sin"
                                    + " alias");
                        }
                        if (constructor.esperaClave()) {
                            if (!anclado.valor().isValueNode()) {
                                throw constructor.fatal(posicion, "una clave debe ser un texto, no una lista ni un objeto");
                            }
                            constructor.clave(anclado.valor().asText(), posicion);
                        } else {
                            constructor.repetido(anclado.valor(), posicion, anclado.miembros(), anclado.valores());
                        }
                    }
                    default -> {
                        // StreamStart, StreamEnd, DocumentEnd, Comment: nothing to build.
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new DocumentoIlegible(ErroresDeYaml.sintaxis(e));
        } catch (ReaderException e) {
            throw new DocumentoIlegible(ErroresDeYaml.caracter(texto, e));
        } catch (YamlEngineException e) {
            throw new DocumentoIlegible(ErroresDeYaml.general(e));
        }
        controles.values().forEach(c -> constructor.error(c.posicion(),
                ConstructorDeDocumento.controlProhibido("el documento", c.caracter())));
        if (!constructor.completo()) {
            throw new DocumentoIlegible(ErrorDeEntrada.delDocumento("el documento está vacío"));
        }
        return constructor.documento();
    }

    /**
     * snakeyaml refuses control characters before parsing, without saying in which value they are. So they are
     * replaced by U+FFFD, which it reads as a letter, and each is reported in the key or value that holds it.
     */
    private static String sinControles(String texto, NavigableMap<Integer, Control> controles) {
        StringBuilder limpio = null;
        int linea = 1;
        int columna = 1;
        int indice = 0;
        for (int i = 0; i < texto.length(); indice++) {
            int c = texto.codePointAt(i);
            if (ConstructorDeDocumento.esControlProhibido(c)) {
                if (limpio == null) {
                    limpio = new StringBuilder(texto);
                }
                limpio.setCharAt(i, '\uFFFD');
                controles.put(indice, new Control(c, Ubicacion.empacar(linea, columna)));
            }
            if (c == '\n' || (c == '\r' && (i + 1 == texto.length() || texto.charAt(i + 1) != '\n'))) {
                linea++;
                columna = 1;
            } else {
                columna++;
            }
            i += Character.charCount(c);
        }
        return limpio == null ? texto : limpio.toString();
    }

    /** Reports the first control character blanked out inside the scalar {@code evento}, as an error of it. */
    private static void controlesDentro(ScalarEvent evento, NavigableMap<Integer, Control> controles,
            ConstructorDeDocumento constructor) {
        if (controles.isEmpty()) {
            return;
        }
        int desde = evento.getStartMark().map(Mark::getIndex).orElse(0);
        int hasta = evento.getEndMark().map(Mark::getIndex).orElse(desde);
        Map<Integer, Control> dentro = controles.subMap(desde, true, hasta, false);
        if (!dentro.isEmpty()) {
            Control primero = dentro.values().iterator().next();
            constructor.error(primero.posicion(), ConstructorDeDocumento.controlProhibido("el texto", primero.caracter()));
            dentro.clear();
        }
    }

    /** Reads a scalar as a key or a value; returns the value it stands for (for an anchor on it). */
    private static JsonNode escalar(ScalarEvent evento, long posicion, ConstructorDeDocumento constructor,
            NavigableMap<Integer, Control> controles) {
        String valor = evento.getValue();
        Optional<String> etiqueta = evento.getTag().filter(t -> !t.equals("!"));
        if (constructor.esperaClave()) {
            revisarEtiqueta(etiqueta, Tag.STR, posicion, constructor);
            constructor.clave(valor, posicion);
            controlesDentro(evento, controles, constructor);
            return NODOS.textNode(valor);
        }
        controlesDentro(evento, controles, constructor);
        Tag tipo = etiqueta.map(Tag::new).orElseGet(() -> evento.isPlain() && evento.getTag().isEmpty()
                ? RESOLUTOR.resolve(valor, true) : Tag.STR);
        if (!ETIQUETAS_DE_ESCALAR.contains(tipo)) {
            revisarEtiqueta(etiqueta, Tag.STR, posicion, constructor);
            tipo = Tag.STR;
        }
        JsonNode nodo;
        try {
            nodo = valorDe(tipo, valor);
        } catch (NumberFormatException e) {
            constructor.error(posicion, "«" + valor + "» no es un valor válido para " + escrita(tipo.getValue()));
            nodo = NODOS.textNode(valor);
        }
        if (nodo == null) {
            throw constructor.fatal(posicion, ConstructorDeDocumento.NUMERO_DEMASIADO_LARGO);
        }
        if (nodo.isTextual()) {
            boolean pareceBooleano = etiqueta.isEmpty() && evento.isPlain() && BOOLEANO_DE_YAML_11.matcher(valor).matches();
            constructor.texto(valor, posicion, pareceBooleano
                    ? "En YAML, «" + valor + "» es un texto: para sí o no, escriba true o false." : null);
        } else {
            constructor.escalar(nodo, posicion);
        }
        return nodo;
    }

    /** The value of a scalar of a core-schema type; null when a number is too long. */
    private static JsonNode valorDe(Tag tipo, String valor) {
        if (tipo.equals(Tag.NULL)) {
            if (!valor.isEmpty() && !CoreScalarResolver.NULL.matcher(valor).matches()) {
                throw new NumberFormatException(valor);
            }
            return NODOS.nullNode();
        }
        if (tipo.equals(Tag.BOOL)) {
            if (!CoreScalarResolver.BOOL.matcher(valor).matches()) {
                throw new NumberFormatException(valor);
            }
            return NODOS.booleanNode(valor.equalsIgnoreCase("true"));
        }
        if (tipo.equals(Tag.INT)) {
            return entero(valor);
        }
        if (tipo.equals(Tag.FLOAT)) {
            return real(valor);
        }
        return NODOS.textNode(valor);
    }

    private static JsonNode entero(String valor) {
        String cifras = valor;
        int base = 10;
        if (cifras.startsWith("0o") || cifras.startsWith("0x")) {
            base = cifras.charAt(1) == 'o' ? 8 : 16;
            cifras = cifras.substring(2);
        }
        if (cifras.length() > 21) { // 20 digits and a sign, as for JSON
            return null;
        }
        BigInteger n = new BigInteger(cifras, base);
        return n.bitLength() < 32 ? NODOS.numberNode(n.intValue())
                : n.bitLength() < 64 ? NODOS.numberNode(n.longValue()) : NODOS.numberNode(n);
    }

    private static JsonNode real(String valor) {
        String v = valor.toLowerCase(Locale.ROOT);
        if (v.endsWith(".inf")) {
            return NODOS.numberNode(v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (v.equals(".nan")) {
            return NODOS.numberNode(Double.NaN);
        }
        if (v.chars().filter(Character::isDigit).count() > 20) {
            return null;
        }
        return NODOS.numberNode(Double.parseDouble(v));
    }

    /** An explicit tag other than {@code esperada} (or another core-schema scalar tag) is an error. */
    private static void revisarEtiqueta(Optional<String> etiqueta, Tag esperada, long posicion,
            ConstructorDeDocumento constructor) {
        etiqueta.filter(t -> !t.equals("!") && !t.equals(esperada.getValue())
                        && !(esperada.equals(Tag.STR) && ETIQUETAS_DE_ESCALAR.contains(new Tag(t))))
                .ifPresent(t -> constructor.error(posicion, "la etiqueta «" + escrita(t) + "» no se admite: Avance lee"
                        + " solo textos, números, true/false, null, listas y objetos; quite la etiqueta"));
    }

    /** 1.000.000, as Chile writes it. */
    private static String cifra(long n) {
        return String.format(Locale.forLanguageTag("es-CL"), "%,d", n);
    }

    /** A tag as people write it: {@code !!int}, not {@code tag:yaml.org,2002:int}. */
    private static String escrita(String etiqueta) {
        return etiqueta.startsWith(Tag.PREFIX) ? "!!" + etiqueta.substring(Tag.PREFIX.length()) : etiqueta;
    }

    static long posicion(Optional<Mark> marca) {
        return marca.map(m -> Ubicacion.empacar(m.getLine() + 1, m.getColumn() + 1)).orElse(Ubicacion.empacar(1, 1));
    }
}
