package cl.avance.modelo;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The four criteria of the questionnaire, identified by their stable code ("1.1"). */
public enum Criterio {
    C1_1("1.1", 1, "Perspectiva territorial del programa"),
    C1_2("1.2", 1, "Articulación territorial"),
    C1_3("1.3", 1, "Grado de complementariedad alcanzado"),
    C2_1("2.1", 2, "Cumplimiento de las medidas para proveer de información de interés regional"
            + " a los Gobiernos Regionales");

    private final String codigo;
    private final int objetivo;
    private final String titulo;

    Criterio(String codigo, int objetivo, String titulo) {
        this.codigo = codigo;
        this.objetivo = objetivo;
        this.titulo = titulo;
    }

    /** The stable code used in input and output, for example {@code "1.1"}. */
    public String codigo() {
        return codigo;
    }

    /** The number of the objective the criterion belongs to (1 or 2). */
    public int objetivo() {
        return objetivo;
    }

    /** The title as written in the questionnaire. */
    public String titulo() {
        return titulo;
    }

    /** The indicators that judge this criterion, in the methodology's order; an unmodifiable list. */
    public List<Indicador> indicadores() {
        return PorCriterio.INDICADORES.get(this);
    }

    /** Built on first use: Indicador refers to Criterio, so this cannot be built while Criterio initialises. */
    private static final class PorCriterio {
        static final Map<Criterio, List<Indicador>> INDICADORES = new EnumMap<>(Criterio.class);

        static {
            for (Criterio c : Criterio.values()) {
                INDICADORES.put(c, Arrays.stream(Indicador.values()).filter(i -> i.criterio() == c).toList());
            }
        }
    }

    /** The criterion with this code, or empty when the code is unknown; never null. */
    public static Optional<Criterio> porCodigo(String codigo) {
        return Arrays.stream(values()).filter(c -> c.codigo.equals(codigo)).findFirst();
    }

    @Override
    public String toString() {
        return codigo;
    }
}
