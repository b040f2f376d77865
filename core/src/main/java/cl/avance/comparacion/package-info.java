/**
 * The impact of a methodology change: the same evaluation graded by two methodologies (A, the one in use,
 * and B, the candidate), cell by cell. {@link cl.avance.comparacion.Comparador} grades and compares;
 * {@link cl.avance.comparacion.Comparacion} is the immutable result.
 */
package cl.avance.comparacion;
