package cl.avance.salida;

import java.util.function.Function;

/** Lambdas the Markdown template calls. */
final class AyudasMarkdown {


    /** A code span holding the unescaped text inside it ({@code {{#enCodigo}}{{{x}}}{{/enCodigo}}}). */
    public Function<String, String> enCodigo() {
        return Escapes::codigoMarkdown;
    }
}
