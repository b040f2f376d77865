package cl.avance.ejemplos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.motor.Motor;
import cl.avance.salida.InformeHtml;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SENCE HTML report in a real browser (headless Chromium, through scripts/captura-informe.sh): it renders
 * the grade colours and prints to PDF. CI installs Chromium and this test then must run; elsewhere it is
 * skipped when Chromium is missing. The screenshot stays in target/ for a person to look at.
 */
class InformeEnNavegadorTest {

    /** Colours of the grade badges in InformeHtml's style sheet. */
    private static final int MAYOR = 0xd3ecd9;
    private static final int MENOR = 0xfbe8bd;
    private static final int SIN_AVANCE = 0xf6d5d1;

    @Test
    void elInformeHtmlSeVeYSeImprimeEnChromium(@TempDir Path dir) throws Exception {
        boolean hayChromium = Files.isExecutable(Path.of("/usr/bin/chromium"));
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(hayChromium, "CI debe instalar chromium (.ci/run)");
        }
        Assumptions.assumeTrue(hayChromium, "sin Chromium en esta máquina");

        Path html = dir.resolve("sence-2007.html");
        Files.writeString(html, InformeHtml.escribir(Motor.porDefecto()
                .evaluar(LectorEvaluacion.estandar().leer(Sence2007Test.SENCE, Motor.porDefecto().metodologia().catalogo()))));
        Path png = Path.of("target/sence-2007.png").toAbsolutePath();
        Path pdf = Path.of("target/sence-2007.pdf").toAbsolutePath();
        Files.deleteIfExists(png);
        Files.deleteIfExists(pdf);
        Process p = new ProcessBuilder("bash", "../scripts/captura-informe.sh", html.toString(), png.toString(),
                pdf.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "Chromium no terminó");
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));

        BufferedImage imagen = ImageIO.read(png.toFile());
        assertEquals(1200, imagen.getWidth());
        assertTrue(pixeles(imagen, MAYOR) > 500, "se ven celdas de avance mayor");
        assertTrue(pixeles(imagen, MENOR) > 500, "se ven celdas de avance menor");
        assertTrue(pixeles(imagen, SIN_AVANCE) > 500, "se ven celdas sin avance");
        byte[] cabecera = Files.readAllBytes(pdf);
        assertTrue(cabecera.length > 10_000 && new String(cabecera, 0, 5).equals("%PDF-"), "PDF impreso");
    }

    private static long pixeles(BufferedImage imagen, int rgb) {
        long n = 0;
        for (int y = 0; y < imagen.getHeight(); y++) {
            for (int x = 0; x < imagen.getWidth(); x++) {
                int c = imagen.getRGB(x, y) & 0xffffff;
                if (Math.abs(((c >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 3
                        && Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 3
                        && Math.abs((c & 0xff) - (rgb & 0xff)) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }
}
