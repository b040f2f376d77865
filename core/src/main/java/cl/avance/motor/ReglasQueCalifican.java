package cl.avance.motor;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The grade rules of a methodology (rules whose consequence inserts {@code new Calificacion}), read with Drools'
 * own parser: where each is, which criteria its conditions name, and whether it reads any fact besides the
 * criterion it grades. The completeness check and "qué falta" grade each criterion alone; a grade rule that
 * looks at other facts (another criterion, other units) makes that unsound, and {@link #avisos()} says so.
 */
final class ReglasQueCalifican {

    private static final Pattern CALIFICACION = Pattern.compile("new\\s+(?:[\\w.]+\\.)?Calificacion\\s*\\(\\s*(\\$?\\w+)");
    private static final Pattern CODIGO = Pattern.compile("\\bcodigo\\s*==\\s*\"([^\"]*)\"");

    /**
     * One grade rule.
     *
     * @param nombre    its name
     * @param archivo   its file, as in the methodology
     * @param linea     the line of {@code rule}
     * @param criterios the criterion codes its conditions compare with ({@code codigo == "1.3"}); empty when it
     *                  names none (it may grade any criterion)
     */
    record Regla(String nombre, String archivo, int linea, Set<String> criterios) {
    }

    private final Map<String, Regla> porNombre = new LinkedHashMap<>();
    private final List<ProblemaDeRegla> avisos = new ArrayList<>();

    private ReglasQueCalifican() {
    }

    static ReglasQueCalifican de(Metodologia metodologia) {
        ReglasQueCalifican r = new ReglasQueCalifican();
        metodologia.reglas().archivos().forEach((ruta, texto) -> {
            if (ruta.endsWith(".drl")) {
                r.archivo(ruta, texto);
            }
        });
        return r;
    }

    /** Every grade rule, by name, in file and line order. */
    Map<String, Regla> porNombre() {
        return Collections.unmodifiableMap(porNombre);
    }

    /** The grade rules whose conditions name {@code criterio}, or, when none does, those that name no criterion. */
    List<Regla> de(String criterio) {
        List<Regla> propias = porNombre.values().stream().filter(r -> r.criterios().contains(criterio)).toList();
        return !propias.isEmpty() ? propias : porNombre.values().stream().filter(r -> r.criterios().isEmpty()).toList();
    }

    /** Grade rules that read more than the criterion they grade, each at its file and line. */
    List<ProblemaDeRegla> avisos() {
        return Collections.unmodifiableList(avisos);
    }

    private void archivo(String ruta, String texto) {
        DrlParser parser = new DrlParser();
        PackageDescr paquete;
        try {
            paquete = parser.parse(true, new StringReader(texto));
        } catch (DroolsParserException | RuntimeException e) {
            return; // the compiler reports it
        }
        if (paquete == null || parser.hasErrors()) {
            return;
        }
        for (RuleDescr regla : paquete.getRules()) {
            String consecuencia = regla.getConsequence() == null ? "" : regla.getConsequence().toString();
            Matcher m = CALIFICACION.matcher(consecuencia);
            if (!m.find()) {
                continue;
            }
            String calificada = m.group(1);
            List<PatternDescr> patrones = new ArrayList<>();
            patrones(regla.getLhs(), patrones);
            Set<String> criterios = new LinkedHashSet<>();
            List<String> otros = new ArrayList<>();
            for (PatternDescr patron : patrones) {
                boolean propio = calificada.equals(patron.getIdentifier());
                for (BaseDescr restriccion : patron.getDescrs()) {
                    if (restriccion instanceof ExprConstraintDescr e) {
                        Matcher c = CODIGO.matcher(e.getExpression());
                        while (propio && c.find()) {
                            criterios.add(c.group(1));
                        }
                    }
                }
                // "String() from $criterio.noCumplidos" reads the graded criterion itself.
                boolean delPropio = patron.getSource() instanceof FromDescr desde && desde.getExpression() != null
                        && desde.getExpression().strip().matches(Pattern.quote(calificada) + "\\b.*");
                if (!propio && !delPropio) {
                    otros.add(patron.getObjectType());
                }
            }
            Regla leida = new Regla(regla.getName(), ruta, regla.getLine(), Collections.unmodifiableSet(criterios));
            porNombre.putIfAbsent(regla.getName(), leida);
            if (!otros.isEmpty()) {
                avisos.add(new ProblemaDeRegla(ruta, regla.getLine(), 0, "la regla «" + regla.getName()
                        + "» califica mirando otros hechos además del criterio que califica (" + String.join(", ", otros)
                        + "): la revisión de completitud y «qué falta» califican cada criterio solo, sin los demás"
                        + " criterios ni unidades, y pueden no reflejar lo que esta regla decide",
                        "si puede, califique cada criterio solo con sus propios indicadores y deje lo que cruza"
                                + " criterios o unidades a las recomendaciones"));
            }
        }
    }

    /** Every pattern in {@code descr}, also inside {@code not}, {@code exists}, {@code or}, {@code accumulate}, {@code collect}. */
    private static void patrones(BaseDescr descr, List<PatternDescr> destino) {
        if (descr instanceof PatternDescr patron) {
            destino.add(patron);
            if (patron.getSource() instanceof AccumulateDescr acumulado && acumulado.getInput() != null) {
                patrones(acumulado.getInput(), destino);
            } else if (patron.getSource() instanceof CollectDescr junta && junta.getInputPattern() != null) {
                patrones(junta.getInputPattern(), destino);
            }
        } else if (descr instanceof AccumulateDescr acumulado) {
            if (acumulado.getInput() != null) {
                patrones(acumulado.getInput(), destino);
            }
        } else if (descr instanceof ConditionalElementDescr compuesto && !(descr instanceof FromDescr)) {
            compuesto.getDescrs().forEach(d -> patrones((BaseDescr) d, destino));
        }
    }
}
