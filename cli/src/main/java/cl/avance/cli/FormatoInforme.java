package cl.avance.cli;

import cl.avance.resultado.Resultado;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import cl.avance.salida.ResultadoJson;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;

/** The forms {@code avance evaluar} writes. */
enum FormatoInforme {
    texto(InformeTexto::escribir),
    markdown(InformeMarkdown::escribir),
    html(InformeHtml::escribir),
    json(ResultadoJson::escribir) {
        @Override
        void escribir(Resultado resultado, Writer destino) throws IOException {
            try {
                ResultadoJson.escribir(resultado, destino); // streamed: a 200,000-unit result never becomes one string
            } catch (IOException e) {
                // Jackson wraps what the destination throws in an IOException of its own.
                if (e.getCause() instanceof EscrituraFallida f) {
                    throw f;
                }
                throw e;
            }
        }
    };

    private final Function<Resultado, String> escritor;

    FormatoInforme(Function<Resultado, String> escritor) {
        this.escritor = escritor;
    }

    String escribir(Resultado resultado) {
        return escritor.apply(resultado);
    }

    /** Writes the report to {@code destino}, flushed. */
    void escribir(Resultado resultado, Writer destino) throws IOException {
        destino.write(escribir(resultado));
        destino.flush();
    }
}
