package cl.avance.resultado;

import cl.avance.modelo.Catalogo;
import java.util.List;
import java.util.Objects;

/**
 * The result of a whole evaluation.
 *
 * @param servicio                  the service's name
 * @param sigla                     the service's acronym, or null
 * @param anio                      the year evaluated
 * @param reglas                    which methodology (name, version, fingerprint) produced this result
 * @param catalogo                  the questionnaire graded: its criteria and indicators, in order
 * @param unidades                  every unit of the input, once, in input order
 * @param recomendacionesAlServicio recommendations to the head of service, ordered by code
 * @param provisional               whether the input was an unreviewed draft, so every grade is provisional
 */
public record Resultado(
        String servicio,
        String sigla,
        int anio,
        OrigenReglas reglas,
        Catalogo catalogo,
        List<ResultadoUnidad> unidades,
        List<RecomendacionEstandar> recomendacionesAlServicio,
        boolean provisional) {

    /** Creates a {@code Resultado}, checking and copying its components as described above. */
    public Resultado {
        Objects.requireNonNull(unidades, "unidades");
        Objects.requireNonNull(recomendacionesAlServicio, "recomendacionesAlServicio");
        Objects.requireNonNull(servicio, "servicio");
        Objects.requireNonNull(reglas, "reglas");
        Objects.requireNonNull(catalogo, "catalogo");
        unidades = List.copyOf(unidades);
        recomendacionesAlServicio = List.copyOf(recomendacionesAlServicio);
    }

    /** The result of a reviewed evaluation (not provisional). */
    public Resultado(String servicio, String sigla, int anio, OrigenReglas reglas, Catalogo catalogo,
                     List<ResultadoUnidad> unidades, List<RecomendacionEstandar> recomendacionesAlServicio) {
        this(servicio, sigla, anio, reglas, catalogo, unidades, recomendacionesAlServicio, false);
    }

    /** The national consolidation (Objetivo 3), computed from this result. */
    public InformeEjecutivo informeEjecutivo() {
        return InformeEjecutivo.de(this);
    }
}
