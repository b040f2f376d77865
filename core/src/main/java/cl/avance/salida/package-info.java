/**
 * What Avance writes: the machine-readable result (JSON, the methodology's output contract, {@link
 * cl.avance.salida.ResultadoJson}) and the reports for people ({@link cl.avance.salida.InformeTexto}, {@link
 * cl.avance.salida.InformeMarkdown}, {@link cl.avance.salida.InformeHtml}), rendered from Mustache templates over
 * one view, {@link cl.avance.salida.VistaInforme}, that {@link cl.avance.salida.Anotaciones} can enrich.
 */
package cl.avance.salida;
