package cl.avance.salida;

import cl.avance.comparacion.CambioDeCriterio;
import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.Totales;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import java.util.Optional;

/** The Spanish phrases the comparison reports share, whatever their format. Plain text, not escaped. */
final class TextosDeComparacion {

    static final String TITULO = "Comparación de metodologías";

    private TextosDeComparacion() {
    }

    /** A grade, or a dash where the methodology does not have the criterion. */
    static String avance(Optional<Avance> avance) {
        return avance.map(Avance::etiqueta).orElse("—");
    }

    /** "sube", "baja", "cambia", "sin cambio" (the cell changed elsewhere), "solo en A" or "solo en B". */
    static String sentido(CambioDeCriterio c) {
        if (c.sube()) {
            return "sube";
        }
        if (c.baja()) {
            return "baja";
        }
        if (c.cambiaElAvance()) {
            return "cambia";
        }
        return switch (c.presencia()) {
            case SOLO_EN_A, SOLO_EN_B -> c.presencia().etiqueta();
            case EN_AMBAS -> "sin cambio";
        };
    }

    /** What happens to the disagreement with the unit's own grade, or empty when nothing does. */
    static String discrepancia(CambioDeCriterio c) {
        if (c.apareceDiscrepancia()) {
            return "aparece (autoevaluación " + autoevaluacion(c.discrepanciaDespues()) + ")";
        }
        if (c.desapareceDiscrepancia()) {
            return "desaparece (autoevaluación " + autoevaluacion(c.discrepanciaAntes()) + ")";
        }
        if (c.discrepanciaAntes().isPresent() && !c.discrepanciaAntes().equals(c.discrepanciaDespues())) {
            return "se mantiene (autoevaluación " + autoevaluacion(c.discrepanciaAntes()) + ")";
        }
        return "";
    }

    private static String autoevaluacion(Optional<DiscrepanciaAutoevaluacion> d) {
        return d.map(x -> x.autoevaluacion().etiqueta()).orElse("");
    }

    /** "1.2 Articulación territorial", or the code alone when no catalogue has it. */
    static String criterio(Comparacion comparacion, String codigo) {
        for (Criterio c : comparacion.criterios()) {
            if (c.codigo().equals(codigo)) {
                return c.codigo() + " " + c.tituloCorto();
            }
        }
        return codigo;
    }

    /** "SENCE 2007 · sence-2007.yaml": what the evaluation is. */
    static String evaluacion(Comparacion c) {
        return (c.sigla() == null ? c.servicio() : c.sigla()) + " " + c.anio()
                + (c.documento().isEmpty() ? "" : " · " + c.documento());
    }

    /** The totals in one paragraph. */
    static String resumen(Totales t) {
        StringBuilder sb = new StringBuilder();
        if (t.evaluaciones() != 1) {
            sb.append(t.evaluaciones()).append(t.evaluaciones() == 1 ? " evaluación, " : " evaluaciones, ");
        }
        sb.append(t.celdasComparadas()).append(" celdas comparadas, ").append(t.celdasConCambios())
                .append(" con cambios. Avance: ").append(t.cambiosDeAvance()).append(" cambia")
                .append(t.cambiosDeAvance() == 1 ? "" : "n").append(" (").append(t.suben()).append(" sube")
                .append(t.suben() == 1 ? "" : "n").append(", ").append(t.bajan()).append(" baja")
                .append(t.bajan() == 1 ? "" : "n").append("). Recomendaciones: ").append(t.recomendacionesAgregadas())
                .append(" agregadas, ").append(t.recomendacionesQuitadas()).append(" quitadas. Discrepancias: ")
                .append(t.discrepanciasAparecidas()).append(t.discrepanciasAparecidas() == 1 ? " aparece, " : " aparecen, ")
                .append(t.discrepanciasDesaparecidas())
                .append(t.discrepanciasDesaparecidas() == 1 ? " desaparece." : " desaparecen.");
        if (t.celdasSoloEnA() + t.celdasSoloEnB() > 0) {
            sb.append(" Criterios de un solo catálogo: ").append(t.celdasSoloEnA()).append(" celdas solo en A, ")
                    .append(t.celdasSoloEnB()).append(" solo en B.");
        }
        if (t.recomendacionesAlServicioAgregadas() + t.recomendacionesAlServicioQuitadas() > 0) {
            sb.append(" Al Jefe de Servicio: ").append(t.recomendacionesAlServicioAgregadas()).append(" agregadas, ")
                    .append(t.recomendacionesAlServicioQuitadas()).append(" quitadas.");
        }
        return sb.toString();
    }
}
