package cl.avance.reglas;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.QueFalta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plain-Java rubric whose thresholds are parameters, and "qué falta" worked out from it by brute force: every
 * subset of the indicators not met, graded, keeping those no proper subset of which also reaches the level. Test
 * code only, written without looking at how the product finds the sets.
 */
final class OraculoQueFalta {

    /**
     * How one criterion is graded, on the scale: {@code AVANCE_MAYOR} when every indicator of {@code paraMayor} is
     * met; else {@code AVANCE_MENOR} when every one of {@code paraMenor} is met and, if {@code algunoDe} is not
     * empty, at least one of it; else {@code SIN_AVANCE}.
     */
    record Umbral(Set<String> paraMenor, Set<String> algunoDe, Set<String> paraMayor) {
    }

    private final Map<String, Umbral> umbrales;

    private OraculoQueFalta(Map<String, Umbral> umbrales) {
        this.umbrales = Map.copyOf(umbrales);
    }

    /** methodology.md, "Default rubric". */
    static OraculoQueFalta porDefecto() {
        Map<String, Umbral> u = new HashMap<>();
        u.put("1.1", new Umbral(Set.of("TERRITORIO_DEFINIDO"), Set.of(), todos("1.1")));
        u.put("1.2", new Umbral(Set.of(), todos("1.2"), todos("1.2")));
        u.put("1.3", new Umbral(Set.of(), todos("1.3"), todos("1.3")));
        u.put("2.1", new Umbral(Set.of(), Set.of("INFO_OFERTA", "INFO_GASTOS", "INFO_INVERSIONES", "INFO_BENEFICIARIOS"),
                todos("2.1")));
        return new OraculoQueFalta(u);
    }

    /** This rubric with {@code criterio} graded by {@code umbral} instead. */
    OraculoQueFalta con(String criterio, Umbral umbral) {
        Map<String, Umbral> u = new HashMap<>(umbrales);
        u.put(criterio, umbral);
        return new OraculoQueFalta(u);
    }

    static Set<String> todos(String criterio) {
        Set<String> codigos = new HashSet<>();
        MotorCompartido.criterio(criterio).indicadores().forEach(i -> codigos.add(i.codigo()));
        return codigos;
    }

    /** The grade, with the methodology's precedence: no aplica, then sin información, then the thresholds. */
    Avance avance(CriterioInformado c) {
        if (c.noAplica() != null) {
            return Avance.NO_APLICA;
        }
        if (c.indicadores().isEmpty() && (c.desarrollo() == null || c.desarrollo().isBlank())) {
            return Avance.SIN_INFORMACION;
        }
        Set<String> cumplidos = new HashSet<>();
        c.criterio().indicadores().stream().filter(i -> c.estado(i) == EstadoIndicador.CUMPLIDO)
                .forEach(i -> cumplidos.add(i.codigo()));
        return enEscala(c.criterio().codigo(), cumplidos);
    }

    Avance enEscala(String criterio, Set<String> cumplidos) {
        Umbral u = umbrales.get(criterio);
        if (cumplidos.containsAll(u.paraMayor())) {
            return Avance.AVANCE_MAYOR;
        }
        boolean alguno = u.algunoDe().isEmpty() || u.algunoDe().stream().anyMatch(cumplidos::contains);
        return cumplidos.containsAll(u.paraMenor()) && alguno ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
    }

    /** What {@code c} lacks to climb, or {@link QueFalta#NADA} at the top or off the scale. */
    QueFalta queFalta(CriterioInformado c) {
        Avance avance = avance(c);
        if (avance != Avance.SIN_AVANCE && avance != Avance.AVANCE_MENOR) {
            return QueFalta.NADA;
        }
        Avance siguiente = avance == Avance.SIN_AVANCE ? Avance.AVANCE_MENOR : Avance.AVANCE_MAYOR;
        QueFalta.Meta s = new QueFalta.Meta(siguiente, minimos(c, siguiente));
        QueFalta.Meta m = new QueFalta.Meta(Avance.AVANCE_MAYOR, minimos(c, Avance.AVANCE_MAYOR));
        return new QueFalta(Optional.of(s), Optional.of(m));
    }

    private List<List<Indicador>> minimos(CriterioInformado c, Avance meta) {
        Criterio criterio = c.criterio();
        List<Indicador> faltan = criterio.indicadores().stream().filter(i -> c.estado(i) != EstadoIndicador.CUMPLIDO).toList();
        Set<String> cumplidos = new HashSet<>();
        criterio.indicadores().stream().filter(i -> c.estado(i) == EstadoIndicador.CUMPLIDO).forEach(i -> cumplidos.add(i.codigo()));
        List<Set<Indicador>> sirven = new ArrayList<>();
        for (int m = 0; m < (1 << faltan.size()); m++) {
            Set<Indicador> conjunto = new HashSet<>();
            Set<String> conEstos = new HashSet<>(cumplidos);
            for (int j = 0; j < faltan.size(); j++) {
                if ((m >> j & 1) == 1) {
                    conjunto.add(faltan.get(j));
                    conEstos.add(faltan.get(j).codigo());
                }
            }
            if (enEscala(criterio.codigo(), conEstos).compareTo(meta) >= 0) {
                sirven.add(conjunto);
            }
        }
        List<List<Indicador>> minimos = new ArrayList<>();
        for (Set<Indicador> s : sirven) {
            boolean tieneUnoMenor = sirven.stream().anyMatch(o -> o.size() < s.size() && s.containsAll(o));
            if (!tieneUnoMenor) {
                minimos.add(criterio.indicadores().stream().filter(s::contains).toList());
            }
        }
        Comparator<List<Indicador>> porTamanio = Comparator.comparingInt(List::size);
        minimos.sort(porTamanio.thenComparing((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int x = criterio.indicadores().indexOf(a.get(i));
                int y = criterio.indicadores().indexOf(b.get(i));
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }));
        return minimos;
    }
}
