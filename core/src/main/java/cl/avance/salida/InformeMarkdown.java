package cl.avance.salida;

import cl.avance.resultado.Resultado;
import java.util.Objects;

/**
 * The executive report as Markdown (GitHub-flavoured tables), for pasting into a document, from the template
 * {@code cl/avance/salida/informe.md.mustache}.
 */
public final class InformeMarkdown {

    private static final AyudasMarkdown AYUDAS = new AyudasMarkdown();

    private InformeMarkdown() {
    }

    /** The report for {@code resultado}; never null. */
    public static String escribir(Resultado resultado) {
        return escribir(VistaInforme.de(Objects.requireNonNull(resultado, "resultado")));
    }

    /** The report for a prepared view (with {@link Anotaciones}, say); never null. */
    public static String escribir(VistaInforme vista) {
        Objects.requireNonNull(vista, "vista");
        return Plantillas.escribir(Plantillas.markdown(), vista, AYUDAS);
    }
}
