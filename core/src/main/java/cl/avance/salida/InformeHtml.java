package cl.avance.salida;

import cl.avance.resultado.Resultado;
import java.util.Objects;

/**
 * The executive report as one self-contained HTML page: no external asset, opens from disk, prints on
 * A4. The markup is well-formed XML (every element closed, only XML entities), so it can be checked
 * with any XML parser. From the template {@code cl/avance/salida/informe.html.mustache} and its style sheet
 * {@code informe.css.mustache}.
 */
public final class InformeHtml {

    private InformeHtml() {
    }

    /** The report for {@code resultado}; never null. */
    public static String escribir(Resultado resultado) {
        return escribir(VistaInforme.de(Objects.requireNonNull(resultado, "resultado")));
    }

    /** The report for a prepared view (with {@link Anotaciones}, say); never null. */
    public static String escribir(VistaInforme vista) {
        Objects.requireNonNull(vista, "vista");
        return Plantillas.escribir(Plantillas.html(), vista, new Object());
    }
}
