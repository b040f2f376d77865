package cl.avance.modelo;

/** Territorial bodies a program may be articulated with (criterion 1.2, attribute {@code instancias}). */
public enum Instancia {
    MUNICIPIO("Municipio"),
    GOBERNACION("Gobernación"),
    GOBIERNO_REGIONAL("Gobierno Regional"),
    GABINETE_REGIONAL("Gabinete Regional"),
    AGENCIA_DESARROLLO("Agencia Regional de Desarrollo Productivo (ARDP)"),
    MESA_PUBLICO_PRIVADA("Mesa público-privada"),
    OTRA("Otra instancia");

    private final String nombre;

    Instancia(String nombre) {
        this.nombre = nombre;
    }

    /** The body's name as a report shows it. */
    public String nombre() {
        return nombre;
    }
}
