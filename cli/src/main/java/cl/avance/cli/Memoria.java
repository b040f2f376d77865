package cl.avance.cli;

/** The message for an input too large for the Java heap. */
final class Memoria {

    private Memoria() {
    }

    static String agotada() {
        return "la entrada no cabe en la memoria de Java (" + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB como máximo): divídala, o dé más memoria con AVANCE_JAVA_OPTS=-Xmx4g (java -Xmx4g …)";
    }
}
