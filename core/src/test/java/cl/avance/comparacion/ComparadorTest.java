package cl.avance.comparacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import cl.avance.motor.Motor;
import cl.avance.resultado.DiscrepanciaAutoevaluacion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparadorTest {

    private static final Path SENCE = Path.of("../examples/evaluaciones/sence-2007.yaml");

    private static Motor porDefecto;

    @BeforeAll
    static void compilar() {
        porDefecto = Motor.con(MetodologiaDePrueba.metodologia());
    }

    /**
     * The default rubric (methodology.md, "Default rubric") in plain Java, with the two thresholds the test
     * changes as parameters.
     *
     * @param mayor11         indicators of 1.1 met (territory among them) that give "avance mayor"; 5 by default
     * @param acordadoBasta12 whether {@code PROGRAMA_ACORDADO} alone gives "avance mayor" in 1.2; not by default
     */
    record Rubrica(int mayor11, boolean acordadoBasta12) {
        static final Rubrica POR_DEFECTO = new Rubrica(5, false);

        Avance avance(CriterioInformado c) {
            if (c.noAplica() != null) {
                return Avance.NO_APLICA;
            }
            if (!c.informado()) {
                return Avance.SIN_INFORMACION;
            }
            List<Indicador> todos = c.criterio().indicadores();
            long cumplidos = todos.stream().filter(i -> c.estado(i) == EstadoIndicador.CUMPLIDO).count();
            return switch (c.criterio().codigo()) {
                case "1.1" -> !cumple(c, "TERRITORIO_DEFINIDO") ? Avance.SIN_AVANCE
                        : cumplidos >= mayor11 ? Avance.AVANCE_MAYOR : Avance.AVANCE_MENOR;
                case "1.2" -> cumplidos == todos.size() || (acordadoBasta12 && cumple(c, "PROGRAMA_ACORDADO"))
                        ? Avance.AVANCE_MAYOR : cumplidos > 0 ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
                case "1.3" -> cumplidos == todos.size() ? Avance.AVANCE_MAYOR
                        : cumplidos > 0 ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
                case "2.1" -> cumplidos == todos.size() ? Avance.AVANCE_MAYOR
                        : List.of("INFO_OFERTA", "INFO_GASTOS", "INFO_INVERSIONES", "INFO_BENEFICIARIOS").stream()
                                .anyMatch(i -> cumple(c, i)) ? Avance.AVANCE_MENOR : Avance.SIN_AVANCE;
                default -> throw new IllegalArgumentException(c.criterio().codigo());
            };
        }

        Optional<DiscrepanciaAutoevaluacion> discrepancia(CriterioInformado c) {
            Avance avance = avance(c);
            return c.autoevaluacion() == null || c.autoevaluacion() == avance ? Optional.empty()
                    : Optional.of(new DiscrepanciaAutoevaluacion(c.autoevaluacion(), avance));
        }

        private static boolean cumple(CriterioInformado c, String indicador) {
            return c.criterio().indicador(indicador).map(i -> c.estado(i) == EstadoIndicador.CUMPLIDO).orElse(false);
        }
    }

    @Test
    void conUmbralesCambiadosListaExactamenteLasCeldasQueElOraculoDiceQueCambian(@TempDir Path carpeta) throws Exception {
        Motor cambiado = Motor.con(MetodologiasModificadas.conUmbralesCambiados(carpeta));
        Evaluacion sence = LectorEvaluacion.estandar().leer(SENCE, MetodologiaDePrueba.catalogo());
        Rubrica nueva = new Rubrica(4, true);

        // The oracle agrees with the engine on the default rubric, so it can be trusted on the changed one.
        var resultado = porDefecto.evaluar(sence);
        for (int i = 0; i < sence.unidades().size(); i++) {
            Unidad unidad = sence.unidades().get(i);
            for (Criterio criterio : MetodologiaDePrueba.catalogo().criterios()) {
                assertEquals(Rubrica.POR_DEFECTO.avance(unidad.criterio(criterio)),
                        resultado.unidades().get(i).criterio(criterio).avance(), unidad.id() + " " + criterio);
            }
        }

        Map<String, CriterioInformado> esperadas = new LinkedHashMap<>();
        long suben = 0;
        long aparecen = 0;
        long desaparecen = 0;
        for (Unidad unidad : sence.unidades()) {
            for (Criterio criterio : MetodologiaDePrueba.catalogo().criterios()) {
                CriterioInformado c = unidad.criterio(criterio);
                if (Rubrica.POR_DEFECTO.avance(c) != nueva.avance(c)) {
                    esperadas.put(unidad.id() + " " + criterio.codigo(), c);
                    suben += nueva.avance(c).compareTo(Rubrica.POR_DEFECTO.avance(c)) > 0 ? 1 : 0;
                    aparecen += Rubrica.POR_DEFECTO.discrepancia(c).isEmpty() && nueva.discrepancia(c).isPresent() ? 1 : 0;
                    desaparecen += Rubrica.POR_DEFECTO.discrepancia(c).isPresent() && nueva.discrepancia(c).isEmpty() ? 1 : 0;
                }
            }
        }
        assertFalse(esperadas.isEmpty(), "el ejemplo del SENCE debe tener celdas que el cambio de umbral afecta");

        Comparacion comparacion = new Comparador(porDefecto, cambiado).comparar(SENCE);

        assertEquals(List.copyOf(esperadas.keySet()),
                comparacion.cambios().stream().map(c -> c.unidad() + " " + c.criterio()).toList());
        for (CambioDeCriterio cambio : comparacion.cambios()) {
            CriterioInformado c = esperadas.get(cambio.unidad() + " " + cambio.criterio());
            assertEquals(Presencia.EN_AMBAS, cambio.presencia());
            assertEquals(Optional.of(Rubrica.POR_DEFECTO.avance(c)), cambio.avanceAntes(), cambio.toString());
            assertEquals(Optional.of(nueva.avance(c)), cambio.avanceDespues(), cambio.toString());
            assertEquals(Rubrica.POR_DEFECTO.discrepancia(c), cambio.discrepanciaAntes(), cambio.toString());
            assertEquals(nueva.discrepancia(c), cambio.discrepanciaDespues(), cambio.toString());
            // Recommendations follow the indicators not met, which a threshold does not change.
            assertEquals(List.of(), cambio.recomendacionesAgregadas());
            assertEquals(List.of(), cambio.recomendacionesQuitadas());
        }
        Totales t = comparacion.totales();
        assertEquals(sence.unidades().size() * 4L, t.celdasComparadas());
        assertEquals(esperadas.size(), t.celdasConCambios());
        assertEquals(esperadas.size(), t.cambiosDeAvance());
        assertEquals(suben, t.suben());
        assertEquals(0, t.bajan(), "bajar un umbral no baja ninguna calificación");
        assertEquals(aparecen, t.discrepanciasAparecidas());
        assertEquals(desaparecen, t.discrepanciasDesaparecidas());
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.2-umbrales", comparacion.b().origen());
        assertEquals(SENCE.toString(), comparacion.documento());
    }

    @Test
    void unaMetodologiaComparadaConsigoMismaNoCambiaNada() throws Exception {
        Comparacion comparacion = new Comparador(porDefecto, porDefecto).comparar(SENCE);
        assertEquals(List.of(), comparacion.cambios());
        assertTrue(comparacion.sinCambios());
        assertEquals(List.of(), comparacion.recomendacionesAlServicioAgregadas());
        long celdas = comparacion.totales().celdasComparadas();
        assertTrue(celdas > 0);
        assertEquals(new Totales(1, celdas, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), comparacion.totales());
    }

    @Test
    void unIndicadorQueSoloTieneElCatalogoDeBEsUnErrorQueNombraALaMetodologiaA(@TempDir Path dir) throws Exception {
        Motor nueva = Motor.con(MetodologiasModificadas.conIndicadorYCriterioNuevos(dir.resolve("m2008")));
        Path archivo = dir.resolve("con-indicador-nuevo.json");
        Files.writeString(archivo, """
                {"formato": 1, "servicio": "S", "anio": 2008, "unidades": [
                  {"id": "a", "nombre": "A", "criterios": {"1.2": {"indicadores": {"PROGRAMA_EVALUADO": true}}}}]}
                """);

        EntradaNoComparableException e = assertThrows(EntradaNoComparableException.class,
                () -> new Comparador(porDefecto, nueva).comparar(archivo));

        assertEquals(1, e.rechazos().size(), e.getMessage());
        assertEquals("A", e.rechazos().get(0).metodologia());
        assertEquals("unidades[0].criterios.1.2.indicadores.PROGRAMA_EVALUADO", e.rechazos().get(0).errores().get(0).ruta());
        assertTrue(e.getMessage().startsWith("«" + archivo + "» no se puede comparar: la metodología A («Sistema de Gestión"
                + " Territorial, etapa 4 2007.1») no la acepta (1 error):\n  unidades[0].criterios.1.2.indicadores."
                + "PROGRAMA_EVALUADO: "), e.getMessage());

        // The other way round, B refuses it: the message names B.
        EntradaNoComparableException alReves = assertThrows(EntradaNoComparableException.class,
                () -> new Comparador(nueva, porDefecto).comparar(archivo));
        assertEquals("B", alReves.rechazos().get(0).metodologia());
        assertTrue(alReves.getMessage().contains("la metodología B («Sistema de Gestión Territorial, etapa 4 2007.1»)"),
                alReves.getMessage());
    }

    @Test
    void unCriterioQueSoloTieneUnCatalogoSeInformaComoSoloEnByNoRompeNada(@TempDir Path dir) throws Exception {
        Motor nueva = Motor.con(MetodologiasModificadas.conIndicadorYCriterioNuevos(dir));

        Comparacion comparacion = new Comparador(porDefecto, nueva).comparar(SENCE);
        Comparacion alReves = new Comparador(nueva, porDefecto).comparar(SENCE);

        int unidades = comparacion.totales().celdasComparadas() > 0 ? (int) comparacion.totales().celdasComparadas() / 4 : 0;
        List<CambioDeCriterio> soloEnB = comparacion.cambios().stream().filter(c -> c.criterio().equals("2.2")).toList();
        assertEquals(unidades, soloEnB.size());
        assertTrue(soloEnB.stream().allMatch(c -> c.presencia() == Presencia.SOLO_EN_B && c.avanceAntes().isEmpty()
                && c.avanceDespues().equals(Optional.of(Avance.SIN_INFORMACION))));
        assertEquals(unidades, comparacion.totales().celdasSoloEnB());
        assertEquals("2.2", comparacion.criterios().get(comparacion.criterios().size() - 1).codigo());
        assertEquals(unidades, alReves.totales().celdasSoloEnA());
        assertTrue(alReves.cambios().stream().filter(c -> c.criterio().equals("2.2"))
                .allMatch(c -> c.presencia() == Presencia.SOLO_EN_A && c.avanceDespues().isEmpty()));
        // The indicator added to 1.2 makes "all three" four: a unit that met the three is no longer at the top.
        assertEquals(comparacion.totales().bajan(), alReves.totales().suben());
    }

    @Test
    void unTextoDeRecomendacionReescritoSeListaComoQuitadoYAgregadoEnCadaUnidadQueLoRecibe(@TempDir Path carpeta)
            throws Exception {
        MetodologiasModificadas.exportar(carpeta);
        MetodologiasModificadas.editar(carpeta, "recomendaciones/por_indicador.drl",
                "\"Definir explícitamente el territorio del programa", "\"Definir por escrito el territorio del programa");
        Motor reescrita = Motor.con(cl.avance.motor.Metodologia.desdeCarpeta(carpeta));
        Evaluacion sence = LectorEvaluacion.estandar().leer(SENCE, MetodologiaDePrueba.catalogo());
        Criterio c11 = MetodologiaDePrueba.criterio("1.1");
        Indicador territorio = MetodologiaDePrueba.indicador("TERRITORIO_DEFINIDO");
        List<String> conBrecha = sence.unidades().stream()
                .filter(u -> u.criterio(c11).noAplica() == null && u.criterio(c11).informado()
                        && u.criterio(c11).estado(territorio) != EstadoIndicador.CUMPLIDO)
                .map(Unidad::id).toList();
        assertFalse(conBrecha.isEmpty());

        Comparacion comparacion = new Comparador(porDefecto, reescrita).comparar(SENCE);

        assertEquals(conBrecha.stream().map(u -> u + " 1.1").toList(),
                comparacion.cambios().stream().map(c -> c.unidad() + " " + c.criterio()).toList());
        for (CambioDeCriterio cambio : comparacion.cambios()) {
            assertFalse(cambio.cambiaElAvance());
            assertEquals("REC-TERRITORIO_DEFINIDO", cambio.recomendacionesAgregadas().get(0).codigo());
            assertTrue(cambio.recomendacionesAgregadas().get(0).texto().startsWith("Definir por escrito"));
            assertEquals(1, cambio.recomendacionesAgregadas().size());
            assertTrue(cambio.recomendacionesQuitadas().get(0).texto().startsWith("Definir explícitamente"));
            assertEquals(1, cambio.recomendacionesQuitadas().size());
        }
        assertEquals(conBrecha.size(), comparacion.totales().recomendacionesAgregadas());
        assertEquals(conBrecha.size(), comparacion.totales().recomendacionesQuitadas());
        assertEquals(0, comparacion.totales().cambiosDeAvance());
    }

    @Test
    void unaEvaluacionYaLeidaSeComparaPorCodigos() throws Exception {
        Evaluacion sence = LectorEvaluacion.estandar().leer(SENCE, MetodologiaDePrueba.catalogo());
        Comparacion deArchivo = new Comparador(porDefecto, porDefecto).comparar(SENCE);
        Comparacion deEvaluacion = new Comparador(porDefecto, porDefecto).comparar(sence);
        assertEquals(deArchivo.totales(), deEvaluacion.totales());
    }

    @Test
    void dosResultadosDeEvaluacionesDistintasNoSeComparan() throws Exception {
        Evaluacion sence = LectorEvaluacion.estandar().leer(SENCE, MetodologiaDePrueba.catalogo());
        Evaluacion otra = new Evaluacion(sence.servicio(), sence.sigla(), 2008, sence.unidades());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Comparacion.de(porDefecto.evaluar(sence), porDefecto.evaluar(otra)));
        assertTrue(e.getMessage().startsWith("Solo se comparan dos resultados de la misma evaluación"), e.getMessage());
    }
}
