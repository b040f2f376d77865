/** Immutable results of an evaluation: grades, reasons, recommendations and the executive report. */
package cl.avance.resultado;
