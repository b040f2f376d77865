package cl.avance.reglas;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import cl.avance.modelo.Unidad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for reports of every shape the input format allows. */
final class Generadores {

    private Generadores() {
    }

    static Arbitrary<Evaluacion> evaluaciones() {
        return unidades().list().ofMinSize(1).ofMaxSize(6).map(us -> {
            List<Unidad> conIds = new ArrayList<>();
            for (int i = 0; i < us.size(); i++) {
                conIds.add(new Unidad("u" + i, "Unidad " + i, us.get(i).criterios()));
            }
            return new Evaluacion("Servicio generado", "SG", 2007, conIds);
        });
    }

    static Arbitrary<Unidad> unidades() {
        List<Arbitrary<CriterioInformado>> porCriterio = new ArrayList<>();
        for (Criterio c : MotorCompartido.CATALOGO.criterios()) {
            porCriterio.add(criterios(c).injectNull(0.15));
        }
        return Combinators.combine(porCriterio).as(lista -> {
            Map<Criterio, CriterioInformado> criterios = new LinkedHashMap<>();
            lista.stream().filter(c -> c != null).forEach(c -> criterios.put(c.criterio(), c));
            return new Unidad("u", "Unidad", criterios);
        });
    }

    /** Any report of {@code criterio}: indicators met, absent or left out, with or without text or own grade. */
    static Arbitrary<CriterioInformado> criterios(Criterio criterio) {
        List<Indicador> indicadores = criterio.indicadores();
        Arbitrary<List<Boolean>> valores = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3)
                .list().ofSize(indicadores.size());
        Arbitrary<Avance> autoevaluacion = Arbitraries.of(Avance.SIN_AVANCE, Avance.AVANCE_MENOR,
                Avance.AVANCE_MAYOR, Avance.NO_APLICA).injectNull(0.5);
        Arbitrary<String> desarrollo = Arbitraries.of("Se trabajó con otros servicios.", "", "  ").injectNull(0.5);
        Arbitrary<String> noAplica = Arbitraries.just("No corresponde a esta unidad").injectNull(0.9);
        Arbitrary<Set<Instancia>> instancias = criterio.admiteInstancias()
                ? Arbitraries.of(MotorCompartido.CATALOGO.instancias()).set().ofMaxSize(3)
                : Arbitraries.just(Set.of());
        return Combinators.combine(valores, autoevaluacion, desarrollo, noAplica, instancias)
                .as((vs, auto, texto, motivo, inst) -> {
                    Map<Indicador, Boolean> mapa = new LinkedHashMap<>();
                    for (int i = 0; i < indicadores.size(); i++) {
                        if (vs.get(i) != null) {
                            mapa.put(indicadores.get(i), vs.get(i));
                        }
                    }
                    return new CriterioInformado(criterio, mapa, auto, texto, List.of(), motivo, inst);
                });
    }

    static Arbitrary<CriterioInformado> criteriosCualesquiera() {
        return Arbitraries.of(MotorCompartido.CATALOGO.criterios()).flatMap(Generadores::criterios);
    }
}
