package cl.avance.modelo;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion of the questionnaire, as the methodology's catalogue defines it.
 *
 * @param codigo           the stable code used in input, rules and output ({@code "1.1"})
 * @param objetivo         the number of the objective it belongs to
 * @param titulo           the title as written in the questionnaire
 * @param tituloCorto      a short title for table headers ("Articulación territorial"); the title if none
 * @param indicadores      the indicators that judge it, in the methodology's order; never empty
 * @param admiteInstancias whether units may list the territorial bodies involved ({@code instancias})
 */
public record Criterio(String codigo, int objetivo, String titulo, String tituloCorto, List<Indicador> indicadores,
                       boolean admiteInstancias) {

    /** Creates a {@code Criterio}, checking and copying its components as described above. */
    public Criterio {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(titulo, "titulo");
        tituloCorto = tituloCorto == null || tituloCorto.isBlank() ? titulo : tituloCorto;
        indicadores = List.copyOf(Objects.requireNonNull(indicadores, "indicadores"));
        if (indicadores.isEmpty()) {
            throw new IllegalArgumentException("El criterio " + codigo + " no tiene indicadores");
        }
        for (Indicador indicador : indicadores) {
            if (!indicador.criterio().equals(codigo)) {
                throw new IllegalArgumentException("El indicador " + indicador.codigo() + " pertenece al criterio "
                        + indicador.criterio() + ", no al " + codigo);
            }
        }
    }

    /** The indicator of this criterion with {@code codigo}, or empty; never null. */
    public Optional<Indicador> indicador(String codigo) {
        Objects.requireNonNull(codigo, "codigo");
        for (Indicador indicador : indicadores) {
            if (indicador.codigo().equals(codigo)) {
                return Optional.of(indicador);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return codigo;
    }
}
