package cl.avance.salida;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A small result built by hand on the default catalogue, whose every text a unit or a rules folder can
 * supply comes from one function: the same result with hostile text and with plain text.
 */
final class ResultadoDePrueba {

    /** Everything that must not act in a report: terminal controls, Markdown, HTML, quotes, a line break, a tab. */
    static final String HOSTIL = "x \u001b[2J\u0007\u0000\u0085\u009b31m\u007f\u202e [x](http://e) ![i](http://e) **b** "
            + "`c` _u_ ~~s~~ $m$ <script>alert(1)</script> &amp; | \\ \"q\" 'a'\r\nsalto\ttab";

    private ResultadoDePrueba() {
    }

    /** The result, with {@code texto} applied to each piece of text (its argument says which piece). */
    static Resultado con(UnaryOperator<String> texto) {
        List<Criterio> criterios = MetodologiaDePrueba.catalogo().criterios();
        List<ResultadoUnidad> unidades = List.of(
                unidad("u1", texto.apply("# h"), criterios, texto, Avance.AVANCE_MENOR),
                unidad("u2", texto.apply("1. lista"), criterios, texto, Avance.AVANCE_MAYOR),
                unidad("u 3\"", texto.apply("- lista"), criterios, texto, Avance.SIN_INFORMACION));
        return new Resultado(texto.apply("servicio"), texto.apply("sigla"), 2007,
                new OrigenReglas(texto.apply("origen"), "0123456789abcdef0123456789abcdef"), MetodologiaDePrueba.catalogo(),
                unidades, List.of(new RecomendacionEstandar("RS`1|", texto.apply("> al servicio"), texto.apply("regla"))));
    }

    /** The hostile variant: each piece starts as a Markdown block would, then carries {@link #HOSTIL}. */
    static Resultado hostil() {
        return con(pieza -> pieza + " " + HOSTIL);
    }

    /** The same result with plain words. */
    static Resultado simple() {
        return con(pieza -> "Texto");
    }

    /**
     * Annotations with {@code texto} in each piece: "qué falta" on criterion 1.3 of every unit, a quote on the
     * first indicator of every criterion, and unit u2's grades provisional.
     */
    static Anotaciones anotaciones(UnaryOperator<String> texto) {
        return new Anotaciones() {
            @Override
            public List<String> queFalta(ResultadoUnidad unidad, ResultadoCriterio criterio) {
                return criterio.criterio().codigo().equals("1.3")
                        ? List.of(texto.apply("Para alcanzar avance mayor en 1.3 falta:"), texto.apply("2."))
                        : List.of();
            }

            @Override
            public Optional<String> cita(ResultadoUnidad unidad, ResultadoCriterio criterio, Indicador indicador) {
                return criterio.criterio().indicadores().get(0).equals(indicador)
                        ? Optional.of(texto.apply("cita")) : Optional.empty();
            }

            @Override
            public boolean provisional(ResultadoUnidad unidad, ResultadoCriterio criterio) {
                return unidad.id().equals("u2");
            }
        };
    }

    private static ResultadoUnidad unidad(String id, String nombre, List<Criterio> criterios, UnaryOperator<String> texto,
                                          Avance avance) {
        Map<Criterio, ResultadoCriterio> porCriterio = new LinkedHashMap<>();
        for (Criterio c : criterios) {
            List<Indicador> indicadores = c.indicadores();
            Optional<DiscrepanciaAutoevaluacion> discrepancia = avance == Avance.AVANCE_MENOR
                    ? Optional.of(new DiscrepanciaAutoevaluacion(Avance.AVANCE_MAYOR, avance)) : Optional.empty();
            porCriterio.put(c, new ResultadoCriterio(c, avance,
                    List.of(texto.apply("+ regla"), texto.apply("=== regla")),
                    indicadores.subList(0, 1),
                    indicadores.size() > 1 ? indicadores.subList(1, 2) : List.of(),
                    indicadores.size() > 2 ? indicadores.subList(2, indicadores.size()) : List.of(),
                    List.of(new RecomendacionEstandar("R`" + c.codigo() + "|", texto.apply("    recomendación"),
                            texto.apply("regla"))),
                    discrepancia));
        }
        return new ResultadoUnidad(id, nombre, porCriterio);
    }
}
