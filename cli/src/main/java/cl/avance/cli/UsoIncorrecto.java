package cl.avance.cli;

/** The command line or its input cannot be used as given: exit code 2, with a Spanish message. */
final class UsoIncorrecto extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsoIncorrecto(String mensaje) {
        super(mensaje);
    }
}
