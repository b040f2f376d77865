package cl.avance.modelo;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.Ruta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A whole evaluation: one service, one year, the reports of all its units. Checked on construction with the
 * rules input format v1 applies to files ({@link Forma}); {@link #nueva(Catalogo)} builds one from codes.
 *
 * @param servicio the service's name; never null or blank
 * @param sigla    the service's acronym, or null
 * @param anio     the year evaluated, {@value Forma#ANIO_MINIMO}–{@value Forma#ANIO_MAXIMO}
 * @param unidades the units, at least one, in the order results list them; ids are unique
 * @param borrador whether this is an unreviewed draft (written by {@code avance importar}): its grades are
 *                 provisional
 */
public record Evaluacion(String servicio, String sigla, int anio, List<Unidad> unidades, boolean borrador) {

    /** The version of the input format this model corresponds to. */
    public static final int FORMATO = 1;

    /**
     * @throws NullPointerException     naming {@code servicio}, {@code unidades} or the null unit
     * @throws EntradaInvalidaException with every defect a file with these values would have: a blank
     *                                  {@code servicio}, a year out of range, no unit, a repeated unit id
     */
    public Evaluacion {
        Objects.requireNonNull(servicio, "servicio");
        Objects.requireNonNull(unidades, "unidades");
        List<Unidad> copia = new ArrayList<>(unidades.size());
        for (int i = 0; i < unidades.size(); i++) {
            copia.add(Objects.requireNonNull(unidades.get(i), "unidades[" + i + "]"));
        }
        unidades = List.copyOf(copia);
        Ruta raiz = Ruta.raiz();
        Forma.Defectos defectos = new Forma.Defectos()
                .en(raiz.campo("servicio"), Forma.textoObligatorio("servicio", servicio))
                .en(raiz.campo("anio"), Forma.anio(anio))
                .en(raiz.campo("unidades"), Forma.unidades(unidades.size()));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < unidades.size(); i++) {
            Integer previa = ids.putIfAbsent(unidades.get(i).id(), i);
            if (previa != null) {
                defectos.en(raiz.campo("unidades").elemento(i).campo("id"),
                        Forma.idRepetido(unidades.get(i).id(), previa));
            }
        }
        defectos.lanzar("la evaluación");
    }

    /**
     * A builder of an evaluation of the questionnaire {@code catalogo}, naming criteria, indicators and
     * territorial bodies by their codes:
     *
     * <pre>{@code
     * Evaluacion evaluacion = Evaluacion.nueva(motor.metodologia().catalogo())
     *         .servicio("Servicio Nacional de Capacitación y Empleo").sigla("SENCE").anio(2007)
     *         .unidad("rm", "Dirección Regional Metropolitana", u -> u
     *                 .criterio("1.1", c -> c.cumple("TERRITORIO_DEFINIDO").autoevaluacion(Avance.AVANCE_MENOR)))
     *         .construir();
     * }</pre>
     *
     * {@link ConstructorDeEvaluacion#construir()} checks everything a file is checked for and throws every
     * defect at once, at the path a file would have it, as {@link EntradaInvalidaException}.
     *
     * @throws NullPointerException naming {@code catalogo}
     */
    public static ConstructorDeEvaluacion nueva(Catalogo catalogo) {
        return new ConstructorDeEvaluacion(Objects.requireNonNull(catalogo, "catalogo"));
    }

    /** A reviewed evaluation (not a draft). */
    public Evaluacion(String servicio, String sigla, int anio, List<Unidad> unidades) {
        this(servicio, sigla, anio, unidades, false);
    }
}
