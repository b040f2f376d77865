package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streamed JSON is byte for byte the text the whole-tree writer gave before it. */
class ResultadoJsonEnFlujoTest {

    private static final Motor MOTOR = Motor.porDefecto();

    /** What {@code ResultadoJson.escribir(Resultado)} did before streaming: the whole tree, pretty-printed. */
    private static String comoAntes(Resultado resultado) throws Exception {
        DefaultPrettyPrinter impresora = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""));
        return new ObjectMapper().writer(impresora).writeValueAsString(ResultadoJson.arbol(resultado)) + "\n";
    }

    private static void mismosBytes(Resultado resultado) throws Exception {
        byte[] esperado = comoAntes(resultado).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultadoJson.escribir(resultado, bytes);
        StringWriter texto = new StringWriter();
        ResultadoJson.escribir(resultado, texto);
        assertArrayEquals(esperado, bytes.toByteArray(), "OutputStream");
        assertEquals(new String(esperado, StandardCharsets.UTF_8), texto.toString(), "Writer");
        assertEquals(new String(esperado, StandardCharsets.UTF_8), ResultadoJson.escribir(resultado), "String");
    }

    @Test
    void elEjemploDelSenceSaleIgualPorLosTresCaminos() throws Exception {
        mismosBytes(MOTOR.evaluar(LectorEvaluacion.estandar().leer(Path.of("../examples/evaluaciones/sence-2007.yaml"), MOTOR.metodologia().catalogo())));
    }

    @Test
    void evaluacionesGeneradasSalenIguales() throws Exception {
        Random azar = new Random(13);
        String[] indicadores = {"TERRITORIO_DEFINIDO", "PROGRAMA_ACORDADO"};
        for (int caso = 0; caso < 20; caso++) {
            StringBuilder unidades = new StringBuilder();
            int n = 1 + azar.nextInt(30);
            for (int u = 0; u < n; u++) {
                String criterio = azar.nextBoolean() ? "\"1.1\": {\"indicadores\": {\"" + indicadores[0] + "\": "
                        + azar.nextBoolean() + "}}" : "\"1.2\": {\"indicadores\": {\"" + indicadores[1] + "\": "
                        + azar.nextBoolean() + "}}";
                unidades.append(u == 0 ? "" : ",").append("{\"id\": \"u").append(u)
                        .append("\", \"nombre\": \"Región de Ñuble «").append(u).append("» \\\"citada\\\" \\\\ ☃\", ")
                        .append("\"criterios\": {").append(azar.nextInt(4) == 0 ? "" : criterio).append("}}");
            }
            String json = "{\"formato\": 1, \"servicio\": \"Servicio ü\", \"sigla\": \"S\", \"anio\": 2007, \"unidades\": ["
                    + unidades + "]}";
            mismosBytes(MOTOR.evaluar(LectorEvaluacion.estandar()
                    .leer(json.getBytes(StandardCharsets.UTF_8), Formato.JSON, "generada " + caso, MOTOR.metodologia().catalogo())));
        }
    }
}
