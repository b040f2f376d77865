package cl.avance.motor;

import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Listens to one session: which rule inserted each conclusion (so a rule need not name itself), and
 * which rule fired last (to name it when something goes wrong).
 */
final class Registro {

    /** Receives each conclusion with the name of the rule that inserted it, and each deletion. */
    private final ArmadorDeResultado conclusiones;
    private final Consumer<String> alDisparar;
    /** Volatile: read by the caller when the deadline passes while the rules run on a worker thread. */
    private volatile String ultimaRegla;
    private String reglaEnCurso;
    /** Set from any thread to stop the rules at the next firing. */
    private volatile boolean detener;
    private volatile boolean detenida;

    Registro(ArmadorDeResultado conclusiones, Consumer<String> alDisparar) {
        this.conclusiones = conclusiones;
        this.alDisparar = alDisparar;
    }

    private RuleRuntimeEventListener hechos;
    private AgendaEventListener agenda;

    void escuchar(KieSession sesion) {
        hechos = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                // The executable model does not tell which rule inserted a fact; the rule firing does.
                String regla = event.getRule() != null ? event.getRule().getName() : reglaEnCurso;
                if (regla != null) {
                    conclusiones.agregar(event.getObject(), regla);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                conclusiones.quitar(event.getOldObject());
            }
        };
        agenda = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                if (detener || Thread.currentThread().isInterrupted()) {
                    detenida = true;
                    event.getKieRuntime().halt();
                    return; // the last rule that fired is the one before
                }
                ultimaRegla = event.getMatch().getRule().getName();
                reglaEnCurso = ultimaRegla;
                alDisparar.accept(ultimaRegla);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                reglaEnCurso = null;
            }
        };
        sesion.addEventListener(hechos);
        sesion.addEventListener(agenda);
    }

    /** Detaches from the session, which goes back to the pool and must not keep this evaluation's listeners. */
    void dejarDeEscuchar(KieSession sesion) {
        sesion.removeEventListener(hechos);
        sesion.removeEventListener(agenda);
    }

    /**
     * Halts the rules: now, for rules firing on another thread, and at the next firing otherwise (a halt
     * that comes before the rules start firing would be lost).
     */
    void detener(KieSession sesion) {
        detener = true;
        sesion.halt();
    }

    /** True when the rules were halted by {@link #detener} or by an interrupt of the thread running them. */
    boolean detenida() {
        return detenida;
    }

    /** The name of the last rule that started firing, or null. */
    String ultimaRegla() {
        return ultimaRegla;
    }
}
