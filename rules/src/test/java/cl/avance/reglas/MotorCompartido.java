package cl.avance.reglas;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.motor.Motor;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import java.util.ArrayList;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Instancia;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default rules compiled once per test JVM, and small helpers to build evaluations. */
final class MotorCompartido {

    static final Motor MOTOR = Motor.porDefecto();
    static final Catalogo CATALOGO = MOTOR.metodologia().catalogo();

    static Criterio criterio(String codigo) {
        return CATALOGO.criterio(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }

    static Indicador indicador(String codigo) {
        return CATALOGO.indicador(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }

    static Instancia instancia(String codigo) {
        return CATALOGO.instancia(codigo).orElseThrow(() -> new IllegalArgumentException(codigo));
    }

    private MotorCompartido() {
    }

    /** An evaluation of the given units. */
    static Evaluacion evaluacion(Unidad... unidades) {
        return new Evaluacion("Servicio de prueba", "SP", 2007, List.of(unidades));
    }

    /** A unit that reported only the given criteria. */
    static Unidad unidad(String id, CriterioInformado... criterios) {
        Map<Criterio, CriterioInformado> porCriterio = new LinkedHashMap<>();
        for (CriterioInformado c : criterios) {
            porCriterio.put(c.criterio(), c);
        }
        return new Unidad(id, "Unidad " + id, porCriterio);
    }

    /** A criterion with the given indicators met and the given ones reported absent; others not reported. */
    static CriterioInformado criterio(Criterio criterio, List<Indicador> cumplidos, List<Indicador> ausentes) {
        Map<Indicador, Boolean> indicadores = new LinkedHashMap<>();
        ausentes.forEach(i -> indicadores.put(i, false));
        cumplidos.forEach(i -> indicadores.put(i, true));
        return CriterioInformado.conIndicadores(criterio, indicadores);
    }

    /** A criterion where exactly {@code cumplidos} are met and every other indicator is reported absent. */
    static CriterioInformado soloCumplidos(Criterio criterio, Indicador... cumplidos) {
        List<Indicador> si = List.of(cumplidos);
        List<Indicador> no = new ArrayList<>(criterio.indicadores());
        no.removeAll(si);
        return criterio(criterio, si, no);
    }

    /** Grades one criterion of a one-unit evaluation. */
    static ResultadoCriterio calificar(CriterioInformado criterio) {
        Resultado r = MOTOR.evaluar(evaluacion(unidad("u", criterio)));
        return r.unidades().get(0).criterio(criterio.criterio());
    }

    static Avance avance(CriterioInformado criterio) {
        return calificar(criterio).avance();
    }
}
