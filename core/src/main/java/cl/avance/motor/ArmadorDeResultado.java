package cl.avance.motor;

import cl.avance.hechos.Calificacion;
import cl.avance.hechos.CriterioDeUnidad;
import cl.avance.hechos.Discrepancia;
import cl.avance.hechos.Recomendacion;
import cl.avance.hechos.RecomendacionAlServicio;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.QueFalta;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the conclusions of one session as the rules insert them, grouped by criterion, and turns them
 * into an immutable {@link Resultado}, checking that the rules gave every criterion exactly one grade.
 * Orders everything it can, so output does not depend on firing order.
 */
final class ArmadorDeResultado {

    private static final Comparator<RecomendacionEstandar> ORDEN = Comparator
            .comparing(RecomendacionEstandar::codigo)
            .thenComparing(RecomendacionEstandar::texto)
            .thenComparing(RecomendacionEstandar::regla);

    /** A fact a rule inserted, with the rule's name. */
    private record Conclusion<T>(T hecho, String regla) {
    }

    /** What the rules concluded about one criterion of one unit. */
    private static final class Conclusiones {
        final List<Conclusion<Calificacion>> calificaciones = new ArrayList<>(1);
        final List<Conclusion<Recomendacion>> recomendaciones = new ArrayList<>(4);
        final List<Discrepancia> discrepancias = new ArrayList<>(1);
    }

    private final Map<CriterioDeUnidad, Conclusiones> porCriterio;
    private final List<Conclusion<RecomendacionAlServicio>> alServicio = new ArrayList<>();

    /** @param criterios how many criteria the evaluation has (units × criteria), to size the table once */
    ArmadorDeResultado(int criterios) {
        porCriterio = new IdentityHashMap<>(criterios);
    }

    /** Takes a fact that {@code regla} inserted; facts that are not conclusions are ignored. */
    void agregar(Object hecho, String regla) {
        if (hecho instanceof Calificacion c) {
            de(c.getCriterio()).calificaciones.add(new Conclusion<>(c, regla));
        } else if (hecho instanceof Recomendacion r) {
            de(r.getCriterio()).recomendaciones.add(new Conclusion<>(r, regla));
        } else if (hecho instanceof Discrepancia d) {
            de(d.getCriterio()).discrepancias.add(d);
        } else if (hecho instanceof RecomendacionAlServicio r) {
            alServicio.add(new Conclusion<>(r, regla));
        }
    }

    /** Forgets a conclusion a rule deleted. */
    void quitar(Object hecho) {
        if (hecho instanceof Calificacion c) {
            de(c.getCriterio()).calificaciones.removeIf(x -> x.hecho() == hecho);
        } else if (hecho instanceof Recomendacion r) {
            de(r.getCriterio()).recomendaciones.removeIf(x -> x.hecho() == hecho);
        } else if (hecho instanceof Discrepancia d) {
            de(d.getCriterio()).discrepancias.removeIf(x -> x == hecho);
        } else if (hecho instanceof RecomendacionAlServicio) {
            alServicio.removeIf(x -> x.hecho() == hecho);
        }
    }

    private Conclusiones de(CriterioDeUnidad criterio) {
        return porCriterio.computeIfAbsent(criterio, k -> new Conclusiones());
    }

    /** A grade a rule gave, unchecked: what {@link TablaDeCalificacion} records. */
    record Calificada(Avance avance, String regla) {
    }

    /** Every grade the rules gave {@code criterio}, with the rule, in firing order, without any check. */
    List<Calificada> calificaciones(CriterioDeUnidad criterio) {
        Conclusiones de = porCriterio.get(criterio);
        if (de == null) {
            return List.of();
        }
        List<Calificada> dadas = new ArrayList<>(de.calificaciones.size());
        de.calificaciones.forEach(c -> dadas.add(new Calificada(c.hecho().getAvance(), c.regla())));
        return dadas;
    }

    Resultado armar(Evaluacion evaluacion, List<List<CriterioDeUnidad>> hechos, OrigenReglas origen, Catalogo catalogo,
                    BuscadorDeQueFalta queFalta) {
        // Grades first, checked, so that what each criterion lacks is worked out for all of them in one run.
        Map<CriterioDeUnidad, Avance> avances = new IdentityHashMap<>();
        List<BuscadorDeQueFalta.Pedido> pedidos = new ArrayList<>();
        for (int i = 0; i < evaluacion.unidades().size(); i++) {
            Unidad unidad = evaluacion.unidades().get(i);
            for (CriterioDeUnidad hecho : hechos.get(i)) {
                Avance avance = avance(hecho);
                avances.put(hecho, avance);
                pedidos.add(new BuscadorDeQueFalta.Pedido(unidad.criterio(hecho.getCriterio()), avance));
            }
        }
        BuscadorDeQueFalta.Consulta consulta = queFalta.preparar(pedidos);
        List<ResultadoUnidad> unidades = new ArrayList<>(evaluacion.unidades().size());
        for (int i = 0; i < evaluacion.unidades().size(); i++) {
            Unidad unidad = evaluacion.unidades().get(i);
            Map<Criterio, ResultadoCriterio> criterios = new LinkedHashMap<>();
            for (CriterioDeUnidad hecho : hechos.get(i)) {
                CriterioInformado informado = unidad.criterio(hecho.getCriterio());
                Avance avance = avances.get(hecho);
                criterios.put(hecho.getCriterio(), resultado(informado, hecho, avance, consulta.para(informado, avance)));
            }
            unidades.add(new ResultadoUnidad(unidad.id(), unidad.nombre(), criterios));
        }
        List<RecomendacionEstandar> alServicio = new ArrayList<>(this.alServicio.size());
        this.alServicio.forEach(c -> alServicio.add(new RecomendacionEstandar(c.hecho().getCodigo(), c.hecho().getTexto(), c.regla())));
        return new Resultado(evaluacion.servicio(), evaluacion.sigla(), evaluacion.anio(), origen, catalogo, unidades,
                ordenadasSinRepetir(alServicio, ORDEN));
    }

    /** The one grade the rules gave {@code hecho}. */
    private Avance avance(CriterioDeUnidad hecho) {
        Conclusiones de = porCriterio.get(hecho);
        if (de == null || de.calificaciones.isEmpty()) {
            throw new EvaluacionFallidaException("Ninguna regla calificó el criterio " + hecho.getCodigo()
                    + " de la unidad «" + hecho.getUnidad() + "»: las reglas de clasificación deben cubrir todos los casos.");
        }
        Avance avance = de.calificaciones.get(0).hecho().getAvance();
        for (Conclusion<Calificacion> otra : de.calificaciones) {
            if (otra.hecho().getAvance() != avance) {
                throw new EvaluacionFallidaException("Las reglas calificaron de forma distinta el criterio "
                        + hecho.getCodigo() + " de la unidad «" + hecho.getUnidad() + "»: " + quienDioQue(de)
                        + ". Cada criterio debe recibir un solo avance.");
            }
        }
        return avance;
    }

    private ResultadoCriterio resultado(CriterioInformado informado, CriterioDeUnidad hecho, Avance avance, QueFalta queFalta) {
        Conclusiones de = porCriterio.get(hecho);
        List<String> reglas = new ArrayList<>(de.calificaciones.size());
        for (Conclusion<Calificacion> otra : de.calificaciones) {
            reglas.add(otra.regla());
        }

        // The fact already split met from not met, as the rules saw it; the result also tells absent from
        // not reported.
        List<Indicador> cumplidos = new ArrayList<>();
        List<Indicador> noCumplidos = new ArrayList<>();
        List<Indicador> sinInformacion = new ArrayList<>();
        for (Indicador indicador : informado.criterio().indicadores()) {
            switch (informado.estado(indicador)) {
                case CUMPLIDO -> cumplidos.add(indicador);
                case NO_CUMPLIDO -> noCumplidos.add(indicador);
                case SIN_INFORMACION -> sinInformacion.add(indicador);
            }
        }

        List<RecomendacionEstandar> recomendaciones = new ArrayList<>(de.recomendaciones.size());
        for (Conclusion<Recomendacion> r : de.recomendaciones) {
            recomendaciones.add(new RecomendacionEstandar(r.hecho().getCodigo(), r.hecho().getTexto(), r.regla()));
        }
        // Two rules may flag the same disagreement: one is reported, whatever order the facts came in.
        Avance propia = null;
        for (Discrepancia d : de.discrepancias) {
            propia = propia == null || d.getAutoevaluacion().compareTo(propia) < 0 ? d.getAutoevaluacion() : propia;
        }
        Optional<DiscrepanciaAutoevaluacion> discrepancia = propia == null ? Optional.empty()
                : Optional.of(new DiscrepanciaAutoevaluacion(propia, avance));
        return new ResultadoCriterio(informado.criterio(), avance, ordenadasSinRepetir(reglas, Comparator.naturalOrder()),
                cumplidos, noCumplidos, sinInformacion, ordenadasSinRepetir(recomendaciones, ORDEN), discrepancia, queFalta);
    }

    private static String quienDioQue(Conclusiones de) {
        List<String> partes = new ArrayList<>();
        for (Conclusion<Calificacion> c : de.calificaciones) {
            partes.add("«" + c.regla() + "» dio " + c.hecho().getAvance());
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
