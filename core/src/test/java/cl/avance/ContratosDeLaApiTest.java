package cl.avance;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static cl.avance.MetodologiaDePrueba.conReglas;
import static cl.avance.MetodologiaDePrueba.criterio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.escenarios.EjecutorEscenarios;
import cl.avance.escenarios.LectorEscenarios;
import cl.avance.modelo.Avance;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Evaluador;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.ProblemaDeRegla;
import cl.avance.motor.Reglas;
import cl.avance.motor.ReglasInvalidasException;
import cl.avance.motor.SinMetodologiaException;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import cl.avance.salida.InformeHtml;
import cl.avance.salida.InformeMarkdown;
import cl.avance.salida.InformeTexto;
import cl.avance.salida.ResultadoJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What an embedder relies on: arguments checked by name, one exception type, exceptions that travel. */
class ContratosDeLaApiTest {

    private static final String TODO_NO_APLICA = """
            package prueba
            import cl.avance.hechos.*
            import cl.avance.modelo.Avance
            rule "Todo no aplica"
            when
                $c : CriterioDeUnidad()
            then
                insert( new Calificacion( $c, Avance.NO_APLICA ) );
            end
            """;

    private static final Motor MOTOR = Motor.con(conReglas(Map.of("prueba/reglas.drl", TODO_NO_APLICA)));
    private static final Evaluacion UNA_UNIDAD =
            new Evaluacion("S", null, 2007, List.of(new Unidad("a", "A", Map.of())));
    private static final Resultado RESULTADO = MOTOR.evaluar(UNA_UNIDAD);

    private static Arguments caso(String llamada, String parametro, Executable ejecutable) {
        return Arguments.of(llamada, parametro, ejecutable);
    }

    static Stream<Arguments> motorYMetodologias() {
        return Stream.of(
                caso("Motor.con", "metodologia", () -> Motor.con(null)),
                caso("Motor.evaluar", "evaluacion", () -> MOTOR.evaluar(null)),
                caso("Evaluador.evaluar", "evaluacion", () -> ((Evaluador) MOTOR).evaluar(null)),
                caso("Motor.evaluar(_, alDisparar)", "alDisparar", () -> MOTOR.evaluar(UNA_UNIDAD, null)),
                caso("Motor.conPlazo", "plazo", () -> MOTOR.conPlazo(null)),
                caso("Motor.conPlazo(_, alVencer)", "alVencer", () -> MOTOR.conPlazo(Duration.ofSeconds(1), null)),
                caso("Metodologia.desdeTextos", "archivos", () -> Metodologia.desdeTextos(null)),
                caso("Metodologia.desdeCarpeta", "carpeta", () -> Metodologia.desdeCarpeta(null)),
                caso("Metodologias.de", "metodologias", () -> Metodologias.de(null)),
                caso("Metodologias.desdeCarpeta", "carpeta", () -> Metodologias.desdeCarpeta(null)),
                caso("Reglas.desdeTextos(origen)", "origen", () -> Reglas.desdeTextos(null, Map.of())),
                caso("Reglas.desdeTextos(archivos)", "archivos", () -> Reglas.desdeTextos("x", null)),
                caso("Reglas.esArchivoDeReglas", "ruta", () -> Reglas.esArchivoDeReglas(null)));
    }

    static Stream<Arguments> modelo() {
        return Stream.of(
                caso("new Evaluacion(servicio)", "servicio", () -> new Evaluacion(null, null, 2007, List.of())),
                caso("new Evaluacion(unidades)", "unidades", () -> new Evaluacion("S", null, 2007, null)),
                caso("new Evaluacion(unidades[0])", "unidades[0]",
                        () -> new Evaluacion("S", null, 2007, java.util.Arrays.asList((Unidad) null))),
                caso("new Unidad(id)", "id", () -> new Unidad(null, "A", Map.of())),
                caso("new Unidad(nombre)", "nombre", () -> new Unidad("a", null, Map.of())),
                caso("new Unidad(criterios)", "criterios", () -> new Unidad("a", "A", null)),
                caso("Unidad.criterio", "criterio", () -> new Unidad("a", "A", Map.of()).criterio(null)),
                caso("CriterioInformado.conIndicadores(criterio)", "criterio",
                        () -> CriterioInformado.conIndicadores(null, Map.of())),
                caso("CriterioInformado.conIndicadores(indicadores)", "indicadores",
                        () -> CriterioInformado.conIndicadores(criterio("1.1"), null)),
                caso("CriterioInformado.noAplicable(motivo)", "motivo",
                        () -> CriterioInformado.noAplicable(criterio("1.1"), null)),
                caso("new CriterioInformado(recomendaciones)", "recomendaciones",
                        () -> new CriterioInformado(criterio("1.1"), Map.of(), null, null, null, null, Set.of())),
                caso("new CriterioInformado(instancias)", "instancias",
                        () -> new CriterioInformado(criterio("1.1"), Map.of(), null, null, List.of(), null, null)),
                caso("CriterioInformado.estado", "indicador",
                        () -> CriterioInformado.conIndicadores(criterio("1.1"), Map.of()).estado(null)),
                caso("Catalogo.criterio", "codigo", () -> catalogo().criterio(null)),
                caso("Catalogo.indicador", "codigo", () -> catalogo().indicador(null)),
                caso("Evaluacion.nueva", "catalogo", () -> Evaluacion.nueva(null)),
                caso("ConstructorDeEvaluacion.servicio", "servicio", () -> Evaluacion.nueva(catalogo()).servicio(null)),
                caso("ConstructorDeEvaluacion.unidad", "id", () -> Evaluacion.nueva(catalogo()).unidad(null, "A")),
                caso("DeUnidad.criterio", "codigo",
                        () -> Evaluacion.nueva(catalogo()).unidad("a", "A", u -> u.criterio(null, c -> { }))),
                caso("DeCriterio.cumple", "codigos[0]", () -> Evaluacion.nueva(catalogo())
                        .unidad("a", "A", u -> u.criterio("1.1", c -> c.cumple((String) null)))));
    }

    static Stream<Arguments> resultadosEInformes() {
        ResultadoUnidad unidad = RESULTADO.unidades().get(0);
        return Stream.of(
                caso("ResultadoUnidad.criterio(Criterio)", "criterio",
                        () -> unidad.criterio((cl.avance.modelo.Criterio) null)),
                caso("ResultadoUnidad.criterio(String)", "codigo", () -> unidad.criterio((String) null)),
                caso("new ResultadoUnidad(criterios)", "criterios", () -> new ResultadoUnidad("a", "A", null)),
                caso("new Resultado(unidades)", "unidades", () -> new Resultado("S", null, 2007, RESULTADO.reglas(),
                        catalogo(), null, List.of())),
                caso("new ResultadoCriterio(reglas)", "reglas", () -> new ResultadoCriterio(criterio("1.1"),
                        Avance.NO_APLICA, null, List.of(), List.of(), List.of(), List.of(), Optional.empty())),
                caso("InformeTexto.escribir", "resultado", () -> InformeTexto.escribir((Resultado) null)),
                caso("InformeMarkdown.escribir", "resultado", () -> InformeMarkdown.escribir((Resultado) null)),
                caso("InformeHtml.escribir", "resultado", () -> InformeHtml.escribir((Resultado) null)),
                caso("ResultadoJson.escribir", "resultado", () -> ResultadoJson.escribir(null)),
                caso("ResultadoJson.escribirEnUnaLinea", "resultado", () -> ResultadoJson.escribirEnUnaLinea(null)));
    }

    static Stream<Arguments> lectoresYEscenarios() {
        return Stream.of(
                caso("LectorEvaluacion.leer(Path)", "archivo", () -> LectorEvaluacion.estandar().leer((Path) null, catalogo())),
                caso("LectorEvaluacion.leer(bytes, formato)", "formato",
                        () -> LectorEvaluacion.estandar().leer(new byte[0], null, "x", catalogo())),
                caso("new LectorEscenarios", "metodologia", () -> new LectorEscenarios(null)),
                caso("LectorEscenarios.leer", "ruta", () -> new LectorEscenarios(MetodologiaDePrueba.metodologia()).leer(null)),
                caso("EjecutorEscenarios.ejecutar(motor)", "motor", () -> EjecutorEscenarios.ejecutar(null, List.of())),
                caso("EjecutorEscenarios.ejecutar(escenarios)", "escenarios", () -> EjecutorEscenarios.ejecutar(MOTOR, null)));
    }

    private static void nombraElParametro(String llamada, String parametro, Executable ejecutable) {
        NullPointerException e = assertThrows(NullPointerException.class, ejecutable, llamada);
        assertEquals(parametro, e.getMessage(), llamada);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("motorYMetodologias")
    void motorYMetodologiasNombranElArgumentoNulo(String llamada, String parametro, Executable ejecutable) {
        nombraElParametro(llamada, parametro, ejecutable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelo")
    void elModeloNombraElArgumentoNulo(String llamada, String parametro, Executable ejecutable) {
        nombraElParametro(llamada, parametro, ejecutable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resultadosEInformes")
    void resultadosEInformesNombranElArgumentoNulo(String llamada, String parametro, Executable ejecutable) {
        nombraElParametro(llamada, parametro, ejecutable);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lectoresYEscenarios")
    void lectoresYEscenariosNombranElArgumentoNulo(String llamada, String parametro, Executable ejecutable) {
        nombraElParametro(llamada, parametro, ejecutable);
    }

    @Nested
    class UnaSolaJerarquia {

        @Test
        void cadaFallaDeAvanceEsUnaAvanceException() {
            AvanceException entrada = assertThrows(AvanceException.class, () -> LectorEvaluacion.estandar()
                    .leer("{".getBytes(StandardCharsets.UTF_8), Formato.JSON, "x.json", catalogo()));
            assertInstanceOf(EntradaInvalidaException.class, entrada);
            AvanceException reglas = assertThrows(AvanceException.class,
                    () -> Motor.con(conReglas(Map.of("p/a.drl", "package p\nrule \"x\" when then no compila end"))));
            assertInstanceOf(ReglasInvalidasException.class, reglas);
            AvanceException anio = assertThrows(AvanceException.class,
                    () -> Metodologias.de(List.of(Metodologia.desdeTextos(Map.of(
                            Metodologia.DESCRIPCION, MetodologiaDePrueba.descripcion().replace("anios: {desde: 1900}", "anios: [2007]"),
                            "prueba/reglas.drl", TODO_NO_APLICA)))).para(1950));
            assertInstanceOf(SinMetodologiaException.class, anio);
            AvanceException evaluacion = assertThrows(AvanceException.class, () -> fallida().evaluar(UNA_UNIDAD));
            assertInstanceOf(EvaluacionFallidaException.class, evaluacion);
        }

        @Test
        void lasListasDeErroresSobrevivenLaSerializacion() throws Exception {
            EntradaInvalidaException entrada = assertThrows(EntradaInvalidaException.class,
                    () -> new Evaluacion(" ", null, -5, List.of()));
            EntradaInvalidaException leida = ida_y_vuelta(entrada);
            assertEquals(entrada.errores(), leida.errores());
            assertEquals(3, leida.errores().size());
            assertEquals(entrada.archivo(), leida.archivo());
            assertEquals(entrada.getMessage(), leida.getMessage());

            ReglasInvalidasException reglas = assertThrows(ReglasInvalidasException.class,
                    () -> Motor.con(conReglas(Map.of("p/a.drl", "package p\nrule \"x\" when then no compila end"))));
            ReglasInvalidasException leidas = ida_y_vuelta(reglas);
            assertFalse(leidas.problemas().isEmpty());
            assertEquals(reglas.problemas(), leidas.problemas());
        }

        @Test
        void laCausaDeUnaReglaQueFallaNoEsUnTipoDeKie() throws Exception {
            EvaluacionFallidaException e = assertThrows(EvaluacionFallidaException.class, () -> fallida().evaluar(UNA_UNIDAD));
            assertTrue(e.getMessage().startsWith("La regla «Divide por cero» falló al ejecutarse (ArithmeticException"),
                    e.getMessage());
            List<Throwable> cadena = new ArrayList<>();
            for (Throwable t = e.getCause(); t != null && !cadena.contains(t); t = t.getCause()) {
                cadena.add(t);
            }
            assertFalse(cadena.isEmpty(), "the cause is kept, as plain Java");
            for (Throwable t : cadena) {
                for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                    assertFalse(c.getName().startsWith("org.kie.") || c.getName().startsWith("org.drools."),
                            "cause of type " + c.getName());
                }
                for (Throwable s : t.getSuppressed()) {
                    assertFalse(s.getClass().getName().startsWith("org."), s.getClass().getName());
                }
            }
            assertTrue(cadena.stream().anyMatch(t -> t instanceof ArithmeticException), cadena.toString());
            // What Drools said is kept as text.
            assertTrue(cadena.get(0).getMessage().contains("org.kie.api.runtime.rule.ConsequenceException"),
                    cadena.get(0).toString());
            EvaluacionFallidaException leida = ida_y_vuelta(e);
            assertEquals(e.getMessage(), leida.getMessage());
        }

        private static Motor fallida() {
            return Motor.con(conReglas(Map.of("prueba/reglas.drl", TODO_NO_APLICA + """
                    rule "Divide por cero"
                    when
                        CriterioDeUnidad( codigo == "2.1" )
                    then
                        int cero = 0;
                        insert( Integer.valueOf( 1 / cero ) );
                    end
                    """)));
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T ida_y_vuelta(T t) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(t);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        }
    }

    @Test
    void unProblemaDeReglaYUnErrorDeEntradaSonSerializables() {
        assertInstanceOf(java.io.Serializable.class, new ProblemaDeRegla("a.drl", 1, 2, "m", null));
        assertInstanceOf(java.io.Serializable.class, ErrorDeEntrada.delDocumento("m"));
    }
}
