package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.criterio;
import static cl.avance.reglas.MotorCompartido.indicador;

import static cl.avance.reglas.MotorCompartido.MOTOR;
import static cl.avance.reglas.MotorCompartido.calificar;
import static cl.avance.reglas.MotorCompartido.evaluacion;
import static cl.avance.reglas.MotorCompartido.soloCumplidos;
import static cl.avance.reglas.MotorCompartido.unidad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RecomendacionesTest {

    static List<String> indicadores() {
        return MotorCompartido.CATALOGO.indicadores().stream().map(Indicador::codigo).toList();
    }

    @ParameterizedTest
    @MethodSource("indicadores")
    void cadaIndicadorNoCumplidoTieneSuRecomendacionConLaReglaQueLaDio(String codigo) {
        Indicador faltante = indicador(codigo);
        Criterio criterio = criterio(faltante.criterio());
        List<Indicador> demas = new ArrayList<>(criterio.indicadores());
        demas.remove(faltante);
        ResultadoCriterio r = calificar(soloCumplidos(criterio, demas.toArray(Indicador[]::new)));
        List<RecomendacionEstandar> recs = r.recomendaciones();
        assertEquals(List.of("REC-" + faltante.codigo()), recs.stream().map(RecomendacionEstandar::codigo).toList());
        assertFalse(recs.get(0).texto().isBlank());
        assertFalse(recs.get(0).regla().isBlank());
    }

    @Test
    void criterioNoAplicableNoRecibeRecomendaciones() {
        ResultadoCriterio r = calificar(cl.avance.modelo.CriterioInformado.noAplicable(criterio("2.1"), "No aplica"));
        assertEquals(List.of(), r.recomendaciones());
    }

    @Test
    void programaAcordadoSinAcuerdoFormalPideRegistrarloEnActa() {
        Resultado r = MOTOR.evaluar(evaluacion(unidad("u",
                soloCumplidos(criterio("1.2"), indicador("PROGRAMA_ACORDADO")),
                soloCumplidos(criterio("1.3"), indicador("COMPROMISOS_RESPALDADOS")))));
        List<String> codigos = codigos(r.unidades().get(0).criterio(criterio("1.3")));
        assertEquals(List.of("REC-ACTA_ACUERDOS", "REC-ACUERDO_FORMAL", "REC-PRESUPUESTO_INCORPORADO"), codigos);
        assertEquals("Registrar en un acta los acuerdos ya tomados en la instancia territorial",
                r.unidades().get(0).criterio(criterio("1.3")).recomendaciones().get(0).regla());
    }

    @Test
    void sinProgramaAcordadoNoSePideActa() {
        Resultado r = MOTOR.evaluar(evaluacion(unidad("u",
                soloCumplidos(criterio("1.2"), indicador("PROGRAMA_PRESENTADO")),
                soloCumplidos(criterio("1.3")))));
        assertFalse(codigos(r.unidades().get(0).criterio(criterio("1.3"))).contains("REC-ACTA_ACUERDOS"));
    }

    @Test
    void conAcuerdoFormalNoSePideActa() {
        Resultado r = MOTOR.evaluar(evaluacion(unidad("u",
                soloCumplidos(criterio("1.2"), indicador("PROGRAMA_ACORDADO")),
                soloCumplidos(criterio("1.3"), indicador("ACUERDO_FORMAL")))));
        assertFalse(codigos(r.unidades().get(0).criterio(criterio("1.3"))).contains("REC-ACTA_ACUERDOS"));
    }

    /** Units whose 1.3 has a formal agreement, with or without budget; plus noise that must not count. */
    private static Resultado servicio(int sinPresupuesto, int conPresupuesto) {
        List<Unidad> unidades = new ArrayList<>();
        for (int i = 0; i < sinPresupuesto; i++) {
            unidades.add(unidad("sin" + i, soloCumplidos(criterio("1.3"), indicador("ACUERDO_FORMAL"))));
        }
        for (int i = 0; i < conPresupuesto; i++) {
            unidades.add(unidad("con" + i, soloCumplidos(criterio("1.3"), indicador("ACUERDO_FORMAL"),
                    indicador("PRESUPUESTO_INCORPORADO"))));
        }
        // Not graded on 1.3: neither numerator nor denominator.
        unidades.add(unidad("central", cl.avance.modelo.CriterioInformado.noAplicable(criterio("1.3"), "No aplica")));
        unidades.add(unidad("vacia"));
        return MOTOR.evaluar(new cl.avance.modelo.Evaluacion("S", "S", 2007, unidades));
    }

    @Test
    void mayoriaConAcuerdoFormalSinPresupuestoLlevaUnaRecomendacionAlJefeDeServicio() {
        Resultado r = servicio(3, 2);
        assertEquals(List.of("REC-SERVICIO-PRESUPUESTO_REGIONAL"),
                r.recomendacionesAlServicio().stream().map(RecomendacionEstandar::codigo).toList());
        assertEquals(r.recomendacionesAlServicio(), r.informeEjecutivo().recomendacionesAlServicio());
    }

    @Test
    void laMitadExactaNoEsMayoria() {
        assertTrue(servicio(2, 2).recomendacionesAlServicio().isEmpty());
    }

    @Test
    void unaMinoriaNoLlevaRecomendacionAlServicio() {
        assertTrue(servicio(1, 4).recomendacionesAlServicio().isEmpty());
    }

    @Test
    void sinUnidadesCalificadasEn13NoHayRecomendacionAlServicio() {
        assertTrue(servicio(0, 0).recomendacionesAlServicio().isEmpty());
    }

    @Test
    void laDiscrepanciaNombraAmbosAvances() {
        ResultadoCriterio r = calificar(soloCumplidos(criterio("1.1"), indicador("TERRITORIO_DEFINIDO"))
                .conAutoevaluacion(Avance.AVANCE_MAYOR));
        assertEquals(Avance.AVANCE_MENOR, r.avance());
        assertEquals(Avance.AVANCE_MAYOR, r.discrepancia().orElseThrow().autoevaluacion());
        assertEquals(Avance.AVANCE_MENOR, r.discrepancia().orElseThrow().avance());
    }

    @Test
    void sinDiscrepanciaCuandoLaAutoevaluacionCoincide() {
        ResultadoCriterio r = calificar(soloCumplidos(criterio("1.1"), indicador("TERRITORIO_DEFINIDO"))
                .conAutoevaluacion(Avance.AVANCE_MENOR));
        assertTrue(r.discrepancia().isEmpty());
    }

    @Test
    void sinDiscrepanciaSinAutoevaluacion() {
        assertTrue(calificar(soloCumplidos(criterio("1.2"))).discrepancia().isEmpty());
    }

    private static List<String> codigos(ResultadoCriterio r) {
        return r.recomendaciones().stream().map(RecomendacionEstandar::codigo).toList();
    }
}
