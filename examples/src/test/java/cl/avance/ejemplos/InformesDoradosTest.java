package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three reports for SENCE 2007, byte for byte, against files a person has read: any change to a
 * report's text shows up here as a diff to review. After a deliberate change, regenerate them with
 * {@code -Davance.regenerarInformes=true} and commit the new files with the change that explains them.
 */
class InformesDoradosTest {

    static final Path DORADOS = Path.of("src/test/resources/informes");

    private static Resultado resultado;

    @BeforeAll
    static void evaluar() throws Exception {
        resultado = Motor.porDefecto().evaluar(
                LectorEvaluacion.estandar().leer(Sence2007Test.SENCE, Motor.porDefecto().metodologia().catalogo()));
    }

    @Test
    void elInformeDeTextoEsElEsperado() throws Exception {
        comparar("sence-2007.txt", InformeTexto::escribir);
    }

    @Test
    void elInformeMarkdownEsElEsperado() throws Exception {
        comparar("sence-2007.md", InformeMarkdown::escribir);
    }

    @Test
    void elInformeHtmlEsElEsperado() throws Exception {
        comparar("sence-2007.html", InformeHtml::escribir);
    }

    private static void comparar(String archivo, Function<Resultado, String> informe) throws Exception {
        Path dorado = DORADOS.resolve(archivo);
        String obtenido = informe.apply(resultado);
        if (Boolean.getBoolean("avance.regenerarInformes")) {
            Files.writeString(dorado, obtenido, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(dorado, StandardCharsets.UTF_8), obtenido, archivo);
    }
}
