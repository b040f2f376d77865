package cl.avance.cli;

import cl.avance.motor.ProblemaDeRegla;
import cl.avance.motor.ReglasInvalidasException;

/** Rule problems for people: one per line, with a hint where the cause is common. */
final class Pistas {

    private Pistas() {
    }

    static String describir(ReglasInvalidasException e) {
        StringBuilder sb = new StringBuilder(e.getMessage().lines().findFirst().orElse("")).append('\n');
        for (ProblemaDeRegla p : e.problemas()) {
            sb.append("  ").append(p.lugar()).append(": ").append(p.mensaje()).append('\n');
            if (p.pista() != null) {
                sb.append("      pista: ").append(p.pista()).append('\n');
            }
        }
        return sb.toString().stripTrailing();
    }
}
