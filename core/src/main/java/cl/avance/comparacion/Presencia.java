package cl.avance.comparacion;

/** Whether a criterion is in both methodologies' catalogues or in one only. */
public enum Presencia {
    /** Both catalogues have the criterion: its grades are compared. */
    EN_AMBAS("en ambas"),
    /** Only methodology A (the one in use) has it: B does not grade it. */
    SOLO_EN_A("solo en A"),
    /** Only methodology B (the candidate) has it: a criterion B adds. */
    SOLO_EN_B("solo en B");

    private final String etiqueta;

    Presencia(String etiqueta) {
        this.etiqueta = etiqueta;
    }

    /** What a report shows, in Spanish ("solo en A"). */
    public String etiqueta() {
        return etiqueta;
    }
}
