package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.Metodologia;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `avance validar` checks that every state of every criterion gets exactly one grade. */
class ValidarCompletitudTest {

    private static final String C13 = "clasificacion/criterio_1_3.drl";

    private record Corrida(int codigo, String out, String err) {
    }

    private static Corrida validar(Path carpeta) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int codigo = Avance.ejecutar(new String[] {"validar", "--metodologia", carpeta.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Corrida(codigo, out.toString(), err.toString());
    }

    /** The default methodology written to {@code dir}, then {@code archivo} replaced by {@code texto}. */
    private static Path copia(Path dir, String archivo, String texto) throws Exception {
        for (Map.Entry<String, String> e : Metodologia.porDefecto().archivos().entrySet()) {
            Path destino = dir.resolve(e.getKey());
            Files.createDirectories(destino.getParent());
            Files.writeString(destino, e.getKey().equals(archivo) ? texto : e.getValue());
        }
        return dir;
    }

    private static String drl13() {
        return Metodologia.porDefecto().archivos().get(C13);
    }

    @Test
    void laMetodologiaPorDefectoEsCompleta(@TempDir Path dir) throws Exception {
        Corrida c = validar(copia(dir, C13, drl13()));
        assertEquals(0, c.codigo(), c.err());
        assertTrue(c.out().contains("cada uno de los 1034 estados posibles de sus criterios recibe un solo avance"), c.out());
        assertFalse(c.out().contains("aviso:"), c.out());
    }

    @Test
    void unaReglaDeCalificacionBorradaEsCodigo3ConElEstadoEnPalabras(@TempDir Path dir) throws Exception {
        String drl = drl13();
        int inicio = drl.indexOf("rule \"1.3 Avance mayor");
        String sinMayor = drl.substring(0, inicio) + drl.substring(drl.indexOf("\nend", inicio) + 4);
        int linea = (int) drl.substring(0, drl.indexOf("rule \"1.3 Sin avance")).chars().filter(ch -> ch == '\n').count() + 1;
        Corrida c = validar(copia(dir, C13, sinMayor));
        assertEquals(3, c.codigo(), c.out() + c.err());
        assertTrue(c.err().contains(C13 + ":" + linea + ": 1.3 con ACUERDO_FORMAL cumplido, COMPROMISOS_RESPALDADOS cumplido"
                + " y PRESUPUESTO_INCORPORADO cumplido: ninguna regla le da un avance"), c.err());
        assertTrue(c.err().contains("pista: "), c.err());
        assertFalse(c.err().contains("\tat "), c.err());
    }

    @Test
    void unaReglaDeCalificacionQueMiraOtroCriterioEsUnAvisoSinCambiarElCodigo(@TempDir Path dir) throws Exception {
        String cruzada = drl13() + "\nrule \"1.3 Avance menor si 1.2 está acordado\"\nwhen\n"
                + "    $criterio : CriterioDeUnidad( codigo == \"1.3\", aplica, informado, cumpleAlguno == false )\n"
                + "    CriterioDeUnidad( unidad == $criterio.unidad, codigo == \"1.2\", cumple( \"PROGRAMA_ACORDADO\" ) )\n"
                + "then\n    insert( new Calificacion( $criterio, Avance.AVANCE_MENOR ) );\nend\n";
        Corrida c = validar(copia(dir, C13, cruzada));
        assertEquals(0, c.codigo(), c.err());
        assertTrue(c.out().contains("aviso: " + C13 + ":"), c.out());
        assertTrue(c.out().contains("«1.3 Avance menor si 1.2 está acordado» califica mirando otros hechos"), c.out());
    }
}
