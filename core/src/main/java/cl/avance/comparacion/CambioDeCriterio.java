package cl.avance.comparacion;

import cl.avance.modelo.Avance;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import cl.avance.resultado.RecomendacionEstandar;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell (a unit's criterion) that differs between methodology A and methodology B.
 *
 * @param unidad                   the unit's id
 * @param nombreUnidad             the unit's name
 * @param criterio                 the criterion's code ({@code "1.2"})
 * @param presencia                whether both catalogues have the criterion, or one only
 * @param avanceAntes              A's grade; empty when only B has the criterion
 * @param avanceDespues            B's grade; empty when only A has the criterion
 * @param recomendacionesAgregadas recommendations B gives and A does not (same code and text), ordered by code
 * @param recomendacionesQuitadas  recommendations A gives and B does not, ordered by code
 * @param discrepanciaAntes        A's disagreement with the unit's own grade, if any
 * @param discrepanciaDespues      B's disagreement with the unit's own grade, if any
 */
public record CambioDeCriterio(
        String unidad,
        String nombreUnidad,
        String criterio,
        Presencia presencia,
        Optional<Avance> avanceAntes,
        Optional<Avance> avanceDespues,
        List<RecomendacionEstandar> recomendacionesAgregadas,
        List<RecomendacionEstandar> recomendacionesQuitadas,
        Optional<DiscrepanciaAutoevaluacion> discrepanciaAntes,
        Optional<DiscrepanciaAutoevaluacion> discrepanciaDespues) {

    /** Creates a {@code CambioDeCriterio}, checking and copying its components as described above. */
    public CambioDeCriterio {
        Objects.requireNonNull(unidad, "unidad");
        Objects.requireNonNull(nombreUnidad, "nombreUnidad");
        Objects.requireNonNull(criterio, "criterio");
        Objects.requireNonNull(presencia, "presencia");
        Objects.requireNonNull(avanceAntes, "avanceAntes");
        Objects.requireNonNull(avanceDespues, "avanceDespues");
        recomendacionesAgregadas = List.copyOf(recomendacionesAgregadas);
        recomendacionesQuitadas = List.copyOf(recomendacionesQuitadas);
        Objects.requireNonNull(discrepanciaAntes, "discrepanciaAntes");
        Objects.requireNonNull(discrepanciaDespues, "discrepanciaDespues");
        if (avanceAntes.isEmpty() != (presencia == Presencia.SOLO_EN_B)
                || avanceDespues.isEmpty() != (presencia == Presencia.SOLO_EN_A)) {
            throw new IllegalArgumentException("Un criterio " + presencia.etiqueta() + " tiene avance solo donde existe");
        }
    }

    /** Whether both methodologies grade the cell and their grades differ. */
    public boolean cambiaElAvance() {
        return presencia == Presencia.EN_AMBAS && !avanceAntes.equals(avanceDespues);
    }

    /** Whether B grades the cell higher on the scale than A (both grades on the scale). */
    public boolean sube() {
        return enEscala() && avanceDespues.get().compareTo(avanceAntes.get()) > 0;
    }

    /** Whether B grades the cell lower on the scale than A (both grades on the scale). */
    public boolean baja() {
        return enEscala() && avanceDespues.get().compareTo(avanceAntes.get()) < 0;
    }

    /** Whether B flags a disagreement with the unit's own grade where A did not. */
    public boolean apareceDiscrepancia() {
        return discrepanciaAntes.isEmpty() && discrepanciaDespues.isPresent();
    }

    /** Whether A flagged a disagreement with the unit's own grade that B does not. */
    public boolean desapareceDiscrepancia() {
        return discrepanciaAntes.isPresent() && discrepanciaDespues.isEmpty();
    }

    private boolean enEscala() {
        return cambiaElAvance() && avanceAntes.get().enEscala() && avanceDespues.get().enEscala();
    }
}
