package cl.avance.salida;

import cl.avance.resultado.Resultado;
import java.util.Objects;

/**
 * The executive report as plain text for a terminal (UTF-8, lines under 100 columns where possible), from the
 * template {@code cl/avance/salida/informe.txt.mustache}.
 */
public final class InformeTexto {

    private InformeTexto() {
    }

    /** The report for {@code resultado}; never null. */
    public static String escribir(Resultado resultado) {
        return escribir(VistaInforme.de(Objects.requireNonNull(resultado, "resultado")));
    }

    /** The report for a prepared view (with {@link Anotaciones}, say); never null. */
    public static String escribir(VistaInforme vista) {
        Objects.requireNonNull(vista, "vista");
        return Plantillas.escribir(Plantillas.texto(), vista, new AyudasTexto(vista));
    }
}
