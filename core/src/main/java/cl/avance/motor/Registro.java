package cl.avance.motor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Listens to one session: which rule inserted each conclusion (so a rule need not name itself), and
 * which rule fired last (to name it when something goes wrong).
 */
final class Registro {

    /** Fact → name of the rule that inserted it, in insertion order. Facts are compared by identity. */
    private final Map<Object, String> insertados = new LinkedHashMap<>();
    private final Consumer<String> alDisparar;
    private String ultimaRegla;
    private String reglaEnCurso;

    Registro(Consumer<String> alDisparar) {
        this.alDisparar = alDisparar;
    }

    void escuchar(KieSession sesion) {
        sesion.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                // The executable model does not tell which rule inserted a fact; the rule firing does.
                String regla = event.getRule() != null ? event.getRule().getName() : reglaEnCurso;
                if (regla != null) {
                    insertados.put(event.getObject(), regla);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                insertados.remove(event.getOldObject());
            }
        });
        sesion.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                ultimaRegla = event.getMatch().getRule().getName();
                reglaEnCurso = ultimaRegla;
                alDisparar.accept(ultimaRegla);
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                reglaEnCurso = null;
            }
        });
    }

    /** Facts that rules inserted and did not delete, with the rule that inserted each. */
    Map<Object, String> conclusiones() {
        return insertados;
    }

    /** The name of the last rule that started firing, or null. */
    String ultimaRegla() {
        return ultimaRegla;
    }
}
