package cl.avance.modelo;

/** What a unit reported about one indicator. */
public enum EstadoIndicador {
    /** Reported present ({@code true}). */
    CUMPLIDO,
    /** Reported absent ({@code false}). */
    NO_CUMPLIDO,
    /** Left out of the report. Counts as not met for the grade. */
    SIN_INFORMACION
}
