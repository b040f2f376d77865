package cl.avance.cli;

import cl.avance.resultado.Resultado;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import cl.avance.salida.ResultadoJson;
import java.util.function.Function;

/** The forms {@code avance evaluar} writes. */
enum FormatoInforme {
    texto(InformeTexto::escribir),
    markdown(InformeMarkdown::escribir),
    html(InformeHtml::escribir),
    json(ResultadoJson::escribir);

    private final Function<Resultado, String> escritor;

    FormatoInforme(Function<Resultado, String> escritor) {
        this.escritor = escritor;
    }

    String escribir(Resultado resultado) {
        return escritor.apply(resultado);
    }
}
