package cl.avance.cli;

/** Exit codes, documented in docs/fiabilidad.md and in {@code avance --ayuda}. */
final class Codigos {
    /** Done, every result written. */
    static final int BIEN = 0;
    /** Scenarios ran and some failed ({@code probar}). */
    static final int ESCENARIOS_FALLIDOS = 1;
    /** Usage or input: a bad file, a limit reached. */
    static final int ENTRADA = 2;
    /** Rules: invalid, stopped, tried to end the program, ran out of memory. */
    static final int REGLAS = 3;
    /** A write to standard output or to a file failed. */
    static final int ESCRITURA = 4;
    /** A bug of ours (sysexits' EX_SOFTWARE). */
    static final int INTERNO = 70;
    /** Interrupted by a signal: 128 + its number (SIGINT 130, SIGTERM 143, SIGHUP 129). */
    static final int SENAL_BASE = 128;

    private Codigos() {
    }
}
