package cl.avance.benchmarks;

import static cl.avance.benchmarks.Datos.criterio;
import static cl.avance.benchmarks.Datos.indicador;

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
import cl.avance.resultado.QueFalta;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default rubric written in plain Java: the baseline the engine's cost is compared with. It does the
 * same work as the default rules (grade, indicator lists, one recommendation per gap, the two cross
 * recommendations, discrepancies) and builds the same result types. Benchmarks only, never the product:
 * the product's grades come from the rules.
 */
public final class RubricaJava {

    private static final List<Indicador> INFORMACIONES = List.of(
            indicador("INFO_OFERTA"), indicador("INFO_GASTOS"), indicador("INFO_INVERSIONES"), indicador("INFO_BENEFICIARIOS"));
    private static final OrigenReglas ORIGEN = new OrigenReglas("rúbrica en Java", "0".repeat(64));
    private static final Comparator<RecomendacionEstandar> ORDEN = Comparator.comparing(RecomendacionEstandar::codigo);

    private RubricaJava() {
    }

    public static Resultado evaluar(Evaluacion evaluacion) {
        List<ResultadoUnidad> unidades = new ArrayList<>(evaluacion.unidades().size());
        int calificadas13 = 0;
        int sinPresupuesto = 0;
        for (Unidad unidad : evaluacion.unidades()) {
            Map<Criterio, ResultadoCriterio> criterios = new LinkedHashMap<>();
            for (Criterio criterio : Datos.CATALOGO.criterios()) {
                CriterioInformado c = unidad.criterio(criterio);
                ResultadoCriterio r = criterio(c, unidad);
                criterios.put(criterio, r);
                if (criterio.codigo().equals("1.3") && r.avance().enEscala()) {
                    calificadas13++;
                    if (c.estado(indicador("ACUERDO_FORMAL")) == EstadoIndicador.CUMPLIDO
                            && c.estado(indicador("PRESUPUESTO_INCORPORADO")) != EstadoIndicador.CUMPLIDO) {
                        sinPresupuesto++;
                    }
                }
            }
            unidades.add(new ResultadoUnidad(unidad.id(), unidad.nombre(), criterios));
        }
        List<RecomendacionEstandar> alServicio = calificadas13 > 0 && sinPresupuesto * 2 > calificadas13
                ? List.of(new RecomendacionEstandar("REC-SERVICIO-PRESUPUESTO_REGIONAL", "Asignar presupuesto regional.",
                        "java"))
                : List.of();
        return new Resultado(evaluacion.servicio(), evaluacion.sigla(), evaluacion.anio(), ORIGEN, Datos.CATALOGO, unidades, alServicio);
    }

    private static ResultadoCriterio criterio(CriterioInformado c, Unidad unidad) {
        List<Indicador> cumplidos = new ArrayList<>();
        List<Indicador> noCumplidos = new ArrayList<>();
        List<Indicador> sinInformacion = new ArrayList<>();
        for (Indicador i : c.criterio().indicadores()) {
            EstadoIndicador e = c.estado(i);
            (e == EstadoIndicador.CUMPLIDO ? cumplidos : e == EstadoIndicador.NO_CUMPLIDO ? noCumplidos : sinInformacion).add(i);
        }
        Avance avance = avance(c, cumplidos.size());
        List<RecomendacionEstandar> recomendaciones = new ArrayList<>();
        if (avance.enEscala()) {
            noCumplidos.forEach(i -> recomendaciones.add(recomendacion(i)));
            sinInformacion.forEach(i -> recomendaciones.add(recomendacion(i)));
            if (c.criterio().codigo().equals("1.3") && c.estado(indicador("ACUERDO_FORMAL")) != EstadoIndicador.CUMPLIDO) {
                CriterioInformado c12 = unidad.criterio(Datos.criterio("1.2"));
                if (c12.noAplica() == null && c12.estado(indicador("PROGRAMA_ACORDADO")) == EstadoIndicador.CUMPLIDO) {
                    recomendaciones.add(new RecomendacionEstandar("REC-ACTA_ACUERDOS", "Registrar en un acta.", "java"));
                }
            }
        } else if (avance == Avance.SIN_INFORMACION) {
            recomendaciones.add(new RecomendacionEstandar("REC-COMPLETAR_REPORTE", "Completar el reporte.", "java"));
        }
        recomendaciones.sort(ORDEN);
        Optional<DiscrepanciaAutoevaluacion> discrepancia = c.autoevaluacion() != null && c.autoevaluacion() != avance
                ? Optional.of(new DiscrepanciaAutoevaluacion(c.autoevaluacion(), avance))
                : Optional.empty();
        return new ResultadoCriterio(c.criterio(), avance, List.of("java"), cumplidos, noCumplidos, sinInformacion,
                recomendaciones, discrepancia, QueFalta.NADA);
    }

    static Avance avance(CriterioInformado c, int cumplidos) {
        if (c.noAplica() != null) {
            return Avance.NO_APLICA;
        }
        if (!c.informado()) {
            return Avance.SIN_INFORMACION;
        }
        if (cumplidos == c.criterio().indicadores().size()) {
            return Avance.AVANCE_MAYOR;
        }
        boolean hayAvance = switch (c.criterio().codigo()) {
            case "1.1" -> c.estado(indicador("TERRITORIO_DEFINIDO")) == EstadoIndicador.CUMPLIDO;
            case "1.2", "1.3" -> cumplidos > 0;
            case "2.1" -> INFORMACIONES.stream().anyMatch(i -> c.estado(i) == EstadoIndicador.CUMPLIDO);
            default -> throw new IllegalArgumentException(c.criterio().codigo());
        };
        return hayAvance ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
    }

    private static RecomendacionEstandar recomendacion(Indicador i) {
        return new RecomendacionEstandar("REC-" + i.codigo(), i.descripcion(), "java");
    }
}
