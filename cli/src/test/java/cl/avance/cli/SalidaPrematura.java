package cl.avance.cli;

/**
 * A child program for {@link TerminacionTest}: a command that is still running when something (a rule that
 * slipped past the allow-list, say) asks the JVM to exit with 0.
 */
public final class SalidaPrematura {

    private SalidaPrematura() {
    }

    public static void main(String[] args) {
        Terminacion.vigilar();
        System.exit(0);
    }
}
