package cl.avance.escenarios;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Motor;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** Runs scenarios against an engine and says plainly what differs. */
public final class EjecutorEscenarios {

    private EjecutorEscenarios() {
    }

    /** Runs every scenario with {@code motor}, in order, and reports which passed, what differed and which rules never fired. */

    public static InformePruebas ejecutar(Motor motor, List<Escenario> escenarios) {
        Objects.requireNonNull(motor, "motor");
        Objects.requireNonNull(escenarios, "escenarios");
        SortedSet<String> sinDisparar = new TreeSet<>(motor.nombresDeReglas());
        List<ResultadoEscenario> resultados = new ArrayList<>();
        for (Escenario escenario : escenarios) {
            List<String> fallas = new ArrayList<>();
            try {
                Resultado resultado = motor.evaluar(escenario.evaluacion(), sinDisparar::remove);
                comparar(escenario, resultado, fallas);
            } catch (EvaluacionFallidaException e) {
                fallas.add("las reglas no pudieron calificar el escenario: " + e.getMessage());
            }
            resultados.add(new ResultadoEscenario(escenario, fallas));
        }
        return new InformePruebas(resultados, sinDisparar);
    }

    private static void comparar(Escenario escenario, Resultado resultado, List<String> fallas) {
        boolean unaUnidad = escenario.esperado().size() == 1 && escenario.esperado().containsKey(LectorEscenarios.UNIDAD);
        for (Map.Entry<String, Map<Criterio, Expectativa>> porUnidad : escenario.esperado().entrySet()) {
            ResultadoUnidad unidad = resultado.unidades().stream().filter(u -> u.id().equals(porUnidad.getKey()))
                    .findFirst().orElseThrow();
            String prefijo = unaUnidad ? "" : unidad.id() + " ";
            porUnidad.getValue().forEach((criterio, esperado) ->
                    comparar(prefijo + criterio.codigo(), esperado, unidad.criterio(criterio), fallas));
        }
        if (escenario.recomendacionesAlServicio() != null) {
            compararCodigos("recomendaciones al servicio", escenario.recomendacionesAlServicio(),
                    resultado.recomendacionesAlServicio(), fallas);
        }
    }

    private static void comparar(String donde, Expectativa esperado, ResultadoCriterio r, List<String> fallas) {
        String decidido = " (decidido por «" + String.join("», «", r.reglas()) + "»)";
        if (esperado.avance() != null && esperado.avance() != r.avance()) {
            fallas.add(donde + ": se esperaba avance " + esperado.avance() + " y resultó " + r.avance() + decidido);
        }
        if (esperado.recomendaciones() != null) {
            compararCodigos(donde + ": recomendaciones", esperado.recomendaciones(), r.recomendaciones(), fallas);
        }
        if (esperado.discrepancia().isPresent()) {
            Optional<Avance> propio = esperado.discrepancia().get();
            Optional<Avance> obtenido = r.discrepancia().map(d -> d.autoevaluacion());
            if (!propio.equals(obtenido)) {
                fallas.add(donde + ": se esperaba " + propio.map(a -> "discrepancia con la autoevaluación " + a)
                        .orElse("ninguna discrepancia") + " y resultó " + obtenido
                        .map(a -> "discrepancia entre la autoevaluación " + a + " y el avance " + r.avance())
                        .orElse("ninguna") + decidido);
            }
        }
    }

    private static void compararCodigos(String que, List<String> esperados, List<RecomendacionEstandar> obtenidas,
                                        List<String> fallas) {
        SortedSet<String> esperado = new TreeSet<>(esperados);
        SortedSet<String> obtenido = new TreeSet<>();
        obtenidas.forEach(r -> obtenido.add(r.codigo()));
        if (!esperado.equals(obtenido)) {
            SortedSet<String> faltan = new TreeSet<>(esperado);
            faltan.removeAll(obtenido);
            SortedSet<String> sobran = new TreeSet<>(obtenido);
            sobran.removeAll(esperado);
            StringBuilder sb = new StringBuilder(que).append(": se esperaba ").append(esperado).append(" y resultó ")
                    .append(obtenido);
            if (!faltan.isEmpty()) {
                sb.append("; faltan ").append(faltan);
            }
            if (!sobran.isEmpty()) {
                sb.append("; sobran ").append(sobran);
                obtenidas.stream().filter(r -> sobran.contains(r.codigo()))
                        .forEach(r -> sb.append(" (").append(r.codigo()).append(" viene de «").append(r.regla()).append("»)"));
            }
            fallas.add(sb.toString());
        }
    }
}
