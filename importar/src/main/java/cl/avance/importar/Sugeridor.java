package cl.avance.importar;

import cl.avance.importar.AnalizadorEspanol.Palabra;
import cl.avance.importar.Oraciones.Oracion;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Proposes indicator values and the self-grade of one criterion from that criterion's own text, each with the
 * sentence behind it.
 *
 * <ul>
 * <li>Only sentences of the criterion's «Desarrollo alcanzado» cell are evidence for indicators; its
 * «Recomendaciones» cell speaks of what should be done, not of what exists.
 * <li>A sentence with a future or recommendation cue ({@code se debería}, {@code para el 2008}) is no evidence.
 * <li>A phrase of an indicator suggests {@code true}; inside a negation's reach (NegEx: from a cue such as
 * {@code no}, {@code sin}, {@code carece} or a cue of unfinished work, for {@link Vocabulario#ventana()} words,
 * until a terminator such as {@code pero} or a {@code . ; : ( )}) it suggests {@code false}; so does an
 * «ausencia» phrase. Where one sentence says absent and another present, absent wins: the reviewer sees the
 * quote and decides.
 * <li>The self-grade is looked for in both cells (units often grade themselves in the second); two different
 * grades in one criterion give none.
 * </ul>
 */
final class Sugeridor {

    /** A suggested value with the sentence that supports it. */
    record Sugerencia(boolean valor, String cita) {
    }

    /** What the text of one criterion suggests. */
    record SugerenciasDeCriterio(Map<Indicador, Sugerencia> indicadores, Avance autoevaluacion, String citaAutoevaluacion) {
    }

    private static final String SIGNOS_TERMINADORES = ".;:()[]¿?¡!";

    private final Vocabulario vocabulario;

    Sugeridor(Vocabulario vocabulario) {
        this.vocabulario = Objects.requireNonNull(vocabulario, "vocabulario");
    }

    SugerenciasDeCriterio sugerir(Criterio criterio, List<String> desarrollo, List<String> recomendaciones) {
        List<Analizada> evidencia = new ArrayList<>();
        for (Oracion oracion : Oraciones.de(desarrollo)) {
            evidencia.add(new Analizada(oracion));
        }
        Map<Indicador, Sugerencia> indicadores = new LinkedHashMap<>();
        for (Indicador indicador : criterio.indicadores()) {
            Vocabulario.FrasesDeIndicador frases = vocabulario.indicadores().get(indicador.codigo());
            if (frases == null) {
                continue;
            }
            Sugerencia presente = null;
            Sugerencia ausente = null;
            for (Analizada oracion : evidencia) {
                if (!frases.requiere().isEmpty() && frases.requiere().stream().noneMatch(f -> !oracion.coincidencias(f).isEmpty())) {
                    continue;
                }
                // Within a sentence the first clause that mentions the indicator decides, the main clause
                // usually coming first («nace del convenio firmado …, instituciones que no forman parte de dicho
                // convenio»); within that clause, absent wins («los compromisos suscritos NO tienen respaldo»).
                int clause = Integer.MAX_VALUE;
                Boolean valor = null;
                for (Frase frase : frases.presencia()) {
                    for (int[] c : oracion.coincidencias(frase)) {
                        if (oracion.futuro[c[0]]) {
                            continue;
                        }
                        boolean presenteAqui = !oracion.negada(c);
                        int k = oracion.clausula[c[0]];
                        if (k < clause) {
                            clause = k;
                            valor = presenteAqui;
                        } else if (k == clause && !presenteAqui) {
                            valor = false;
                        }
                    }
                }
                for (Frase frase : frases.ausencia()) {
                    for (int[] c : oracion.coincidencias(frase)) {
                        if (oracion.futuro[c[0]] || oracion.negada(c)) {
                            continue;
                        }
                        int k = oracion.clausula[c[0]];
                        if (k <= clause) {
                            clause = k;
                            valor = false;
                        }
                    }
                }
                if (Boolean.TRUE.equals(valor) && presente == null) {
                    presente = new Sugerencia(true, oracion.texto);
                } else if (Boolean.FALSE.equals(valor) && ausente == null) {
                    ausente = new Sugerencia(false, oracion.texto);
                }
            }
            if (ausente != null) {
                indicadores.put(indicador, ausente);
            } else if (presente != null) {
                indicadores.put(indicador, presente);
            }
        }

        List<Analizada> todas = new ArrayList<>(evidencia);
        for (Oracion oracion : Oraciones.de(recomendaciones)) {
            todas.add(new Analizada(oracion));
        }
        Set<Avance> grados = new LinkedHashSet<>();
        Map<Avance, String> citas = new LinkedHashMap<>();
        for (Analizada oracion : todas) {
            for (Map.Entry<Avance, List<Frase>> e : vocabulario.autoevaluacion().entrySet()) {
                for (Frase frase : e.getValue()) {
                    if (!oracion.coincidencias(frase).isEmpty()) {
                        grados.add(e.getKey());
                        citas.putIfAbsent(e.getKey(), oracion.texto);
                    }
                }
            }
        }
        // "No hay grado de avance" also holds the words of weaker phrasings: the longest reading wins in one sentence.
        Avance grado = grados.size() == 1 ? grados.iterator().next() : null;
        return new SugerenciasDeCriterio(indicadores, grado, grado == null ? null : citas.get(grado));
    }

    /** A sentence with its words, what they mean to the matcher, and the reach of its negations. */
    private final class Analizada {
        final String texto;
        final List<Palabra> palabras;
        final List<String> plegadas;
        /** Indices into {@code palabras} of the words that are not small words. */
        final int[] contenido;
        final boolean[] negada;
        /** Words that belong to a terminator ({@code sin embargo}). */
        boolean[] terminador;
        /** Per word, the number of the clause it is in (clauses end at {@code , ; : ( )}). */
        final int[] clausula;
        /** Words in the reach of a future or recommendation cue: from the clause the cue is in to the end. */
        final boolean[] futuro;
        final boolean futura;

        Analizada(Oracion oracion) {
            this.texto = oracion.texto();
            this.palabras = AnalizadorEspanol.palabras(texto);
            List<String> plegadas = new ArrayList<>(palabras.size());
            for (Palabra p : palabras) {
                plegadas.add(AnalizadorEspanol.plegadas(texto.substring(p.inicio(), p.fin())).stream().findFirst().orElse(""));
            }
            this.plegadas = plegadas;
            List<Integer> indices = new ArrayList<>();
            for (int i = 0; i < palabras.size(); i++) {
                if (!LectorVocabulario.VACIAS.contains(palabras.get(i).raiz())) {
                    indices.add(i);
                }
            }
            this.contenido = indices.stream().mapToInt(Integer::intValue).toArray();
            boolean[] terminadores = new boolean[palabras.size()];
            marcarSeguidas(vocabulario.terminadores(), terminadores, null);
            this.terminador = terminadores;
            this.negada = alcanceDeNegaciones();
            this.clausula = new int[palabras.size()];
            for (int i = 1; i < palabras.size(); i++) {
                clausula[i] = clausula[i - 1]
                        + (hayCorteDeClausula(palabras.get(i - 1).fin(), palabras.get(i).inicio()) ? 1 : 0);
            }
            this.futuro = alcanceDelFuturo();
            boolean futura = false;
            for (boolean f : futuro) {
                futura |= f;
            }
            if (!futura && oracion.introduccion() != null && new Analizada(new Oracion(oracion.introduccion(), null)).futura) {
                // A list item introduced by a plan is part of the plan.
                java.util.Arrays.fill(futuro, true);
                futura = true;
            }
            this.futura = futura;
        }

        /** Every match of {@code frase}: the indices (into {@code palabras}) of its first and last word. */
        List<int[]> coincidencias(Frase frase) {
            List<int[]> encontradas = new ArrayList<>();
            int n = frase.palabras().size();
            for (int inicio = 0; inicio < contenido.length; inicio++) {
                if (!coincide(frase, 0, contenido[inicio])) {
                    continue;
                }
                int previa = inicio;
                int k = 1;
                while (k < n) {
                    int siguiente = -1;
                    for (int j = previa + 1; j < contenido.length && j <= previa + 1 + vocabulario.hueco(); j++) {
                        if (coincide(frase, k, contenido[j])) {
                            siguiente = j;
                            break;
                        }
                    }
                    if (siguiente < 0) {
                        break;
                    }
                    previa = siguiente;
                    k++;
                }
                if (k == n) {
                    encontradas.add(new int[] {contenido[inicio], contenido[previa]});
                }
            }
            return encontradas;
        }

        boolean negada(int[] coincidencia) {
            for (int i = coincidencia[0]; i <= coincidencia[1]; i++) {
                if (negada[i]) {
                    return true;
                }
            }
            return false;
        }

        private boolean coincide(Frase frase, int k, int indice) {
            // «sin» in «sin embargo» or «no» in «no obstante» is part of a terminator, not a word of a phrase.
            return (terminador == null || !terminador[indice]) && frase.coincide(k, palabras.get(indice).raiz(), plegadas.get(indice));
        }

        /**
         * A future or recommendation cue reaches back to the start of its clause (the last {@code , ; : (} or
         * the start of the sentence) and on to the end of the sentence: «no se ha acordado un procedimiento,
         * por lo tanto se debe definir uno» still says there is none.
         */
        private boolean[] alcanceDelFuturo() {
            boolean[] marcas = new boolean[palabras.size()];
            marcarSeguidas(vocabulario.futuro(), marcas, null);
            boolean[] alcance = new boolean[palabras.size()];
            for (int i = 0; i < marcas.length; i++) {
                if (!marcas[i]) {
                    continue;
                }
                int inicio = i;
                while (inicio > 0 && !hayCorteDeClausula(palabras.get(inicio - 1).fin(), palabras.get(inicio).inicio())) {
                    inicio--;
                }
                for (int j = inicio; j < alcance.length; j++) {
                    alcance[j] = true;
                }
                break;
            }
            return alcance;
        }

        private boolean hayCorteDeClausula(int desde, int hasta) {
            for (int i = desde; i < hasta; i++) {
                if (",;:()".indexOf(texto.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** NegEx: which words a negation reaches. */
        private boolean[] alcanceDeNegaciones() {
            boolean[] negadas = new boolean[palabras.size()];
            boolean[] clave = new boolean[palabras.size()];
            marcarSeguidas(vocabulario.negacion(), clave, terminador);
            marcarSeguidas(vocabulario.enCurso(), clave, terminador);
            int restante = 0;
            for (int i = 0; i < palabras.size(); i++) {
                if (i > 0 && hayTerminadorEntre(palabras.get(i - 1).fin(), palabras.get(i).inicio())) {
                    restante = 0;
                }
                if (terminador[i]) {
                    restante = 0;
                    continue;
                }
                if (clave[i]) {
                    restante = vocabulario.ventana();
                    continue;
                }
                if (restante > 0) {
                    negadas[i] = true;
                    if (!LectorVocabulario.VACIAS.contains(palabras.get(i).raiz())) {
                        restante--;
                    }
                }
            }
            return negadas;
        }

        private boolean hayTerminadorEntre(int desde, int hasta) {
            for (int i = desde; i < hasta; i++) {
                if (SIGNOS_TERMINADORES.indexOf(texto.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Marks the words of each cue found word for word (small words included), except where {@code salvo} is. */
        private void marcarSeguidas(List<Frase> frases, boolean[] marcas, boolean[] salvo) {
            for (Frase frase : frases) {
                int largo = frase.palabras().size();
                for (int i = 0; i + largo <= palabras.size(); i++) {
                    boolean igual = true;
                    for (int k = 0; k < largo && igual; k++) {
                        igual = coincide(frase, k, i + k) && (salvo == null || !salvo[i + k]);
                    }
                    if (igual) {
                        for (int k = 0; k < largo; k++) {
                            marcas[i + k] = true;
                        }
                    }
                }
            }
        }
    }
}
