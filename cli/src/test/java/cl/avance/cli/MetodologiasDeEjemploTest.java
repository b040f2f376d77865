package cl.avance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.LectorEvaluacion;
import cl.avance.escenarios.EjecutorEscenarios;
import cl.avance.escenarios.InformePruebas;
import cl.avance.escenarios.LectorEscenarios;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Indicador;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.Motor;
import cl.avance.motor.SinMetodologiaException;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * examples/metodologias holds two methodologies, one per year: the default one narrowed to 2007, and an
 * illustrative 2008 variant with one more indicator in 1.3 and a lower bar for 1.2's top grade. It lives in the cli
 * module because compiling a methodology needs the DRL compiler, which the examples module (what a user of the
 * packaged rules gets) deliberately lacks.
 */
class MetodologiasDeEjemploTest {

    static final Path CARPETA = Path.of("../examples/metodologias");
    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");
    static final Metodologia DE_2007 = Metodologia.desdeCarpeta(CARPETA.resolve("gestion-territorial-2007"));
    static final Metodologia DE_2008 = Metodologia.desdeCarpeta(CARPETA.resolve("gestion-territorial-2008"));

    @Test
    void laDe2007EsLaMetodologiaPorDefectoAcotadaA2007() {
        Metodologia porDefecto = Metodologia.porDefecto();
        assertEquals(Set.of(2007), DE_2007.anios());
        assertEquals(porDefecto.origen(), DE_2007.origen());
        assertEquals(porDefecto.catalogo(), DE_2007.catalogo());
        assertEquals(Set.of(Metodologia.DESCRIPCION), distintos(porDefecto, DE_2007));
    }

    @Test
    void laDe2008CambiaSoloLoQueDiceCambiar() {
        assertEquals("2008.1", DE_2008.version());
        assertEquals(Set.of(2008), DE_2008.anios());
        assertEquals(Set.of(Metodologia.DESCRIPCION, "clasificacion/criterio_1_2.drl", "clasificacion/criterio_1_3.drl",
                        "recomendaciones/por_indicador.drl", "escenarios/criterio_1_2.yaml", "escenarios/criterio_1_3.yaml",
                        "escenarios/transversales.yaml"),
                distintos(DE_2007, DE_2008));
        List<String> de2007 = DE_2007.catalogo().indicadores().stream().map(Indicador::codigo).toList();
        List<String> de2008 = DE_2008.catalogo().indicadores().stream().map(Indicador::codigo).toList();
        assertEquals(de2007.size() + 1, de2008.size());
        assertTrue(de2008.containsAll(de2007));
        assertEquals("1.3", DE_2008.catalogo().indicador("SEGUIMIENTO_CONJUNTO").orElseThrow().criterio());
        assertTrue(DE_2007.catalogo().indicador("SEGUIMIENTO_CONJUNTO").isEmpty());
    }

    @Test
    void losEscenariosDeCadaUnaPasanYDisparanTodasSusReglas() throws Exception {
        for (Metodologia m : List.of(DE_2007, DE_2008)) {
            InformePruebas informe = EjecutorEscenarios.ejecutar(Motor.con(m),
                    new LectorEscenarios(m).leerDeLaMetodologia());
            assertEquals(0, informe.fallidos(), m.origen() + "\n" + informe.resumen());
            assertEquals(Set.of(), informe.reglasSinDisparar(), m.origen());
        }
    }

    @Test
    void cadaAnioTieneSuMetodologiaYUnAnioSinNingunaLasNombra() {
        Metodologias todas = Metodologias.desdeCarpeta(CARPETA);
        assertEquals(List.of("2007.1", "2008.1"), todas.todas().stream().map(Metodologia::version).toList());
        assertEquals("2007.1", todas.para(2007).version());
        assertEquals("2008.1", todas.para(2008).version());
        SinMetodologiaException e = assertThrows(SinMetodologiaException.class, () -> todas.para(2009));
        assertTrue(e.getMessage().contains("2007") && e.getMessage().contains("2008"), e.getMessage());
    }

    /** The real 2007 evaluation gets the same grades from the 2007 copy as from the default methodology. */
    @Test
    void elSence2007SeCalificaIgualConLaCopiaDe2007() throws Exception {
        Resultado porDefecto = Motor.porDefecto().evaluar(LectorEvaluacion.estandar()
                .leer(SENCE, Metodologia.porDefecto().catalogo()));
        Resultado copia = Motor.con(DE_2007).evaluar(LectorEvaluacion.estandar().leer(SENCE, DE_2007.catalogo()));
        assertEquals(porDefecto.unidades(), copia.unidades());
    }

    @Test
    void elEjemploDe2008UsaElIndicadorNuevoYElUmbralNuevo() throws Exception {
        Path archivo = Path.of("../examples/evaluaciones/sence-2008-ejemplo.yaml");
        Metodologia m = Metodologias.desdeCarpeta(CARPETA).para(2008);
        Resultado r = Motor.con(m).evaluar(LectorEvaluacion.estandar().leer(archivo, m.catalogo()));
        assertEquals("Sistema de Gestión Territorial, etapa 4 2008.1", r.reglas().origen());
        // Presented and agreed, not informed: the top grade in 2008 (it was AVANCE_MENOR in 2007).
        ResultadoCriterio norte12 = r.unidades().get(0).criterio("1.2");
        assertEquals(Avance.AVANCE_MAYOR, norte12.avance());
        assertEquals(List.of("REC-PROGRAMA_INFORMADO"), codigos(norte12));
        // The three indicators of 2007 are no longer enough in 1.3 without the new one.
        ResultadoCriterio centro13 = r.unidades().get(1).criterio("1.3");
        assertEquals(Avance.AVANCE_MENOR, centro13.avance());
        assertEquals(List.of("REC-SEGUIMIENTO_CONJUNTO"), codigos(centro13));
        assertEquals(Avance.AVANCE_MAYOR, r.unidades().get(0).criterio("1.3").avance());
    }

    private static List<String> codigos(ResultadoCriterio c) {
        return c.recomendaciones().stream().map(RecomendacionEstandar::codigo).toList();
    }

    /** The paths whose content differs between the two methodologies, or that only one has. */
    private static SortedSet<String> distintos(Metodologia a, Metodologia b) {
        SortedSet<String> rutas = new TreeSet<>(a.archivos().keySet());
        rutas.addAll(b.archivos().keySet());
        rutas.removeIf(r -> a.archivos().get(r) != null && a.archivos().get(r).equals(b.archivos().get(r)));
        return rutas;
    }
}
