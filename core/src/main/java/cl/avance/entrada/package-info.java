/**
 * Input format v1 (JSON and YAML): {@link cl.avance.entrada.LectorEvaluacion} reads a file into a
 * {@link cl.avance.modelo.Evaluacion} or reports every error it has, each with its JSON path, in Spanish.
 */
package cl.avance.entrada;
