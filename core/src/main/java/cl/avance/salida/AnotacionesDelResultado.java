package cl.avance.salida;

import cl.avance.modelo.Indicador;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.List;
import java.util.Optional;

/**
 * What the result itself carries beside each grade: "qué falta para subir" (found through the rules), the
 * input's quotes behind indicator values (from {@code avance importar}) and the provisional mark of grades
 * from an unreviewed draft. What every report shows by default.
 */
final class AnotacionesDelResultado implements Anotaciones {

    private final boolean provisional;

    AnotacionesDelResultado(Resultado resultado) {
        this.provisional = resultado.provisional();
    }

    @Override
    public List<String> queFalta(ResultadoUnidad unidad, ResultadoCriterio criterio) {
        return criterio.queFalta().frases(criterio.criterio());
    }

    @Override
    public Optional<String> cita(ResultadoUnidad unidad, ResultadoCriterio criterio, Indicador indicador) {
        return Optional.ofNullable(criterio.evidencias().de(indicador));
    }

    @Override
    public boolean provisional(ResultadoUnidad unidad, ResultadoCriterio criterio) {
        return provisional;
    }
}
