package cl.avance.motor;

import cl.avance.AvanceException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rule files do not compile. Carries every problem found, not only the first; the list survives Java serialization. */
public final class ReglasInvalidasException extends AvanceException {
    private static final long serialVersionUID = 1L;

    /** Every problem, in file and line order. */

    private final List<ProblemaDeRegla> problemas;

    /** The methodology {@code origen} has {@code problemas}, every one of them. */

    public ReglasInvalidasException(String origen, List<ProblemaDeRegla> problemas) {
        super(mensaje(origen, problemas));
        this.problemas = List.copyOf(problemas);
    }

    /** Both lists' problems in one exception, in file and line order, each once. */
    static ReglasInvalidasException juntas(String origen, List<ProblemaDeRegla> unos, List<ProblemaDeRegla> otros) {
        List<ProblemaDeRegla> todos = new ArrayList<>(unos);
        otros.stream().filter(p -> !todos.contains(p)).forEach(todos::add);
        todos.sort(Comparator.comparing(ProblemaDeRegla::archivo).thenComparingInt(ProblemaDeRegla::linea)
                .thenComparing(ProblemaDeRegla::mensaje));
        return new ReglasInvalidasException(origen, todos);
    }

    /** Every problem, in file and line order. */
    public List<ProblemaDeRegla> problemas() {
        return problemas;
    }

    private static String mensaje(String origen, List<ProblemaDeRegla> problemas) {
        StringBuilder sb = new StringBuilder("Las reglas de «").append(origen).append("» tienen ")
                .append(problemas.size()).append(problemas.size() == 1 ? " problema:" : " problemas:");
        problemas.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }
}
