package cl.avance.modelo;

/**
 * The outcome of grading one criterion of one unit.
 *
 * <p>{@link #SIN_AVANCE} &lt; {@link #AVANCE_MENOR} &lt; {@link #AVANCE_MAYOR} form the scale;
 * {@link #NO_APLICA} and {@link #SIN_INFORMACION} are outcomes off the scale.
 */
public enum Avance {
    SIN_AVANCE("Sin avance"),
    AVANCE_MENOR("Avance menor"),
    AVANCE_MAYOR("Avance mayor"),
    NO_APLICA("No aplica"),
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
