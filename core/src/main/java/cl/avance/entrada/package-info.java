/**
 * Input format v1 (JSON and YAML): {@link cl.avance.entrada.LectorEvaluacion} reads a file into a
 * {@link cl.avance.modelo.Evaluacion} or reports every error it has, each with its path
 * ({@link cl.avance.entrada.ErrorDeEntrada#ruta()} and an RFC 6901 {@link cl.avance.entrada.ErrorDeEntrada#puntero()}),
 * its line and column, and a message in Spanish. {@link cl.avance.entrada.LectorEvaluacion#leerDocumento} gives
 * the parsed {@link cl.avance.entrada.Documento} with the {@link cl.avance.entrada.Ubicaciones} of its values, for
 * tools that place errors of their own. Every public method throws {@link java.lang.NullPointerException} naming
 * the argument that is null.
 */
package cl.avance.entrada;
