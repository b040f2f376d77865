package cl.avance.cli;

/** Exit codes, documented in README and in {@code avance --ayuda}. */
final class Codigos {
    static final int BIEN = 0;
    static final int ESCENARIOS_FALLIDOS = 1;
    static final int ENTRADA = 2;
    static final int REGLAS = 3;

    private Codigos() {
    }
}
