/** From the questionnaire document (text or .docx) to a draft evaluation whose suggestions carry their quotes: {@link cl.avance.importar.Importador}. */
package cl.avance.importar;
