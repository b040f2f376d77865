package cl.avance.cli;

/** The message for something too large for the Java heap: what to do about it. */
final class Memoria {

    private Memoria() {
    }

    /** @param que what did not fit: "la entrada", "la línea" */
    static String agotada(String que) {
        return que + " no cabe en la memoria de Java (" + (Runtime.getRuntime().maxMemory() >> 20)
                + " MiB como máximo): divídala, o dé más memoria con AVANCE_JAVA_OPTS=-Xmx4g (java -Xmx4g …)";
    }
}
