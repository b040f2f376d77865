package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.indicador;

import static cl.avance.reglas.MotorCompartido.MOTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import cl.avance.salida.ResultadoJson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws the rubric must obey, on generated evaluations. */
class LeyesDeLaRubricaTest {

    @Provide
    Arbitrary<Evaluacion> evaluaciones() {
        return Generadores.evaluaciones();
    }

    @Provide
    Arbitrary<CriterioInformado> criterios() {
        return Generadores.criteriosCualesquiera();
    }

    @Property(tries = 2000)
    void losAvancesDeLasReglasCoincidenConLaRubricaEscritaEnJava(@ForAll("evaluaciones") Evaluacion evaluacion) {
        Resultado resultado = MOTOR.evaluar(evaluacion);
        for (int i = 0; i < evaluacion.unidades().size(); i++) {
            Unidad unidad = evaluacion.unidades().get(i);
            for (Criterio c : MotorCompartido.CATALOGO.criterios()) {
                CriterioInformado informado = unidad.criterio(c);
                assertEquals(OraculoRubrica.avance(informado), resultado.unidades().get(i).criterio(c).avance(),
                        () -> unidad.id() + " " + c + ": " + informado);
            }
        }
    }

    @Property(tries = 300)
    void cumplirUnIndicadorMasNuncaBajaElAvance(@ForAll("criterios") CriterioInformado criterio) {
        Avance antes = MotorCompartido.avance(criterio);
        for (Indicador indicador : criterio.criterio().indicadores()) {
            if (criterio.estado(indicador) == EstadoIndicador.CUMPLIDO) {
                continue;
            }
            Map<Indicador, Boolean> mas = new LinkedHashMap<>();
            mas.putAll(criterio.indicadores());
            mas.put(indicador, true);
            CriterioInformado mejorado = new CriterioInformado(criterio.criterio(), mas, criterio.autoevaluacion(),
                    criterio.desarrollo(), criterio.recomendaciones(), criterio.noAplica(), criterio.instancias());
            Avance despues = MotorCompartido.avance(mejorado);
            if (antes.enEscala()) {
                assertTrue(despues.enEscala() && despues.compareTo(antes) >= 0,
                        () -> indicador + " cumplido bajó " + antes + " a " + despues + " en " + criterio);
            } else if (antes == Avance.NO_APLICA) {
                assertEquals(Avance.NO_APLICA, despues);
            } else {
                assertTrue(despues.enEscala(), "un indicador informado saca al criterio de Sin información");
            }
        }
    }

    @Property(tries = 300)
    void cadaUnidadYCriterioRecibeExactamenteUnAvanceExplicado(@ForAll("evaluaciones") Evaluacion evaluacion) {
        Resultado resultado = MOTOR.evaluar(evaluacion);
        assertEquals(evaluacion.unidades().stream().map(Unidad::id).toList(),
                resultado.unidades().stream().map(ResultadoUnidad::id).toList());
        for (ResultadoUnidad u : resultado.unidades()) {
            assertEquals(MotorCompartido.CATALOGO.criterios(), List.copyOf(u.criterios().keySet()));
            for (ResultadoCriterio r : u.criterios().values()) {
                assertEquals(1, r.reglas().size(), () -> "reglas que decidieron " + u.id() + " " + r.criterio() + ": " + r.reglas());
            }
        }
        int celdas = resultado.informeEjecutivo().conteos().values().stream()
                .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).sum();
        assertEquals(evaluacion.unidades().size() * MotorCompartido.CATALOGO.criterios().size(), celdas);
    }

    @Property(tries = 200)
    void laMismaEntradaDaElMismoJson(@ForAll("evaluaciones") Evaluacion evaluacion) {
        assertEquals(ResultadoJson.escribir(MOTOR.evaluar(evaluacion)), ResultadoJson.escribir(MOTOR.evaluar(evaluacion)));
    }

    @Property(tries = 200)
    void elOrdenDeLosIndicadoresEnElArchivoNoCambiaNada(@ForAll("evaluaciones") Evaluacion evaluacion,
                                                        @ForAll Random azar) throws Exception {
        LectorEvaluacion lector = LectorEvaluacion.estandar();
        Evaluacion ordenada = lector.leer(EntradaV1.json(evaluacion, null).getBytes(StandardCharsets.UTF_8),
                Formato.JSON, "ordenada.json", MotorCompartido.CATALOGO);
        Evaluacion barajada = lector.leer(EntradaV1.json(evaluacion, azar).getBytes(StandardCharsets.UTF_8),
                Formato.JSON, "barajada.json", MotorCompartido.CATALOGO);
        assertEquals(ResultadoJson.escribir(MOTOR.evaluar(ordenada)), ResultadoJson.escribir(MOTOR.evaluar(barajada)));
    }

    @Property(tries = 300)
    void cadaIndicadorNoCumplidoDeUnCriterioCalificadoTieneSuRecomendacion(@ForAll("evaluaciones") Evaluacion evaluacion) {
        for (ResultadoUnidad u : MOTOR.evaluar(evaluacion).unidades()) {
            for (ResultadoCriterio r : u.criterios().values()) {
                List<String> codigos = r.recomendaciones().stream().map(RecomendacionEstandar::codigo).toList();
                if (r.avance().enEscala()) {
                    r.indicadoresNoCumplidos().forEach(i -> assertTrue(codigos.contains("REC-" + i.codigo()), i::codigo));
                    r.indicadoresSinInformacion().forEach(i -> assertTrue(codigos.contains("REC-" + i.codigo()), i::codigo));
                } else if (r.avance() == Avance.SIN_INFORMACION) {
                    assertEquals(List.of("REC-COMPLETAR_REPORTE"), codigos);
                } else {
                    assertEquals(List.of(), codigos);
                }
            }
        }
    }
}
