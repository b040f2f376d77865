package cl.avance.modelo;

/**
 * The outcome of grading one criterion of one unit.
 *
 * <p>{@link #SIN_AVANCE} &lt; {@link #AVANCE_MENOR} &lt; {@link #AVANCE_MAYOR} form the scale;
 * {@link #NO_APLICA} and {@link #SIN_INFORMACION} are outcomes off the scale.
 */
public enum Avance {
    /** The lowest level: the criterion was graded and shows no progress. */
    SIN_AVANCE("Sin avance"),
    /** Some progress, short of what the top level asks. */
    AVANCE_MENOR("Avance menor"),
    /** The top level: everything the criterion asks is met. */
    AVANCE_MAYOR("Avance mayor"),
    /** The unit declares, with a reason, that the criterion does not apply to it. Off the scale. */
    NO_APLICA("No aplica"),
    /** The unit reported neither an indicator nor any text for the criterion. Off the scale. */
    SIN_INFORMACION("Sin información");

    private final String etiqueta;

    Avance(String etiqueta) {
        this.etiqueta = etiqueta;
    }

    /** The label a report shows, in Spanish ("Avance menor"). */
    public String etiqueta() {
        return etiqueta;
    }

    /** Whether this outcome is one of the three ordered levels of progress. */
    public boolean enEscala() {
        return this == SIN_AVANCE || this == AVANCE_MENOR || this == AVANCE_MAYOR;
    }
}
