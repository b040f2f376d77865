/** The machine-readable result (JSON, the methodology's output contract). */
package cl.avance.salida;
