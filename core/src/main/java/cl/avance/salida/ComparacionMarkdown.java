package cl.avance.salida;

import cl.avance.comparacion.CambioDeCriterio;
import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.comparacion.Totales;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A comparison of methodologies as Markdown (CommonMark with GitHub tables). Every text from the input and
 * the rules is escaped: it cannot open a link, emphasis, code, HTML or a new table cell or line.
 */
public final class ComparacionMarkdown {

    private ComparacionMarkdown() {
    }

    /** The whole report: each evaluation, the totals, and the files that could not be compared. */
    public static String escribir(List<Comparacion> comparaciones, List<EntradaNoComparableException> rechazadas) {
        StringBuilder sb = new StringBuilder("# ").append(TextosDeComparacion.TITULO).append("\n");
        Totales totales = Totales.CERO;
        for (Comparacion c : comparaciones) {
            sb.append('\n').append(bloque(c));
            totales = totales.mas(c.totales());
        }
        if (comparaciones.size() != 1) {
            sb.append("\n## Totales\n\n").append(TextosDeComparacion.resumen(totales)).append('\n');
        }
        if (!rechazadas.isEmpty()) {
            sb.append("\n## No se pudieron comparar\n");
            for (EntradaNoComparableException e : rechazadas) {
                sb.append("\n- **").append(Escapes.markdown(e.archivo())).append("**\n");
                for (EntradaNoComparableException.Rechazo r : e.ambasIgual() ? e.rechazos().subList(0, 1) : e.rechazos()) {
                    String quien = e.ambasIgual() ? "" : "metodología " + r.metodologia() + " (" + Escapes.markdown(r.origen()) + "): ";
                    for (ErrorDeEntrada error : r.errores()) {
                        sb.append("  - ").append(quien).append(Escapes.markdown(error.toString())).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** One evaluation's section. */
    public static String bloque(Comparacion c) {
        StringBuilder sb = new StringBuilder("## ").append(Escapes.markdown(TextosDeComparacion.evaluacion(c))).append("\n\n");
        origen(sb, "A", c.a());
        origen(sb, "B", c.b());
        sb.append('\n');
        if (c.cambios().isEmpty()) {
            sb.append("Ninguna celda cambia.\n\n");
        } else {
            sb.append("| Unidad | Criterio | Avance A | Avance B | Recomendaciones | Discrepancia |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (CambioDeCriterio cambio : c.cambios()) {
                String sentido = TextosDeComparacion.sentido(cambio);
                sb.append("| ").append(Escapes.markdown(Nombres.corto(cambio.nombreUnidad()))).append(" | ")
                        .append(Escapes.markdown(TextosDeComparacion.criterio(c, cambio.criterio()))).append(" | ")
                        .append(TextosDeComparacion.avance(cambio.avanceAntes())).append(" | ")
                        .append(TextosDeComparacion.avance(cambio.avanceDespues()))
                        .append(sentido.isEmpty() ? "" : " (" + sentido + ")").append(" | ")
                        .append(codigos(cambio.recomendacionesAgregadas(), cambio.recomendacionesQuitadas())).append(" | ")
                        .append(Escapes.markdown(TextosDeComparacion.discrepancia(cambio))).append(" |\n");
            }
            sb.append('\n');
        }
        if (!c.recomendacionesAlServicioAgregadas().isEmpty() || !c.recomendacionesAlServicioQuitadas().isEmpty()) {
            sb.append("Al Jefe de Servicio:\n\n");
            c.recomendacionesAlServicioAgregadas().forEach(r -> sb.append("- agregada ").append(recomendacion(r)).append('\n'));
            c.recomendacionesAlServicioQuitadas().forEach(r -> sb.append("- quitada ").append(recomendacion(r)).append('\n'));
            sb.append('\n');
        }
        sb.append("**Totales:** ").append(TextosDeComparacion.resumen(c.totales())).append('\n');
        return sb.toString();
    }

    private static void origen(StringBuilder sb, String lado, OrigenReglas origen) {
        sb.append("- **").append(lado).append("**: ").append(Escapes.markdown(origen.origen())).append(" (huella ")
                .append(Escapes.markdown(origen.huella().substring(0, Math.min(12, origen.huella().length())))).append(")\n");
    }

    private static String codigos(List<RecomendacionEstandar> agregadas, List<RecomendacionEstandar> quitadas) {
        String mas = agregadas.stream().map(r -> "+ " + Escapes.markdown(r.codigo())).collect(Collectors.joining(", "));
        String menos = quitadas.stream().map(r -> "− " + Escapes.markdown(r.codigo())).collect(Collectors.joining(", "));
        return mas.isEmpty() ? menos : menos.isEmpty() ? mas : mas + ", " + menos;
    }

    private static String recomendacion(RecomendacionEstandar r) {
        return Escapes.markdown(r.codigo()) + ": " + Escapes.markdown(r.texto());
    }
}
