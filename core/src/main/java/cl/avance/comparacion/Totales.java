package cl.avance.comparacion;

/**
 * The counts of a comparison, or of several added up ({@link #mas}).
 *
 * @param evaluaciones                        evaluations compared
 * @param celdasComparadas                    cells (unit × criterion) both methodologies grade
 * @param celdasConCambios                    cells listed as changed, including those of a criterion in one catalogue only
 * @param cambiosDeAvance                     cells whose grade differs (both methodologies grade them)
 * @param suben                               of those, cells B grades higher on the scale
 * @param bajan                               of those, cells B grades lower on the scale
 * @param recomendacionesAgregadas            unit recommendations B gives and A does not
 * @param recomendacionesQuitadas             unit recommendations A gives and B does not
 * @param discrepanciasAparecidas             disagreements with the unit's own grade that B flags and A did not
 * @param discrepanciasDesaparecidas          disagreements A flagged and B does not
 * @param celdasSoloEnA                       cells of criteria only A's catalogue has
 * @param celdasSoloEnB                       cells of criteria only B's catalogue has
 * @param recomendacionesAlServicioAgregadas  recommendations to the head of service B gives and A does not
 * @param recomendacionesAlServicioQuitadas   recommendations to the head of service A gives and B does not
 */
public record Totales(
        long evaluaciones,
        long celdasComparadas,
        long celdasConCambios,
        long cambiosDeAvance,
        long suben,
        long bajan,
        long recomendacionesAgregadas,
        long recomendacionesQuitadas,
        long discrepanciasAparecidas,
        long discrepanciasDesaparecidas,
        long celdasSoloEnA,
        long celdasSoloEnB,
        long recomendacionesAlServicioAgregadas,
        long recomendacionesAlServicioQuitadas) {

    /** No evaluation, nothing counted: where sums start. */
    public static final Totales CERO = new Totales(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** These counts plus {@code otros}. */
    public Totales mas(Totales otros) {
        return new Totales(
                evaluaciones + otros.evaluaciones,
                celdasComparadas + otros.celdasComparadas,
                celdasConCambios + otros.celdasConCambios,
                cambiosDeAvance + otros.cambiosDeAvance,
                suben + otros.suben,
                bajan + otros.bajan,
                recomendacionesAgregadas + otros.recomendacionesAgregadas,
                recomendacionesQuitadas + otros.recomendacionesQuitadas,
                discrepanciasAparecidas + otros.discrepanciasAparecidas,
                discrepanciasDesaparecidas + otros.discrepanciasDesaparecidas,
                celdasSoloEnA + otros.celdasSoloEnA,
                celdasSoloEnB + otros.celdasSoloEnB,
                recomendacionesAlServicioAgregadas + otros.recomendacionesAlServicioAgregadas,
                recomendacionesAlServicioQuitadas + otros.recomendacionesAlServicioQuitadas);
    }

    /** Whether B changes nothing: no cell, no recommendation to the head of service. */
    public boolean sinCambios() {
        return celdasConCambios == 0 && recomendacionesAlServicioAgregadas == 0 && recomendacionesAlServicioQuitadas == 0;
    }
}
