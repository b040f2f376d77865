package cl.avance.salida;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The three report templates ({@code cl/avance/salida/informe.*.mustache}), each compiled once, the first time a
 * report of its format is written, and shared: a compiled Mustache template is immutable and safe to render from many threads at once.
 * Each format has its own factory, whose {@code encode} is that format's escaper, so every {@code {{valor}}}
 * in a template is escaped for its format; {@code {{{valor}}}} (unescaped) is used only where a helper
 * escapes the value itself.
 */
final class Plantillas {

    private static final String CARPETA = "/cl/avance/salida/";

    private Plantillas() {
    }

    /** The text template, compiled the first time it is asked for (a class initialises once, thread-safely). */
    static Mustache texto() {
        return Texto.PLANTILLA;
    }

    /** The Markdown template, compiled the first time it is asked for. */
    static Mustache markdown() {
        return Markdown.PLANTILLA;
    }

    /** The HTML template, compiled the first time it is asked for. */
    static Mustache html() {
        return Html.PLANTILLA;
    }

    private static final class Texto {
        static final Mustache PLANTILLA = compilar("informe.txt.mustache", Escapes::texto);
    }

    private static final class Markdown {
        static final Mustache PLANTILLA = compilar("informe.md.mustache", Escapes::markdown);
    }

    private static final class Html {
        static final Mustache PLANTILLA = compilar("informe.html.mustache", Escapes::html);
    }

    /** Renders {@code plantilla} with the view and the format's helpers (lambdas the template calls). */
    static String escribir(Mustache plantilla, VistaInforme vista, Object ayudas) {
        StringWriter salida = new StringWriter(32_000);
        plantilla.execute(salida, new Object[] {vista, ayudas});
        return salida.toString();
    }

    private static Mustache compilar(String nombre, UnaryOperator<String> escape) {
        DefaultMustacheFactory fabrica = new DefaultMustacheFactory(Plantillas::leer) {
            @Override
            public void encode(String valor, Writer salida) {
                try {
                    salida.write(escape.apply(valor));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        fabrica.setObjectHandler(new Estricto());
        return fabrica.compile(nombre);
    }

    /** Templates come from this library's own jar, whatever the thread's context class loader sees. */
    private static InputStreamReader leer(String nombre) {
        InputStream entrada = Plantillas.class.getResourceAsStream(CARPETA + nombre);
        return entrada == null ? null : new InputStreamReader(entrada, StandardCharsets.UTF_8);
    }

    /**
     * Finds values on the view's records like Mustache always does, but a name the view does not have is a
     * bug of the template, not an empty string: it fails the first time the template renders it.
     */
    private static final class Estricto extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String nombre, List<Guard> guardas) {
            throw new MustacheException("La plantilla del informe nombra «" + nombre + "», que la vista no tiene");
        }
    }
}
