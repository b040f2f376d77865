package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three reports for SENCE 2007, byte for byte, against files a person has read: any change to a
 * report's text shows up here as a diff to review. After a deliberate change, regenerate them with
 * {@code -Davance.regenerarInformes=true} (each run also leaves its reports in
 * {@code target/informes/}, to diff) and commit the new files with the change that explains them.
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

    /** The templates are compiled once and shared: renders from many threads at once give the same text. */
    @Test
    void losInformesSeEscribenIgualDesdeOchoHilosALaVez() throws Exception {
        List<Function<Resultado, String>> formatos = List.of(InformeTexto::escribir, InformeMarkdown::escribir,
                InformeHtml::escribir);
        List<String> esperados = formatos.stream().map(f -> f.apply(resultado)).toList();
        ExecutorService hilos = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> iguales = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                int formato = i % formatos.size();
                iguales.add(hilos.submit(() -> formatos.get(formato).apply(resultado).equals(esperados.get(formato))));
            }
            for (Future<Boolean> igual : iguales) {
                assertTrue(igual.get(60, TimeUnit.SECONDS));
            }
        } finally {
            hilos.shutdownNow();
        }
    }

    private static void comparar(String archivo, Function<Resultado, String> informe) throws Exception {
        Path dorado = DORADOS.resolve(archivo);
        String obtenido = informe.apply(resultado);
        // Beside the build output, for a diff when the comparison fails.
        Path escrito = Path.of("target/informes").resolve(archivo);
        Files.createDirectories(escrito.getParent());
        Files.writeString(escrito, obtenido, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("avance.regenerarInformes")) {
            Files.writeString(dorado, obtenido, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(dorado, StandardCharsets.UTF_8), obtenido, archivo);
    }
}
