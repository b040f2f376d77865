package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import cl.avance.modelo.Unidad;
import cl.avance.salida.ResultadoJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The default methodology loaded from the cache (executable model) grades every evaluation exactly as the
 * same methodology compiled now (classic build): same JSON, byte for byte.
 */
class MotorDeLaCacheCalificaIgualTest {

    private static final Motor COMPILADO = Motor.con(MetodologiaDePrueba.metodologia(), CacheDeReglas.desactivada());
    private static final Motor DE_LA_CACHE = deLaCache();

    private static Motor deLaCache() {
        try {
            Motor motor = Motor.con(MetodologiaDePrueba.metodologia(),
                    EntradasDePrueba.conPorDefecto(Files.createTempDirectory("cache-de-reglas")));
            assertTrue(motor.deLaCache());
            return motor;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void calificaComoLaMetodologiaCompilada(@ForAll("evaluaciones") Evaluacion evaluacion) {
        assertEquals(ResultadoJson.escribir(COMPILADO.evaluar(evaluacion)), ResultadoJson.escribir(DE_LA_CACHE.evaluar(evaluacion)));
    }

    @Property(tries = 1)
    void tieneLasMismasReglas() {
        assertEquals(COMPILADO.nombresDeReglas(), DE_LA_CACHE.nombresDeReglas());
    }

    @Provide
    Arbitrary<Evaluacion> evaluaciones() {
        return unidades().list().ofMinSize(1).ofMaxSize(6).map(us -> {
            List<Unidad> conIds = new ArrayList<>();
            for (int i = 0; i < us.size(); i++) {
                conIds.add(new Unidad("u" + i, "Unidad " + i, us.get(i).criterios()));
            }
            return new Evaluacion("Servicio generado", "SG", 2007, conIds);
        });
    }

    private static Arbitrary<Unidad> unidades() {
        List<Arbitrary<CriterioInformado>> porCriterio = new ArrayList<>();
        for (Criterio c : MetodologiaDePrueba.catalogo().criterios()) {
            porCriterio.add(criterios(c).injectNull(0.15));
        }
        return Combinators.combine(porCriterio).as(lista -> {
            Map<Criterio, CriterioInformado> criterios = new LinkedHashMap<>();
            lista.stream().filter(c -> c != null).forEach(c -> criterios.put(c.criterio(), c));
            return new Unidad("u", "Unidad", criterios);
        });
    }

    /** Any report of {@code criterio}: indicators met, absent or left out, with or without text or own grade. */
    private static Arbitrary<CriterioInformado> criterios(Criterio criterio) {
        List<Indicador> indicadores = criterio.indicadores();
        Arbitrary<List<Boolean>> valores = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.3)
                .list().ofSize(indicadores.size());
        Arbitrary<Avance> autoevaluacion = Arbitraries.of(Avance.SIN_AVANCE, Avance.AVANCE_MENOR,
                Avance.AVANCE_MAYOR, Avance.NO_APLICA).injectNull(0.5);
        Arbitrary<String> desarrollo = Arbitraries.of("Se trabajó con otros servicios.", "", "  ").injectNull(0.5);
        Arbitrary<String> noAplica = Arbitraries.just("No corresponde a esta unidad").injectNull(0.9);
        Arbitrary<Set<Instancia>> instancias = criterio.admiteInstancias()
                ? Arbitraries.of(MetodologiaDePrueba.catalogo().instancias()).set().ofMaxSize(3)
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
}
