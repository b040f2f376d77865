package cl.avance.importar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Spanish words as the vocabulary compares them: Lucene's standard tokenizer, lower case, accents folded
 * ({@code está} = {@code esta}), then Lucene's light Spanish stemmer ({@code definidos} = {@code definido}).
 * The same analysis runs on the document and on the vocabulary's phrases, so policy staff write phrases
 * as they would say them. Thread-safe.
 */
final class AnalizadorEspanol {

    /** One word of a text: its stem, and where it is in the text. */
    record Palabra(String raiz, int inicio, int fin) {
    }

    private static final Analyzer ANALIZADOR = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String campo) {
            Tokenizer fuente = new StandardTokenizer();
            TokenStream flujo = new LowerCaseFilter(fuente);
            flujo = new ASCIIFoldingFilter(flujo);
            flujo = new SpanishLightStemFilter(flujo);
            return new TokenStreamComponents(fuente, flujo);
        }
    };

    /** The same without stemming: for the prefixes of wildcard words ({@code inform*}). */
    private static final Analyzer PLEGADOR = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String campo) {
            Tokenizer fuente = new StandardTokenizer();
            return new TokenStreamComponents(fuente, new ASCIIFoldingFilter(new LowerCaseFilter(fuente)));
        }
    };

    private AnalizadorEspanol() {
    }

    /** The words of {@code texto}, in order. */
    static List<Palabra> palabras(String texto) {
        return palabras(ANALIZADOR, texto);
    }

    /** The words of {@code texto} lower-cased and without accents, not stemmed. */
    static List<String> plegadas(String texto) {
        return palabras(PLEGADOR, texto).stream().map(Palabra::raiz).toList();
    }

    private static List<Palabra> palabras(Analyzer analizador, String texto) {
        List<Palabra> palabras = new ArrayList<>();
        try (TokenStream flujo = analizador.tokenStream("texto", texto)) {
            CharTermAttribute termino = flujo.addAttribute(CharTermAttribute.class);
            OffsetAttribute posicion = flujo.addAttribute(OffsetAttribute.class);
            flujo.reset();
            while (flujo.incrementToken()) {
                palabras.add(new Palabra(termino.toString(), posicion.startOffset(), posicion.endOffset()));
            }
            flujo.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return palabras;
    }

    /** The stems of {@code texto}, in order. */
    static List<String> raices(String texto) {
        return palabras(texto).stream().map(Palabra::raiz).toList();
    }
}
