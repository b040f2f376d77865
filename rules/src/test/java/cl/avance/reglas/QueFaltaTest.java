package cl.avance.reglas;

import static cl.avance.reglas.MotorCompartido.MOTOR;
import static cl.avance.reglas.MotorCompartido.criterio;
import static cl.avance.reglas.MotorCompartido.indicador;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Motor;
import cl.avance.motor.TablaDeCalificacion;
import cl.avance.resultado.QueFalta;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.salida.ResultadoJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * "Qué falta para subir" is found through the rules: it agrees with a plain-Java rubric whose thresholds are
 * parameters, with the default methodology and after a threshold change in a copy of it.
 */
class QueFaltaTest {

    /**
     * A copy of the default methodology with two thresholds changed, as policy staff would: in 1.2 an agreed
     * programme alone is AVANCE_MAYOR; in 1.1 AVANCE_MENOR needs a shared diagnosis besides the territory.
     */
    static Metodologia cambiada() {
        Map<String, String> archivos = new TreeMap<>(Metodologia.porDefecto().archivos());
        archivos.put("clasificacion/criterio_1_2.drl", """
                package cl.avance.reglas.clasificacion

                import cl.avance.hechos.CriterioDeUnidad
                import cl.avance.hechos.Calificacion
                import cl.avance.modelo.Avance

                rule "1.2 Sin avance: no se cumple ningún indicador"
                when
                    $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumpleAlguno == false )
                then
                    insert( new Calificacion( $criterio, Avance.SIN_AVANCE ) );
                end

                rule "1.2 Avance menor: se cumple algún indicador, pero el programa no está acordado"
                when
                    $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumpleAlguno,
                                                  cumple( "PROGRAMA_ACORDADO" ) == false )
                then
                    insert( new Calificacion( $criterio, Avance.AVANCE_MENOR ) );
                end

                rule "1.2 Avance mayor: el programa está acordado en una instancia territorial"
                when
                    $criterio : CriterioDeUnidad( codigo == "1.2", aplica, informado, cumple( "PROGRAMA_ACORDADO" ) )
                then
                    insert( new Calificacion( $criterio, Avance.AVANCE_MAYOR ) );
                end
                """);
        String c11 = archivos.get("clasificacion/criterio_1_1.drl");
        String c11Cambiado = c11
                .replace("cumple( \"TERRITORIO_DEFINIDO\" ) == false )",
                        "( cumple( \"TERRITORIO_DEFINIDO\" ) == false || cumple( \"DIAGNOSTICO_COMPARTIDO\" ) == false ) )")
                .replace("cumple( \"TERRITORIO_DEFINIDO\" ), cumpleTodos == false )",
                        "cumple( \"TERRITORIO_DEFINIDO\" ), cumple( \"DIAGNOSTICO_COMPARTIDO\" ), cumpleTodos == false )");
        assertNotEquals(c11, c11Cambiado, "el cambio de umbral de 1.1 no se aplicó");
        archivos.put("clasificacion/criterio_1_1.drl", c11Cambiado);
        return Metodologia.desdeTextos(archivos);
    }

    private static final Motor CAMBIADO = Motor.con(cambiada());

    private static final OraculoQueFalta ORACULO = OraculoQueFalta.porDefecto();
    private static final OraculoQueFalta ORACULO_CAMBIADO = ORACULO
            .con("1.2", new OraculoQueFalta.Umbral(Set.of(), OraculoQueFalta.todos("1.2"), Set.of("PROGRAMA_ACORDADO")))
            .con("1.1", new OraculoQueFalta.Umbral(Set.of("TERRITORIO_DEFINIDO", "DIAGNOSTICO_COMPARTIDO"), Set.of(),
                    OraculoQueFalta.todos("1.1")));

    @Provide
    Arbitrary<Evaluacion> evaluaciones() {
        return Generadores.evaluaciones();
    }

    @Property(tries = 300)
    void coincideConLaRubricaEnJavaEnLaMetodologiaPorDefecto(@ForAll("evaluaciones") Evaluacion evaluacion) {
        comparar(MOTOR, ORACULO, evaluacion);
    }

    @Property(tries = 300)
    void sigueCoincidiendoTrasCambiarUmbralesEnLasReglas(@ForAll("evaluaciones") Evaluacion evaluacion) {
        comparar(CAMBIADO, ORACULO_CAMBIADO, evaluacion);
    }

    private static void comparar(Motor motor, OraculoQueFalta oraculo, Evaluacion evaluacion) {
        Resultado resultado = motor.evaluar(evaluacion);
        for (int i = 0; i < evaluacion.unidades().size(); i++) {
            Unidad unidad = evaluacion.unidades().get(i);
            for (Criterio c : motor.metodologia().catalogo().criterios()) {
                CriterioInformado informado = unidad.criterio(c);
                ResultadoCriterio r = resultado.unidades().get(i).criterio(c);
                assertEquals(oraculo.avance(informado), r.avance(), () -> unidad.id() + " " + c + ": " + informado);
                assertEquals(oraculo.queFalta(informado), r.queFalta(), () -> unidad.id() + " " + c + " (" + r.avance()
                        + "): " + informado);
            }
        }
    }

    private static ResultadoCriterio calificar(Motor motor, CriterioInformado criterio) {
        return motor.evaluar(MotorCompartido.evaluacion(MotorCompartido.unidad("u", criterio)))
                .unidades().get(0).criterio(criterio.criterio());
    }

    @Test
    void laCopiaCambiadaEsCompletaYCambiaLoQueFalta() {
        assertEquals(List.of(), TablaDeCalificacion.de(CAMBIADO).problemas());
        CriterioInformado soloInformado = MotorCompartido.soloCumplidos(criterio("1.2"), indicador("PROGRAMA_INFORMADO"));
        QueFalta antes = calificar(MOTOR, soloInformado).queFalta();
        QueFalta despues = calificar(CAMBIADO, soloInformado).queFalta();
        assertEquals(List.of(List.of(indicador("PROGRAMA_PRESENTADO"), indicador("PROGRAMA_ACORDADO"))),
                antes.mayor().orElseThrow().opciones());
        assertEquals(List.of(List.of(indicador("PROGRAMA_ACORDADO"))), despues.mayor().orElseThrow().opciones());
    }

    @Test
    void desdeSinAvanceUnaSolaOpcionPuedeLlevarHastaElMayor() {
        // Changed 1.2: nothing met. Any indicator gives at least AVANCE_MENOR; PROGRAMA_ACORDADO alone reaches the top.
        QueFalta q = calificar(CAMBIADO, MotorCompartido.soloCumplidos(criterio("1.2"))).queFalta();
        assertEquals(Avance.AVANCE_MENOR, q.siguiente().orElseThrow().avance());
        assertEquals(List.of(List.of(indicador("PROGRAMA_INFORMADO")), List.of(indicador("PROGRAMA_PRESENTADO")),
                List.of(indicador("PROGRAMA_ACORDADO"))), q.siguiente().orElseThrow().opciones());
        assertEquals(List.of(List.of(indicador("PROGRAMA_ACORDADO"))), q.mayor().orElseThrow().opciones());
    }

    @Test
    void enAvanceMayorOFueraDeLaEscalaNoFaltaNada() {
        assertEquals(QueFalta.NADA, calificar(MOTOR, MotorCompartido.soloCumplidos(criterio("1.3"), indicador("ACUERDO_FORMAL"),
                indicador("COMPROMISOS_RESPALDADOS"), indicador("PRESUPUESTO_INCORPORADO"))).queFalta());
        assertEquals(QueFalta.NADA, calificar(MOTOR, CriterioInformado.noAplicable(criterio("1.3"), "No corresponde")).queFalta());
        assertEquals(QueFalta.NADA, calificar(MOTOR, CriterioInformado.conIndicadores(criterio("1.3"), Map.of())).queFalta());
    }

    @Test
    void laFraseParaLaUnidadNombraLosIndicadoresPorSuTexto() {
        CriterioInformado c = MotorCompartido.soloCumplidos(criterio("1.3"), indicador("COMPROMISOS_RESPALDADOS"));
        assertEquals(List.of("Para alcanzar avance mayor en 1.3 falta: el programa es parte de un acuerdo formal (acta,"
                        + " protocolo, convenio) entre dos o más instituciones y los compromisos regionales están incorporados"
                        + " en el presupuesto del servicio."),
                calificar(MOTOR, c).queFalta().frases(criterio("1.3")));
    }

    @Test
    void conVariasCombinacionesLaFraseLasEnumera() {
        CriterioInformado nada = MotorCompartido.soloCumplidos(criterio("1.3"));
        assertEquals(List.of("Para alcanzar avance menor en 1.3 falta una de estas combinaciones: (1) el programa es parte"
                        + " de un acuerdo formal (acta, protocolo, convenio) entre dos o más instituciones; (2) los compromisos"
                        + " cuentan con respaldo formal de las instituciones participantes; (3) los compromisos regionales están"
                        + " incorporados en el presupuesto del servicio.",
                "Para alcanzar avance mayor en 1.3 falta: el programa es parte de un acuerdo formal (acta, protocolo,"
                        + " convenio) entre dos o más instituciones; los compromisos cuentan con respaldo formal de las"
                        + " instituciones participantes y los compromisos regionales están incorporados en el presupuesto del"
                        + " servicio."),
                calificar(MOTOR, nada).queFalta().frases(criterio("1.3")));
    }

    @Test
    void siNingunaCombinacionAlcanzaLaFraseLoDice() {
        QueFalta imposible = new QueFalta(Optional.of(new QueFalta.Meta(Avance.AVANCE_MAYOR, List.of())),
                Optional.of(new QueFalta.Meta(Avance.AVANCE_MAYOR, List.of())));
        assertEquals(List.of("Para alcanzar avance mayor en 1.3 no basta con cumplir los indicadores que faltan: las reglas"
                + " no lo dan en ningún caso."), imposible.frases(criterio("1.3")));
        assertTrue(QueFalta.NADA.frases(criterio("1.3")).isEmpty());
    }

    @Test
    void variosHilosLlenandoLaTablaDeUnMotorNuevoDanLoMismoQueUno() throws Exception {
        List<Evaluacion> evaluaciones = Generadores.evaluaciones().sampleStream().limit(60).toList();
        List<String> esperados = evaluaciones.stream().map(e -> ResultadoJson.escribir(MOTOR.evaluar(e))).toList();
        Motor nuevo = Motor.porDefecto(); // its "qué falta" table starts empty: the threads fill it together
        ExecutorService hilos = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futuros = new ArrayList<>();
            for (Evaluacion e : evaluaciones) {
                futuros.add(hilos.submit(() -> ResultadoJson.escribir(nuevo.evaluar(e))));
            }
            for (int i = 0; i < futuros.size(); i++) {
                assertEquals(esperados.get(i), futuros.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            hilos.shutdownNow();
        }
    }
}
