package cl.avance.importar;

import cl.avance.modelo.Avance;
import java.util.List;
import java.util.Map;

/**
 * The evidence vocabulary of a methodology ({@code vocabulario.yaml}), read and analysed: for each
 * indicator the phrases that show it is present or absent, and for the whole text the words that negate,
 * that end a negation's reach, that speak of the future or of work still in progress, and the phrasings of a
 * self-grade. Policy staff own the file; {@link LectorVocabulario} reads it. Immutable.
 *
 * @param hueco          how many words may stand between two words of a phrase
 * @param ventana        how many words after a negation it still reaches
 * @param negacion       cues that negate what follows ({@code no}, {@code sin}, {@code carece})
 * @param terminadores   words that end a negation's reach ({@code pero}, {@code sin embargo})
 * @param futuro         cues that make a sentence a plan or recommendation, not evidence
 * @param enCurso        cues of work not yet done ({@code se está realizando}): they negate like a negation
 * @param autoevaluacion grade → phrasings that state it
 * @param indicadores    indicator code → its phrases, in the catalogue's order
 */
record Vocabulario(int hueco, int ventana, List<Frase> negacion, List<Frase> terminadores, List<Frase> futuro,
                   List<Frase> enCurso, Map<Avance, List<Frase>> autoevaluacion, Map<String, FrasesDeIndicador> indicadores) {

    /**
     * What shows one indicator.
     *
     * @param presencia phrases that show it present (negated, they show it absent)
     * @param ausencia  phrases that show it absent by themselves ({@code cuando sea requerida})
     * @param requiere  when not empty, a sentence counts only if it also has one of these words
     */
    record FrasesDeIndicador(List<Frase> presencia, List<Frase> ausencia, List<Frase> requiere) {
    }
}
