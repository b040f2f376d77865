package cl.avance.salida;

import cl.avance.comparacion.CambioDeCriterio;
import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.comparacion.Totales;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import java.util.List;

/**
 * A comparison of methodologies as plain text for a terminal. Text from the input and the rules is written
 * without control characters (a unit's name cannot move the cursor or clear the screen).
 */
public final class ComparacionTexto {

    private ComparacionTexto() {
    }

    /** The whole report: each evaluation, the totals, and the files that could not be compared. */
    public static String escribir(List<Comparacion> comparaciones, List<EntradaNoComparableException> rechazadas) {
        StringBuilder sb = new StringBuilder();
        String titulo = TextosDeComparacion.TITULO.toUpperCase(java.util.Locale.ROOT);
        sb.append(titulo).append('\n').append("=".repeat(titulo.length())).append('\n');
        Totales totales = Totales.CERO;
        for (Comparacion c : comparaciones) {
            sb.append('\n').append(bloque(c));
            totales = totales.mas(c.totales());
        }
        if (comparaciones.size() != 1) {
            sb.append("\nTOTALES\n").append(TextosDeComparacion.resumen(totales)).append('\n');
        }
        if (!rechazadas.isEmpty()) {
            sb.append("\nNO SE PUDIERON COMPARAR\n");
            rechazadas.forEach(e -> e.getMessage().lines().forEach(l -> sb.append(Escapes.texto(l)).append('\n')));
        }
        return sb.toString();
    }

    /** One evaluation's block: its methodologies, its changed cells unit by unit, its totals. */
    public static String bloque(Comparacion c) {
        StringBuilder sb = new StringBuilder();
        String titulo = Escapes.texto(TextosDeComparacion.evaluacion(c));
        sb.append(titulo).append('\n').append("-".repeat(Math.min(titulo.length(), 100))).append('\n');
        origen(sb, "A", c.a());
        origen(sb, "B", c.b());
        if (c.cambios().isEmpty()) {
            sb.append("Ninguna celda cambia.\n");
        }
        String unidad = null;
        for (CambioDeCriterio cambio : c.cambios()) {
            if (!cambio.unidad().equals(unidad)) {
                unidad = cambio.unidad();
                sb.append(Escapes.texto(cambio.nombreUnidad())).append(" (").append(Escapes.texto(unidad)).append(")\n");
            }
            String sentido = TextosDeComparacion.sentido(cambio);
            sb.append("  ").append(Escapes.texto(TextosDeComparacion.criterio(c, cambio.criterio()))).append(": ")
                    .append(TextosDeComparacion.avance(cambio.avanceAntes())).append(" → ")
                    .append(TextosDeComparacion.avance(cambio.avanceDespues()))
                    .append(sentido.isEmpty() ? "" : " (" + sentido + ")").append('\n');
            recomendaciones(sb, "    + ", cambio.recomendacionesAgregadas());
            recomendaciones(sb, "    − ", cambio.recomendacionesQuitadas());
            String discrepancia = TextosDeComparacion.discrepancia(cambio);
            if (!discrepancia.isEmpty()) {
                sb.append("    discrepancia con la autoevaluación: ").append(discrepancia).append('\n');
            }
        }
        if (!c.recomendacionesAlServicioAgregadas().isEmpty() || !c.recomendacionesAlServicioQuitadas().isEmpty()) {
            sb.append("Al Jefe de Servicio\n");
            recomendaciones(sb, "    + ", c.recomendacionesAlServicioAgregadas());
            recomendaciones(sb, "    − ", c.recomendacionesAlServicioQuitadas());
        }
        sb.append("Totales: ").append(TextosDeComparacion.resumen(c.totales())).append('\n');
        return sb.toString();
    }

    /** The totals of a run, one paragraph. */
    public static String totales(Totales totales) {
        return "Totales: " + TextosDeComparacion.resumen(totales) + "\n";
    }

    private static void origen(StringBuilder sb, String lado, OrigenReglas origen) {
        sb.append(lado).append(": ").append(Escapes.texto(origen.origen())).append(" (huella ")
                .append(origen.huella(), 0, Math.min(12, origen.huella().length())).append(")\n");
    }

    private static void recomendaciones(StringBuilder sb, String marca, List<RecomendacionEstandar> lista) {
        for (RecomendacionEstandar r : lista) {
            sb.append(marca).append(Escapes.texto(r.codigo())).append(": ").append(Escapes.texto(r.texto())).append('\n');
        }
    }
}
