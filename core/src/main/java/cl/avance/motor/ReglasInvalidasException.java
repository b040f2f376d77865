package cl.avance.motor;

import java.util.List;

/** The rule files do not compile. Carries every problem found, not only the first. */
public final class ReglasInvalidasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ProblemaDeRegla> problemas;

    public ReglasInvalidasException(String origen, List<ProblemaDeRegla> problemas) {
        super(mensaje(origen, problemas));
        this.problemas = List.copyOf(problemas);
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
