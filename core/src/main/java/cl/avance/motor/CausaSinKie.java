package cl.avance.motor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A cause chain with no Drools, KIE or MVEL type in it: each such throwable is replaced by a plain
 * {@link RuntimeException} whose message keeps its class name and message, and whose stack trace is the
 * original's; Java's own exceptions (what a rule's code threw) are kept as they are when their own chain is
 * clean. Public exceptions of the API carry only what this returns.
 */
final class CausaSinKie extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private CausaSinKie(String mensaje) {
        super(mensaje);
    }

    /** {@code causa} with every Drools or KIE type of its chain replaced; null for null. */
    static Throwable de(Throwable causa) {
        return de(causa, new IdentityHashMap<>());
    }

    private static Throwable de(Throwable causa, Map<Throwable, Throwable> vistas) {
        if (causa == null) {
            return null;
        }
        Throwable hecha = vistas.get(causa);
        if (hecha != null) {
            return hecha;
        }
        if (!deKie(causa) && limpia(causa, new IdentityHashMap<>())) {
            return causa;
        }
        CausaSinKie plana = new CausaSinKie("Error del motor de reglas (" + causa.getClass().getName()
                + (causa.getMessage() == null ? "" : ": " + causa.getMessage()) + ")");
        plana.setStackTrace(causa.getStackTrace());
        vistas.put(causa, plana);
        Throwable siguiente = causa.getCause();
        if (siguiente != null && siguiente != causa) {
            plana.initCause(de(siguiente, vistas));
        }
        for (Throwable suprimida : causa.getSuppressed()) {
            plana.addSuppressed(de(suprimida, vistas));
        }
        return plana;
    }

    /** Whether no throwable in {@code t}'s chain (causes and suppressed) is a Drools or KIE type. */
    private static boolean limpia(Throwable t, Map<Throwable, Boolean> vistas) {
        if (t == null || vistas.put(t, Boolean.TRUE) != null) {
            return true;
        }
        if (deKie(t)) {
            return false;
        }
        for (Throwable s : t.getSuppressed()) {
            if (!limpia(s, vistas)) {
                return false;
            }
        }
        return limpia(t.getCause(), vistas);
    }

    static boolean deKie(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            String nombre = c.getName();
            if (nombre.startsWith("org.drools.") || nombre.startsWith("org.kie.") || nombre.startsWith("org.mvel2.")
                    || nombre.startsWith("org.eclipse.jdt.") || nombre.startsWith("org.antlr.")) {
                return true;
            }
        }
        return false;
    }
}
