package cl.avance.importar;

import cl.avance.importar.LectorCuestionario.Parrafo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The paragraphs of a Word document ({@code .docx}) in reading order, as {@link LectorCuestionario} takes
 * them: body paragraphs, and for each table row by row and cell by cell, the cell's first paragraph marked as
 * opening a cell. A paragraph's runs are joined (Word splits words across runs), soft line breaks become
 * paragraph breaks, as in the text export. Text is kept verbatim, curly quotes included.
 */
final class LectorDocx {

    private LectorDocx() {
    }

    static List<Parrafo> parrafos(InputStream docx) throws IOException {
        List<Parrafo> parrafos = new ArrayList<>();
        try (XWPFDocument documento = new XWPFDocument(docx)) {
            for (IBodyElement elemento : documento.getBodyElements()) {
                agregar(elemento, parrafos, false, false);
            }
        }
        return parrafos;
    }

    private static void agregar(IBodyElement elemento, List<Parrafo> parrafos, boolean abreCelda, boolean enTabla) {
        if (elemento instanceof XWPFParagraph parrafo) {
            // getText() joins the runs and turns <w:br/> and <w:tab/> into \n and \t.
            String[] lineas = parrafo.getText().replace("\r", "\n").split("\n", -1);
            for (int i = 0; i < lineas.length; i++) {
                // Outside tables, a paragraph that begins with a tab opens a cell, as in the text export.
                boolean abre = i == 0 && (abreCelda || !enTabla && lineas[i].startsWith("\t"));
                parrafos.add(new Parrafo(lineas[i].replace('\u00A0', ' ').strip(), abre));
            }
        } else if (elemento instanceof XWPFTable tabla) {
            for (XWPFTableRow fila : tabla.getRows()) {
                for (XWPFTableCell celda : fila.getTableCells()) {
                    List<IBodyElement> contenido = celda.getBodyElements();
                    if (contenido.isEmpty()) {
                        parrafos.add(new Parrafo("", true));
                    }
                    for (int i = 0; i < contenido.size(); i++) {
                        agregar(contenido.get(i), parrafos, i == 0, true);
                    }
                }
            }
        }
    }
}
