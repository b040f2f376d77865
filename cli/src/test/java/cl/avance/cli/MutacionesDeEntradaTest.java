package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Valid evaluations, damaged the way files get damaged (cut short, stray bytes, tokens swapped, a key
 * written twice): Avance grades them (0) or refuses them (2), never fails inside (70), never prints a
 * stack trace.
 */
class MutacionesDeEntradaTest {

    private static final Path DIR;
    private static final List<Semilla> SEMILLAS;

    static {
        try {
            DIR = Files.createTempDirectory("avance-mutaciones");
            String linea = "{\"formato\": 1, \"servicio\": \"Servicio de Ñuble\", \"sigla\": \"SÑ\", \"anio\": 2007, \"unidades\": ["
                    + "{\"id\": \"a\", \"nombre\": \"Región A\", \"criterios\": {\"1.1\": {\"indicadores\": "
                    + "{\"TERRITORIO_DEFINIDO\": true}}, \"1.2\": {\"indicadores\": {\"PROGRAMA_ACORDADO\": false}}}},"
                    + "{\"id\": \"b\", \"nombre\": \"Región B\", \"criterios\": {}}]}";
            SEMILLAS = List.of(
                    new Semilla("yaml", Files.readAllBytes(Path.of("../examples/evaluaciones/sence-2007.yaml"))),
                    new Semilla("json", linea.getBytes(StandardCharsets.UTF_8)),
                    new Semilla("jsonl", (linea + "\n" + linea + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Semilla(String extension, byte[] bytes) {
    }

    /** One damage to a file, chosen by {@code azar} so that shrinking keeps it reproducible. */
    enum Dano {
        TRUNCAR, INSERTAR_BYTES, INTERCAMBIAR_TOKENS, DUPLICAR_CLAVE;

        byte[] aplicar(byte[] original, Random azar) {
            return switch (this) {
                case TRUNCAR -> java.util.Arrays.copyOf(original, azar.nextInt(original.length));
                case INSERTAR_BYTES -> insertar(original, azar);
                case INTERCAMBIAR_TOKENS -> intercambiar(original, azar);
                case DUPLICAR_CLAVE -> duplicarClave(original, azar);
            };
        }

        private static byte[] insertar(byte[] original, Random azar) {
            byte[] extra = new byte[1 + azar.nextInt(8)];
            azar.nextBytes(extra);
            int donde = azar.nextInt(original.length + 1);
            byte[] nuevo = new byte[original.length + extra.length];
            System.arraycopy(original, 0, nuevo, 0, donde);
            System.arraycopy(extra, 0, nuevo, donde, extra.length);
            System.arraycopy(original, donde, nuevo, donde + extra.length, original.length - donde);
            return nuevo;
        }

        private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|[\\p{L}\\p{N}_.\\-]+|[{}\\[\\]:,]");

        private static byte[] intercambiar(byte[] original, Random azar) {
            String texto = new String(original, StandardCharsets.UTF_8);
            List<int[]> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(texto);
            while (m.find()) {
                tokens.add(new int[] {m.start(), m.end()});
            }
            int[] a = tokens.get(azar.nextInt(tokens.size()));
            int[] b = tokens.get(azar.nextInt(tokens.size()));
            if (a[0] > b[0]) {
                int[] t = a;
                a = b;
                b = t;
            }
            if (a[1] > b[0]) {
                return original;
            }
            return (texto.substring(0, a[0]) + texto.substring(b[0], b[1]) + texto.substring(a[1], b[0])
                    + texto.substring(a[0], a[1]) + texto.substring(b[1])).getBytes(StandardCharsets.UTF_8);
        }

        private static final Pattern CLAVE = Pattern.compile("(\"[^\"]+\"\\s*:\\s*(?:\"[^\"]*\"|[\\w.]+)\\s*,\\s*)|(?m)^(\\s*[\\w\"]+:\\s*\\S[^\\n]*\\n)");

        private static byte[] duplicarClave(byte[] original, Random azar) {
            String texto = new String(original, StandardCharsets.UTF_8);
            List<int[]> claves = new ArrayList<>();
            Matcher m = CLAVE.matcher(texto);
            while (m.find()) {
                claves.add(new int[] {m.start(), m.end()});
            }
            if (claves.isEmpty()) {
                return original;
            }
            int[] c = claves.get(azar.nextInt(claves.size()));
            return (texto.substring(0, c[1]) + texto.substring(c[0], c[1]) + texto.substring(c[1]))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    record Caso(Semilla semilla, List<Dano> danos, long semillaAzar) {
        byte[] bytes() {
            Random azar = new Random(semillaAzar);
            byte[] b = semilla.bytes();
            for (Dano d : danos) {
                b = b.length == 0 ? b : d.aplicar(b, azar);
            }
            return b;
        }

        @Override
        public String toString() {
            return semilla.extension() + " " + danos + " azar=" + semillaAzar;
        }
    }

    @Provide
    Arbitrary<Caso> casos() {
        return Combinators.combine(Arbitraries.of(SEMILLAS), Arbitraries.of(Dano.class).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.longs()).as(Caso::new);
    }

    @Property(tries = 200)
    void unArchivoDanadoSeCalificaOSeRechazaSinErrorInterno(@ForAll("casos") Caso caso) throws Exception {
        Path archivo = DIR.resolve("entrada." + caso.semilla().extension());
        Files.write(archivo, caso.bytes());
        AvanceCliTest.Corrida c = caso.semilla().extension().equals("jsonl")
                ? AvanceCliTest.avance("evaluar", "--lote", archivo.toString())
                : AvanceCliTest.avance("evaluar", archivo.toString(), "--formato", "json");
        assertTrue(c.codigo() == 0 || c.codigo() == 2, "código " + c.codigo() + ": " + c.errores());
        assertFalse(c.errores().contains("\tat ") || c.errores().contains("Exception"), c.errores());
    }

    @AfterContainer
    static void borrar() throws IOException {
        try (var archivos = Files.list(DIR)) {
            for (Path p : archivos.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(DIR);
    }
}
