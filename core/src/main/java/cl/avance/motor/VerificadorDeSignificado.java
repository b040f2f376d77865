package cl.avance.motor;

import cl.avance.internal.Sugerencia;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import java.beans.Introspector;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Finds rules that compile but would silently never match or blame the wrong rule: a code the catalogue
 * does not have ({@code cumple( "TERRITORIO_DEFINID" )}, {@code codigo == "1,2"}, {@code instancias contains
 * "GOBIERNO_REGINAL"}), a quoted word compared with a field that holds a grade ({@code autoevaluacion ==
 * "AVANCE_MAYOR"}, always false), and the same rule name in two places (explanations and coverage would merge
 * them). Reads the files with Drools' own parser; a file that does not parse is left to the compiler.
 */
final class VerificadorDeSignificado {

    private static final String HECHOS = "cl.avance.hechos.";
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CUMPLE = Pattern.compile("\\b(cumple|cumpleAlgunoDe)\\s*\\(([^)]*)\\)");
    private static final Pattern INDICADOR = Pattern.compile("\\b(indicador|noCumplidos|cumplidos)\\s*(==|!=|contains|not\\s+contains)\\s*\"([^\"]*)\"");
    private static final Pattern CODIGO = Pattern.compile("\\b((?:criterio\\.)?codigo)\\s*(==|!=)\\s*\"([^\"]*)\"");
    private static final Pattern INSTANCIA = Pattern.compile("\\binstancias\\s+(?:not\\s+)?contains\\s+\"([^\"]*)\"");
    private static final Pattern CAMPO_CONTRA_TEXTO = Pattern.compile("\\b([a-z]\\w*(?:\\.[a-z]\\w*)*)\\s*(==|!=)\\s*\"([^\"]*)\"");

    private final Catalogo catalogo;
    private final List<ProblemaDeRegla> problemas = new ArrayList<>();
    /** Rule name → where it was first seen. */
    private final Map<String, String> reglas = new HashMap<>();

    private VerificadorDeSignificado(Catalogo catalogo) {
        this.catalogo = catalogo;
    }

    /** Every meaning problem of {@code metodologia}'s DRL files, in file and line order. */
    static List<ProblemaDeRegla> verificar(Metodologia metodologia) {
        VerificadorDeSignificado v = new VerificadorDeSignificado(metodologia.catalogo());
        metodologia.reglas().archivos().forEach((ruta, texto) -> {
            if (ruta.endsWith(".drl")) {
                v.archivo(ruta, texto);
            }
        });
        return v.problemas;
    }

    /**
     * The compiler's problems without its English echoes of a repeated rule name ("Duplicate rule name",
     * "The type Rule_… is already defined") when {@code significado} reports the repetition in Spanish.
     */
    static List<ProblemaDeRegla> sinEcos(List<ProblemaDeRegla> compilador, List<ProblemaDeRegla> significado) {
        if (significado.stream().noneMatch(p -> p.mensaje().startsWith("la regla «") && p.mensaje().contains("» ya existe en "))) {
            return compilador;
        }
        return compilador.stream()
                .filter(p -> !p.mensaje().startsWith("Duplicate rule name")
                        && !(p.mensaje().contains("The type Rule_") && p.mensaje().endsWith("is already defined")))
                .toList();
    }

    private void archivo(String ruta, String texto) {
        PackageDescr paquete;
        DrlParser parser = new DrlParser();
        try {
            paquete = parser.parse(true, new StringReader(texto));
        } catch (DroolsParserException | RuntimeException e) {
            return;
        }
        if (paquete == null || parser.hasErrors()) {
            return;
        }
        String[] lineas = texto.split("\n", -1);
        for (RuleDescr regla : paquete.getRules()) {
            String aqui = ruta + ":" + regla.getLine();
            String antes = reglas.putIfAbsent(regla.getName(), aqui);
            if (antes != null) {
                String otra = antes.substring(0, antes.lastIndexOf(':'));
                String copia = CopiasDeRespaldo.pareceCopia(ruta) ? ruta : CopiasDeRespaldo.pareceCopia(otra) ? otra : null;
                problemas.add(new ProblemaDeRegla(ruta, regla.getLine(), 0, "la regla «" + regla.getName()
                        + "» ya existe en " + antes, copia != null
                        ? "«" + copia + "» tiene nombre de copia: ¿es una copia de respaldo de otro archivo? Sáquela de la"
                                + " carpeta de la metodología"
                        : "cada regla necesita un nombre propio: los resultados explican cada"
                        + " avance por el nombre de la regla (¿quedó una copia de un archivo en la carpeta?)"));
            }
            new Regla(ruta, lineas, regla).recorrer(regla.getLhs());
        }
    }

    /** The checks inside one rule's conditions. */
    private final class Regla {
        private final String ruta;
        private final String[] lineas;
        private final RuleDescr regla;

        Regla(String ruta, String[] lineas, RuleDescr regla) {
            this.ruta = ruta;
            this.lineas = lineas;
            this.regla = regla;
        }

        void recorrer(BaseDescr descr) {
            if (descr instanceof PatternDescr patron) {
                for (BaseDescr restriccion : patron.getDescrs()) {
                    if (restriccion instanceof ExprConstraintDescr expresion) {
                        expresion(patron.getObjectType(), expresion.getExpression(), Math.max(patron.getLine(), regla.getLine()));
                    }
                }
                if (patron.getSource() != null) {
                    recorrer(patron.getSource());
                }
            } else if (descr instanceof AccumulateDescr acumulado) {
                acumulado.getDescrs().forEach(this::recorrer);
            } else if (descr instanceof ConditionalElementDescr compuesto) {
                compuesto.getDescrs().forEach(d -> recorrer((BaseDescr) d));
            }
        }

        private void expresion(String tipo, String texto, int desde) {
            Matcher m = CUMPLE.matcher(texto);
            while (m.find()) {
                Matcher literal = LITERAL.matcher(m.group(2));
                while (literal.find()) {
                    indicador(literal.group(1), desde);
                }
            }
            m = INDICADOR.matcher(texto);
            while (m.find()) {
                indicador(m.group(3), desde);
            }
            if (tipo.equals("CriterioDeUnidad") || tipo.endsWith(".CriterioDeUnidad")) {
                m = CODIGO.matcher(texto);
                while (m.find()) {
                    criterio(m.group(3), desde);
                }
            } else {
                m = Pattern.compile("\\bcriterio\\.codigo\\s*(==|!=)\\s*\"([^\"]*)\"").matcher(texto);
                while (m.find()) {
                    criterio(m.group(2), desde);
                }
            }
            m = INSTANCIA.matcher(texto);
            while (m.find()) {
                String codigo = m.group(1);
                if (catalogo.instancia(codigo).isEmpty()) {
                    problema(codigo, desde, "«" + codigo + "» no es una instancia del catálogo: la condición nunca se cumpliría",
                            sugerir(codigo, catalogo.instancias().stream().map(Instancia::codigo).toList(), "las instancias son "));
                }
            }
            m = CAMPO_CONTRA_TEXTO.matcher(texto);
            while (m.find()) {
                Class<?> campo = tipoDelCampo(tipo, m.group(1));
                if (campo != null && campo.isEnum()) {
                    String simple = campo.getSimpleName();
                    problema("\"" + m.group(3) + "\"", desde, "«" + m.group(1) + "» es un " + simple
                                    + " y se compara con el texto \"" + m.group(3) + "\": la condición nunca se cumpliría",
                            "escriba " + m.group(1) + " " + m.group(2) + " " + simple + "." + m.group(3).strip()
                                    + ", sin comillas");
                }
            }
        }

        private void indicador(String codigo, int desde) {
            if (catalogo.indicador(codigo).isEmpty()) {
                problema(codigo, desde, "«" + codigo + "» no es un indicador del catálogo: la condición nunca se cumpliría",
                        sugerir(codigo, catalogo.indicadores().stream().map(Indicador::codigo).toList(),
                                "los indicadores están en metodologia.yaml; "));
            }
        }

        private void criterio(String codigo, int desde) {
            if (catalogo.criterio(codigo).isEmpty()) {
                problema(codigo, desde, "«" + codigo + "» no es un criterio del catálogo: la condición nunca se cumpliría",
                        sugerir(codigo, catalogo.criterios().stream().map(Criterio::codigo).toList(), "los criterios son "));
            }
        }

        private void problema(String texto, int desde, String mensaje, String pista) {
            problemas.add(new ProblemaDeRegla(ruta, linea(texto, desde), 0, mensaje + " (regla «" + regla.getName() + "»)", pista));
        }

        /** The line, from {@code desde} on within the rule, where {@code texto} appears; {@code desde} if none. */
        private int linea(String texto, int desde) {
            String buscado = texto.startsWith("\"") ? texto : "\"" + texto + "\"";
            for (int i = Math.max(1, desde); i <= lineas.length; i++) {
                if (lineas[i - 1].contains(buscado)) {
                    return i;
                }
                if (i > desde && lineas[i - 1].strip().equals("end")) {
                    break;
                }
            }
            return desde;
        }
    }

    private static String sugerir(String codigo, List<String> candidatos, String siNo) {
        Optional<String> parecido = Sugerencia.para(codigo, candidatos);
        return parecido.map(s -> "¿quiso decir «" + s + "»?")
                .orElse(siNo.endsWith("son ") ? siNo + String.join(", ", candidatos) : siNo + "revise el código");
    }

    /** The type of {@code camino} (e.g. {@code criterio.autoevaluacion}) on the fact type, or null if unknown. */
    private static Class<?> tipoDelCampo(String tipo, String camino) {
        Class<?> actual;
        try {
            actual = Class.forName(tipo.contains(".") ? tipo : HECHOS + tipo, false,
                    VerificadorDeSignificado.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
        for (String parte : camino.split("\\.")) {
            Class<?> siguiente = null;
            for (Method metodo : actual.getMethods()) {
                if (metodo.getParameterCount() == 0 && Arrays.asList("get", "is").stream().anyMatch(p ->
                        metodo.getName().startsWith(p)
                                && Introspector.decapitalize(metodo.getName().substring(p.length())).equals(parte))) {
                    siguiente = metodo.getReturnType();
                }
            }
            if (siguiente == null) {
                return null;
            }
            actual = siguiente;
        }
        return actual;
    }
}
