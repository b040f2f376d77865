package cl.avance.motor;

import cl.avance.hechos.Calificacion;
import cl.avance.hechos.CriterioDeUnidad;
import cl.avance.hechos.Discrepancia;
import cl.avance.hechos.Recomendacion;
import cl.avance.hechos.RecomendacionAlServicio;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the conclusions of one session into an immutable {@link Resultado}, checking that the rules gave
 * every criterion exactly one grade. Orders everything it can, so output does not depend on firing order.
 */
final class ArmadorDeResultado {

    private static final Comparator<RecomendacionEstandar> ORDEN = Comparator
            .comparing(RecomendacionEstandar::codigo)
            .thenComparing(RecomendacionEstandar::texto)
            .thenComparing(RecomendacionEstandar::regla);

    private final Map<CriterioDeUnidad, List<Map.Entry<Calificacion, String>>> calificaciones = new IdentityHashMap<>();
    private final Map<CriterioDeUnidad, List<RecomendacionEstandar>> recomendaciones = new IdentityHashMap<>();
    private final Map<CriterioDeUnidad, Discrepancia> discrepancias = new IdentityHashMap<>();
    private final Set<RecomendacionEstandar> alServicio = new TreeSet<>(ORDEN);

    ArmadorDeResultado(Map<Object, String> conclusiones) {
        conclusiones.forEach((hecho, regla) -> {
            if (hecho instanceof Calificacion c) {
                calificaciones.computeIfAbsent(c.getCriterio(), k -> new ArrayList<>()).add(Map.entry(c, regla));
            } else if (hecho instanceof Recomendacion r) {
                recomendaciones.computeIfAbsent(r.getCriterio(), k -> new ArrayList<>())
                        .add(new RecomendacionEstandar(r.getCodigo(), r.getTexto(), regla));
            } else if (hecho instanceof Discrepancia d) {
                discrepancias.putIfAbsent(d.getCriterio(), d);
            } else if (hecho instanceof RecomendacionAlServicio r) {
                alServicio.add(new RecomendacionEstandar(r.getCodigo(), r.getTexto(), regla));
            }
        });
    }

    Resultado armar(Evaluacion evaluacion, List<List<CriterioDeUnidad>> hechos, OrigenReglas origen) {
        List<ResultadoUnidad> unidades = new ArrayList<>();
        for (int i = 0; i < evaluacion.unidades().size(); i++) {
            Unidad unidad = evaluacion.unidades().get(i);
            Map<Criterio, ResultadoCriterio> criterios = new EnumMap<>(Criterio.class);
            for (CriterioDeUnidad hecho : hechos.get(i)) {
                criterios.put(hecho.getCriterio(), resultado(unidad.criterio(hecho.getCriterio()), hecho));
            }
            unidades.add(new ResultadoUnidad(unidad.id(), unidad.nombre(), criterios));
        }
        return new Resultado(evaluacion.servicio(), evaluacion.sigla(), evaluacion.anio(), origen, unidades,
                List.copyOf(alServicio));
    }

    private ResultadoCriterio resultado(CriterioInformado informado, CriterioDeUnidad hecho) {
        List<Map.Entry<Calificacion, String>> dadas = calificaciones.getOrDefault(hecho, List.of());
        if (dadas.isEmpty()) {
            throw new EvaluacionFallidaException("Ninguna regla calificó el criterio " + hecho.getCodigo()
                    + " de la unidad «" + hecho.getUnidad() + "»: las reglas de clasificación deben cubrir todos los casos.");
        }
        Set<Avance> avances = dadas.stream().map(e -> e.getKey().getAvance()).collect(Collectors.toSet());
        if (avances.size() > 1) {
            String detalle = dadas.stream()
                    .map(e -> "«" + e.getValue() + "» dio " + e.getKey().getAvance())
                    .sorted()
                    .collect(Collectors.joining(", "));
            throw new EvaluacionFallidaException("Las reglas calificaron de forma distinta el criterio "
                    + hecho.getCodigo() + " de la unidad «" + hecho.getUnidad() + "»: " + detalle
                    + ". Cada criterio debe recibir un solo avance.");
        }
        Avance avance = dadas.get(0).getKey().getAvance();
        List<String> reglas = dadas.stream().map(Map.Entry::getValue).distinct().sorted().toList();

        List<Indicador> cumplidos = new ArrayList<>();
        List<Indicador> noCumplidos = new ArrayList<>();
        List<Indicador> sinInformacion = new ArrayList<>();
        for (Indicador indicador : informado.criterio().indicadores()) {
            EstadoIndicador estado = informado.estado(indicador);
            (estado == EstadoIndicador.CUMPLIDO ? cumplidos
                    : estado == EstadoIndicador.NO_CUMPLIDO ? noCumplidos : sinInformacion).add(indicador);
        }

        List<RecomendacionEstandar> recs = recomendaciones.getOrDefault(hecho, List.of()).stream()
                .distinct().sorted(ORDEN).toList();
        Optional<DiscrepanciaAutoevaluacion> discrepancia = Optional.ofNullable(discrepancias.get(hecho))
                .map(d -> new DiscrepanciaAutoevaluacion(d.getAutoevaluacion(), avance));
        return new ResultadoCriterio(informado.criterio(), avance, reglas, cumplidos, noCumplidos, sinInformacion,
                recs, discrepancia);
    }
}
