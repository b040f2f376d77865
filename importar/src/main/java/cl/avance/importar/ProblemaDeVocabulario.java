package cl.avance.importar;

/**
 * One problem in {@code vocabulario.yaml}.
 *
 * @param linea   the line, from 1; 0 when unknown
 * @param ruta    where in the file ({@code indicadores.TERRITORIO_DEFINIDX}); empty for the whole file
 * @param mensaje what is wrong, in Spanish
 */
public record ProblemaDeVocabulario(int linea, String ruta, String mensaje) {

    /** {@code vocabulario.yaml:línea: ruta: mensaje}. */
    @Override
    public String toString() {
        return LectorVocabulario.ARCHIVO + (linea > 0 ? ":" + linea : "") + ": " + (ruta.isEmpty() ? "" : ruta + ": ") + mensaje;
    }
}
