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

/**
 * Turns the conclusions of one session into an immutable {@link Resultado}, checking that the rules gave
 * every criterion exactly one grade. Orders everything it can, so output does not depend on firing order.
 */
final class ArmadorDeResultado {

    private static final Comparator<RecomendacionEstandar> ORDEN = Comparator
            .comparing(RecomendacionEstandar::codigo)
            .thenComparing(RecomendacionEstandar::texto)
            .thenComparing(RecomendacionEstandar::regla);

    /** What the rules concluded about one criterion of one unit. */
    private static final class Conclusiones {
        final List<Calificacion> calificaciones = new ArrayList<>(1);
        final List<String> reglas = new ArrayList<>(1);
        final List<RecomendacionEstandar> recomendaciones = new ArrayList<>(4);
        Discrepancia discrepancia;
    }

    private final Map<CriterioDeUnidad, Conclusiones> porCriterio;
    private final Set<RecomendacionEstandar> alServicio = new TreeSet<>(ORDEN);

    ArmadorDeResultado(Map<Object, String> conclusiones, int criterios) {
        porCriterio = new IdentityHashMap<>(criterios);
        conclusiones.forEach((hecho, regla) -> {
            if (hecho instanceof Calificacion c) {
                Conclusiones de = de(c.getCriterio());
                de.calificaciones.add(c);
                de.reglas.add(regla);
            } else if (hecho instanceof Recomendacion r) {
                de(r.getCriterio()).recomendaciones.add(new RecomendacionEstandar(r.getCodigo(), r.getTexto(), regla));
            } else if (hecho instanceof Discrepancia d) {
                Conclusiones de = de(d.getCriterio());
                // Two rules may flag the same disagreement; keep one, whatever the order facts come in.
                if (de.discrepancia == null
                        || d.getAutoevaluacion().compareTo(de.discrepancia.getAutoevaluacion()) < 0) {
                    de.discrepancia = d;
                }
            } else if (hecho instanceof RecomendacionAlServicio r) {
                alServicio.add(new RecomendacionEstandar(r.getCodigo(), r.getTexto(), regla));
            }
        });
    }

    private Conclusiones de(CriterioDeUnidad criterio) {
        return porCriterio.computeIfAbsent(criterio, k -> new Conclusiones());
    }

    Resultado armar(Evaluacion evaluacion, List<List<CriterioDeUnidad>> hechos, OrigenReglas origen) {
        List<ResultadoUnidad> unidades = new ArrayList<>(evaluacion.unidades().size());
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
        Conclusiones de = porCriterio.get(hecho);
        if (de == null || de.calificaciones.isEmpty()) {
            throw new EvaluacionFallidaException("Ninguna regla calificó el criterio " + hecho.getCodigo()
                    + " de la unidad «" + hecho.getUnidad() + "»: las reglas de clasificación deben cubrir todos los casos.");
        }
        Avance avance = de.calificaciones.get(0).getAvance();
        for (Calificacion otra : de.calificaciones) {
            if (otra.getAvance() != avance) {
                throw new EvaluacionFallidaException("Las reglas calificaron de forma distinta el criterio "
                        + hecho.getCodigo() + " de la unidad «" + hecho.getUnidad() + "»: " + quienDioQue(de)
                        + ". Cada criterio debe recibir un solo avance.");
            }
        }

        List<Indicador> cumplidos = new ArrayList<>();
        List<Indicador> noCumplidos = new ArrayList<>();
        List<Indicador> sinInformacion = new ArrayList<>();
        for (Indicador indicador : informado.criterio().indicadores()) {
            EstadoIndicador estado = informado.estado(indicador);
            (estado == EstadoIndicador.CUMPLIDO ? cumplidos
                    : estado == EstadoIndicador.NO_CUMPLIDO ? noCumplidos : sinInformacion).add(indicador);
        }

        Optional<DiscrepanciaAutoevaluacion> discrepancia = de.discrepancia == null ? Optional.empty()
                : Optional.of(new DiscrepanciaAutoevaluacion(de.discrepancia.getAutoevaluacion(), avance));
        return new ResultadoCriterio(informado.criterio(), avance, ordenadasSinRepetir(de.reglas, Comparator.naturalOrder()),
                cumplidos, noCumplidos, sinInformacion, ordenadasSinRepetir(de.recomendaciones, ORDEN), discrepancia);
    }

    private static String quienDioQue(Conclusiones de) {
        List<String> partes = new ArrayList<>();
        for (int i = 0; i < de.calificaciones.size(); i++) {
            partes.add("«" + de.reglas.get(i) + "» dio " + de.calificaciones.get(i).getAvance());
        }
        return String.join(", ", ordenadasSinRepetir(partes, Comparator.naturalOrder()));
    }

    /** Sorts {@code lista} in place and drops repeated elements; lists here hold a handful of elements. */
    private static <T> List<T> ordenadasSinRepetir(List<T> lista, Comparator<? super T> orden) {
        lista.sort(orden);
        for (int i = lista.size() - 1; i > 0; i--) {
            if (orden.compare(lista.get(i), lista.get(i - 1)) == 0) {
                lista.remove(i);
            }
        }
        return lista;
    }
}
