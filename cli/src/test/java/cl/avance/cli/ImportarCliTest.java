package cl.avance.cli;

import static cl.avance.cli.AvanceCliTest.avance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.cli.AvanceCliTest.Corrida;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** From the questionnaire to a report: avance importar, then avance evaluar. */
class ImportarCliTest {

    private static final Path CUESTIONARIO = Path.of("../importar/src/test/resources/sence/sence-2007.txt");

    @Test
    void delDocumentoAlInformeEnDosComandos(@TempDir Path dir) throws Exception {
        Path borrador = dir.resolve("borrador.yaml");
        Corrida importar = avance("importar", CUESTIONARIO.toString(), "--salida", borrador.toString());
        assertEquals(0, importar.codigo(), importar.errores());
        assertTrue(importar.errores().startsWith("Borrador escrito en " + borrador + ": 14 unidades"), importar.errores());
        assertTrue(Files.readString(borrador).contains("borrador: true"));

        Corrida evaluar = avance("evaluar", borrador.toString(), "--formato", "json");
        assertEquals(0, evaluar.codigo(), evaluar.errores());
        assertTrue(evaluar.salida().contains("\"provisional\": true"));
        assertTrue(evaluar.salida().contains("\"autoevaluacion\": \"Avance Menor:\""));
    }

    @Test
    void sinSalidaElBorradorVaALaPantalla() {
        Corrida c = avance("importar", CUESTIONARIO.toString());
        assertEquals(0, c.codigo(), c.errores());
        assertTrue(c.salida().startsWith("# Borrador de evaluación generado por «avance importar»"), c.salida());
    }

    @Test
    void unDocumentoQueNoExisteEsUnErrorDeEntrada(@TempDir Path dir) {
        Corrida c = avance("importar", dir.resolve("no-existe.docx").toString());
        assertEquals(Codigos.ENTRADA, c.codigo());
        assertTrue(c.errores().contains("el archivo no existe"), c.errores());
        c.sinTraza();
    }

    @Test
    void validarInformaLosErroresDelVocabularioConArchivoYLinea(@TempDir Path dir) throws Exception {
        Corrida exportar = avance("metodologia", "exportar", dir.resolve("m").toString());
        assertEquals(0, exportar.codigo(), exportar.errores());
        Path vocabulario = dir.resolve("m/vocabulario.yaml");
        assertTrue(Files.exists(vocabulario), "exportar copia el vocabulario");
        Files.writeString(vocabulario, Files.readString(vocabulario).replace("  TERRITORIO_DEFINIDO:", "  TERRITORIO_DEFINID:"));
        Corrida c = avance("validar", "--metodologia", dir.resolve("m").toString());
        assertEquals(Codigos.REGLAS, c.codigo(), c.salida() + c.errores());
        assertTrue(c.errores().matches("(?s).*vocabulario\\.yaml:\\d+: indicadores\\.TERRITORIO_DEFINID: indicador desconocido.*"),
                c.errores());
        c.sinTraza();

        Corrida importar = avance("importar", CUESTIONARIO.toString(), "--metodologia", dir.resolve("m").toString());
        assertEquals(Codigos.REGLAS, importar.codigo());
        assertTrue(importar.errores().contains("indicadores.TERRITORIO_DEFINID"), importar.errores());
    }
}
