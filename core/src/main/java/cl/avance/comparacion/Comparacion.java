package cl.avance.comparacion;

import cl.avance.modelo.Criterio;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The same evaluation graded by methodology A (the one in use) and methodology B (the candidate): only the
 * cells that differ, the recommendations to the head of service added and removed, and the totals.
 *
 * <p>A cell is listed when its grade, its recommendations (same code and same text) or its disagreement
 * with the unit's own grade differ, and always when its criterion is in one catalogue only. Criteria are
 * matched by code. Immutable.
 *
 * <pre>{@code
 * Comparacion c = Comparacion.de("sence-2007.yaml", motorA.evaluar(evaluacionA), motorB.evaluar(evaluacionB));
 * c.cambios().forEach(cambio -> System.out.println(cambio.unidad() + " " + cambio.criterio()));
 * }</pre>
 *
 * @param documento                          how the evaluation was named (its file), or empty
 * @param servicio                           the service evaluated
 * @param sigla                              its acronym, or null
 * @param anio                               the year evaluated
 * @param a                                  methodology A: name, version and fingerprint
 * @param b                                  methodology B: name, version and fingerprint
 * @param criterios                          every criterion of either catalogue: A's in A's order, then those only B has
 * @param cambios                            the cells that differ, unit by unit in input order, criteria in the order above
 * @param recomendacionesAlServicioAgregadas recommendations to the head of service B gives and A does not
 * @param recomendacionesAlServicioQuitadas  recommendations to the head of service A gives and B does not
 * @param totales                            the counts
 */
public record Comparacion(
        String documento,
        String servicio,
        String sigla,
        int anio,
        OrigenReglas a,
        OrigenReglas b,
        List<Criterio> criterios,
        List<CambioDeCriterio> cambios,
        List<RecomendacionEstandar> recomendacionesAlServicioAgregadas,
        List<RecomendacionEstandar> recomendacionesAlServicioQuitadas,
        Totales totales) {

    private static final Comparator<RecomendacionEstandar> POR_CODIGO =
            Comparator.comparing(RecomendacionEstandar::codigo).thenComparing(RecomendacionEstandar::texto);

    /** Creates a {@code Comparacion}, checking and copying its components as described above. */
    public Comparacion {
        Objects.requireNonNull(documento, "documento");
        Objects.requireNonNull(servicio, "servicio");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        criterios = List.copyOf(criterios);
        cambios = List.copyOf(cambios);
        recomendacionesAlServicioAgregadas = List.copyOf(recomendacionesAlServicioAgregadas);
        recomendacionesAlServicioQuitadas = List.copyOf(recomendacionesAlServicioQuitadas);
        Objects.requireNonNull(totales, "totales");
    }

    /** Compares two results of the same evaluation, with no document name. */
    public static Comparacion de(Resultado antes, Resultado despues) {
        return de("", antes, despues);
    }

    /**
     * Compares two results of the same evaluation: {@code antes} graded by methodology A, {@code despues} by B.
     *
     * @param documento how to name the evaluation in reports (its file), or empty
     * @throws IllegalArgumentException when the results are not of the same evaluation (service, year, units)
     */
    public static Comparacion de(String documento, Resultado antes, Resultado despues) {
        Objects.requireNonNull(antes, "antes");
        Objects.requireNonNull(despues, "despues");
        mismaEvaluacion(antes, despues);

        Map<String, Criterio> deA = porCodigo(antes.catalogo().criterios());
        Map<String, Criterio> deB = porCodigo(despues.catalogo().criterios());
        List<Criterio> criterios = new ArrayList<>(deA.values());
        deB.forEach((codigo, criterio) -> {
            if (!deA.containsKey(codigo)) {
                criterios.add(criterio);
            }
        });

        List<CambioDeCriterio> cambios = new ArrayList<>();
        long comparadas = 0;
        for (int i = 0; i < antes.unidades().size(); i++) {
            ResultadoUnidad ua = antes.unidades().get(i);
            ResultadoUnidad ub = despues.unidades().get(i);
            for (Criterio criterio : criterios) {
                Optional<ResultadoCriterio> ra = deA.containsKey(criterio.codigo())
                        ? Optional.of(ua.criterio(criterio.codigo())) : Optional.empty();
                Optional<ResultadoCriterio> rb = deB.containsKey(criterio.codigo())
                        ? Optional.of(ub.criterio(criterio.codigo())) : Optional.empty();
                if (ra.isPresent() && rb.isPresent()) {
                    comparadas++;
                }
                celda(ua, criterio.codigo(), ra, rb).ifPresent(cambios::add);
            }
        }
        List<RecomendacionEstandar> alServicioAgregadas =
                diferencia(despues.recomendacionesAlServicio(), antes.recomendacionesAlServicio());
        List<RecomendacionEstandar> alServicioQuitadas =
                diferencia(antes.recomendacionesAlServicio(), despues.recomendacionesAlServicio());
        Totales totales = new Totales(1, comparadas, cambios.size(),
                cambios.stream().filter(CambioDeCriterio::cambiaElAvance).count(),
                cambios.stream().filter(CambioDeCriterio::sube).count(),
                cambios.stream().filter(CambioDeCriterio::baja).count(),
                cambios.stream().mapToLong(c -> c.recomendacionesAgregadas().size()).sum(),
                cambios.stream().mapToLong(c -> c.recomendacionesQuitadas().size()).sum(),
                cambios.stream().filter(CambioDeCriterio::apareceDiscrepancia).count(),
                cambios.stream().filter(CambioDeCriterio::desapareceDiscrepancia).count(),
                cambios.stream().filter(c -> c.presencia() == Presencia.SOLO_EN_A).count(),
                cambios.stream().filter(c -> c.presencia() == Presencia.SOLO_EN_B).count(),
                alServicioAgregadas.size(), alServicioQuitadas.size());
        return new Comparacion(documento, antes.servicio(), antes.sigla(), antes.anio(), antes.reglas(),
                despues.reglas(), criterios, cambios, alServicioAgregadas, alServicioQuitadas, totales);
    }

    /** The cell's change, or empty when A and B agree on it. */
    private static Optional<CambioDeCriterio> celda(ResultadoUnidad unidad, String codigo,
                                                    Optional<ResultadoCriterio> ra, Optional<ResultadoCriterio> rb) {
        Presencia presencia = ra.isEmpty() ? Presencia.SOLO_EN_B : rb.isEmpty() ? Presencia.SOLO_EN_A : Presencia.EN_AMBAS;
        List<RecomendacionEstandar> deA = ra.map(ResultadoCriterio::recomendaciones).orElse(List.of());
        List<RecomendacionEstandar> deB = rb.map(ResultadoCriterio::recomendaciones).orElse(List.of());
        CambioDeCriterio cambio = new CambioDeCriterio(unidad.id(), unidad.nombre(), codigo, presencia,
                ra.map(ResultadoCriterio::avance), rb.map(ResultadoCriterio::avance),
                diferencia(deB, deA), diferencia(deA, deB),
                ra.flatMap(ResultadoCriterio::discrepancia), rb.flatMap(ResultadoCriterio::discrepancia));
        boolean igual = presencia == Presencia.EN_AMBAS && !cambio.cambiaElAvance()
                && cambio.recomendacionesAgregadas().isEmpty() && cambio.recomendacionesQuitadas().isEmpty()
                && cambio.discrepanciaAntes().equals(cambio.discrepanciaDespues());
        return igual ? Optional.empty() : Optional.of(cambio);
    }

    /**
     * The recommendations of {@code de} that {@code menos} lacks, by code and text (the rule that wrote it
     * does not matter to the unit), each once, ordered by code.
     */
    private static List<RecomendacionEstandar> diferencia(List<RecomendacionEstandar> de, List<RecomendacionEstandar> menos) {
        Map<List<String>, RecomendacionEstandar> resto = new LinkedHashMap<>();
        de.forEach(r -> resto.putIfAbsent(List.of(r.codigo(), r.texto()), r));
        menos.forEach(r -> resto.remove(List.of(r.codigo(), r.texto())));
        List<RecomendacionEstandar> lista = new ArrayList<>(resto.values());
        lista.sort(POR_CODIGO);
        return lista;
    }

    private static Map<String, Criterio> porCodigo(List<Criterio> criterios) {
        Map<String, Criterio> mapa = new LinkedHashMap<>();
        criterios.forEach(c -> mapa.put(c.codigo(), c));
        return mapa;
    }

    private static void mismaEvaluacion(Resultado antes, Resultado despues) {
        boolean misma = antes.servicio().equals(despues.servicio()) && antes.anio() == despues.anio()
                && Objects.equals(antes.sigla(), despues.sigla())
                && antes.unidades().size() == despues.unidades().size();
        for (int i = 0; misma && i < antes.unidades().size(); i++) {
            misma = antes.unidades().get(i).id().equals(despues.unidades().get(i).id());
        }
        if (!misma) {
            throw new IllegalArgumentException("Solo se comparan dos resultados de la misma evaluación (servicio, año y"
                    + " unidades en el mismo orden): «" + antes.servicio() + "» " + antes.anio() + " y «"
                    + despues.servicio() + "» " + despues.anio());
        }
    }

    /** Whether B changes nothing in this evaluation. */
    public boolean sinCambios() {
        return totales.sinCambios();
    }
}
