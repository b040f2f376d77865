package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/**
 * A Word document and the text export of the same content give the same draft. The document is built here
 * with Word's habits: a word split across runs, a soft line break inside a cell, curly quotes, the two-cell
 * table with its header row, an empty cell.
 */
class DocxTest {

    private static final String TEXTO = """
            ETAPA N°4 - EVALUACIÓN
            \tSERVICIO NACIONAL DE CAPACITACIÓN Y EMPLEO
            \tDIRECCION REGIONAL: LOS RÍOS
            \tOBJETIVO N°1:
            \tDescripción del desarrollo alcanzado en la incorporación del requisito de complementariedad.
            1.1. Perspectiva territorial del programa
            ¿El programa de trabajo se ha definido sobre la base de un territorio?
            \tDescripción del desarrollo alcanzado
            \tRecomendaciones para mejorar el diseño y la implementación en el 2008.
            \tEl territorio está explícitamente definido por las instituciones del “Programa Emprende”.
            Existe un diagnóstico compartido con INDAP.
            \tAvance menor.
            Se debería formular una agenda común.
            1.3. Grado de complementariedad alcanzado
            \tDesarrollo alcanzado
            \tRecomendaciones para mejorar el diseño y la implementación 2008.
            \tLos compromisos no cuentan con acuerdos formales.
            \t
            """;

    @Test
    void elDocxYSuTextoDanElMismoBorrador() throws Exception {
        Borrador desdeTexto = Fuentes.IMPORTADOR.importarTexto(TEXTO, "cuestionario", null);
        Borrador desdeDocx = Fuentes.IMPORTADOR.importarDocx(docx(), "cuestionario", null);
        assertEquals(desdeTexto.yaml(), desdeDocx.yaml());
        Borrador.CriterioBorrador c11 = desdeDocx.unidades().get(0).criterios().get(0);
        // Curly quotes are kept verbatim in the text and the quote.
        assertTrue(c11.desarrollo().contains("“Programa Emprende”"));
        assertEquals(true, c11.indicadores().get("TERRITORIO_DEFINIDO"));
        assertEquals(true, c11.indicadores().get("DIAGNOSTICO_COMPARTIDO"));
        assertEquals("AVANCE_MENOR", c11.autoevaluacion());
        assertEquals(List.of("Avance menor.", "Se debería formular una agenda común."), c11.recomendaciones());
        assertEquals(false, desdeDocx.unidades().get(0).criterios().get(1).indicadores().get("ACUERDO_FORMAL"));
        assertEquals("los-rios", desdeDocx.unidades().get(0).id());
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("ETAPA N°4 - EVALUACIÓN");
            d.createParagraph().createRun().setText("SERVICIO NACIONAL DE CAPACITACIÓN Y EMPLEO");
            XWPFParagraph unidad = d.createParagraph();
            unidad.createRun().setText("DIRECCION REGIONAL: ");
            unidad.createRun().setText("LOS ");
            unidad.createRun().setText("RÍOS");
            d.createParagraph().createRun().setText("OBJETIVO N°1:");
            d.createParagraph().createRun().setText("Descripción del desarrollo alcanzado en la incorporación del requisito de complementariedad.");
            d.createParagraph().createRun().setText("1.1. Perspectiva territorial del programa");
            d.createParagraph().createRun().setText("¿El programa de trabajo se ha definido sobre la base de un territorio?");
            tabla(d, "Descripción del desarrollo alcanzado", "Recomendaciones para mejorar el diseño y la implementación en el 2008.",
                    new String[] {"El territorio está explícitamente de", "finido por las instituciones del “Programa Emprende”.",
                        "\n", "Existe un diagnóstico compartido con INDAP."},
                    new String[] {"Avance menor.", "\n", "Se debería formular una agenda común."});
            d.createParagraph().createRun().setText("1.3. Grado de complementariedad alcanzado");
            tabla(d, "Desarrollo alcanzado", "Recomendaciones para mejorar el diseño y la implementación 2008.",
                    new String[] {"Los compromisos no cuentan con acuerdos formales."}, new String[] {});
            d.write(out);
            return out.toByteArray();
        }
    }

    /** The two-cell table: a header row and a row of answers; "\n" in the runs is a soft line break. */
    private static void tabla(XWPFDocument d, String cabecera1, String cabecera2, String[] desarrollo, String[] recomendaciones) {
        XWPFTable tabla = d.createTable(2, 2);
        tabla.getRow(0).getCell(0).setText(cabecera1);
        tabla.getRow(0).getCell(1).setText(cabecera2);
        llenar(tabla.getRow(1).getCell(0), desarrollo);
        llenar(tabla.getRow(1).getCell(1), recomendaciones);
    }

    private static void llenar(XWPFTableCell celda, String[] trozos) {
        XWPFParagraph p = celda.getParagraphs().get(0);
        for (String trozo : trozos) {
            if (trozo.equals("\n")) {
                p.createRun().addBreak(BreakType.TEXT_WRAPPING);
            } else {
                p.createRun().setText(trozo);
            }
        }
    }
}
