package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped examples run, so they can never rot. */
class EjemplosTest {

    private static final String EJEMPLO = "evaluaciones/ejemplo-minimo.json";

    private record Salida(int codigo, String salida, String errores) {
    }

    private static Salida evaluar(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int codigo = EvaluarArchivo.ejecutar(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Salida(codigo, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void elEjemploMinimoSeEvaluaCompleto() throws Exception {
        Salida s = evaluar(EJEMPLO);
        assertEquals(0, s.codigo(), s.errores());
        JsonNode r = new ObjectMapper().readTree(s.salida());
        assertEquals(3, r.get("unidades").size());
        assertEquals("AVANCE_MENOR", r.at("/unidades/0/criterios/1.1/avance").textValue());
        assertEquals("AVANCE_MENOR", r.at("/unidades/0/criterios/1.2/discrepancia/avance").textValue());
        assertEquals("SIN_INFORMACION", r.at("/unidades/1/criterios/2.1/avance").textValue());
        assertEquals("NO_APLICA", r.at("/unidades/2/criterios/1.3/avance").textValue());
    }

    @Test
    void unArchivoConErroresLosListaTodosSinTrazaYConCodigo2(@TempDir Path dir) throws Exception {
        Path malo = dir.resolve("malo.json");
        Files.writeString(malo, Files.readString(Path.of(EJEMPLO))
                .replace("\"PROBLEMA_COMUN\"", "\"PROBLEMA_COMUNN\"")
                .replace("\"AVANCE_MAYOR\"", "\"MAYOR\""));
        Salida s = evaluar(malo.toString());
        assertEquals(2, s.codigo());
        assertEquals("", s.salida(), "nada a medias en la salida");
        assertTrue(s.errores().contains("tiene 2 errores"), s.errores());
        assertTrue(s.errores().contains("unidades[0].criterios.1.1.indicadores.PROBLEMA_COMUNN"), s.errores());
        assertTrue(s.errores().contains("unidades[0].criterios.1.2.autoevaluacion"), s.errores());
        assertTrue(!s.errores().contains("Exception") && !s.errores().contains("\tat "), s.errores());
    }

    @Test
    void elEjemploDeIntegracionExplicaUnaUnidad() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            ExplicarUnidad.main(new String[] {EJEMPLO});
        } finally {
            System.setOut(original);
        }
        String texto = out.toString(StandardCharsets.UTF_8);
        assertTrue(texto.startsWith("Dirección Regional de Tarapacá"), texto);
        assertTrue(texto.contains("1.1 Perspectiva territorial del programa: Avance menor"), texto);
        assertTrue(texto.contains("la unidad se calificó Avance mayor; las reglas dan Avance menor"), texto);
    }
}
