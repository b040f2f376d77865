package cl.avance.modelo;

import static cl.avance.MetodologiaDePrueba.catalogo;
import static cl.avance.MetodologiaDePrueba.criterio;
import static cl.avance.MetodologiaDePrueba.indicador;
import static cl.avance.MetodologiaDePrueba.instancia;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Objects built in code are checked like files: each defect the model used to accept, and the builder,
 * against what the reader says for the same defect in a file.
 */
class EvaluacionEnCodigoTest {

    private static final Unidad UNIDAD = new Unidad("a", "A", Map.of());

    /** What the reader says for {@code json}: its errors as "ruta: mensaje". */
    private static List<String> erroresDelArchivo(String json) {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class, () -> LectorEvaluacion.estandar()
                .leer(json.getBytes(StandardCharsets.UTF_8), Formato.JSON, "prueba.json", catalogo()));
        return comoTexto(e.errores());
    }

    private static List<String> erroresDe(Executable construir) {
        return comoTexto(assertThrows(EntradaInvalidaException.class, construir).errores());
    }

    private static List<String> comoTexto(List<ErrorDeEntrada> errores) {
        return errores.stream().map(e -> e.ruta() + ": " + e.mensaje()).toList();
    }

    private static String archivo(String servicio, String anio, String unidades) {
        return "{\"formato\": 1, \"servicio\": " + servicio + ", \"anio\": " + anio + ", \"unidades\": " + unidades + "}";
    }

    @Test
    void noAplicableSinMotivoYaNoCalificaSinInformacion() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> CriterioInformado.noAplicable(criterio("1.1"), null));
        assertEquals("motivo", e.getMessage());
        assertEquals(erroresDelArchivo(archivo("\"S\"", "2007",
                        "[{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {\"1.1\": {\"noAplica\": \" \"}}}]")).stream()
                        .map(m -> m.substring(m.indexOf(": ")))
                        .toList(),
                erroresDe(() -> CriterioInformado.noAplicable(criterio("1.1"), " ")).stream()
                        .map(m -> m.substring(m.indexOf(": ")))
                        .toList());
    }

    @Test
    void unAnioFueraDeRangoSeRechazaComoEnUnArchivo() {
        assertEquals(List.of("anio: el año debe ser un número entero de cuatro cifras, por ejemplo 2007; se encontró -5"),
                erroresDe(() -> new Evaluacion("S", null, -5, List.of(UNIDAD))));
        assertEquals(erroresDelArchivo(archivo("\"S\"", "-5", "[{\"id\": \"a\", \"nombre\": \"A\"}]")),
                erroresDe(() -> new Evaluacion("S", null, -5, List.of(UNIDAD))));
        assertEquals(1, erroresDe(() -> new Evaluacion("S", null, 3000, List.of(UNIDAD))).size());
    }

    @Test
    void unServicioEnBlancoYNingunaUnidadSonDosErroresAUnTiempo() {
        List<String> enCodigo = erroresDe(() -> new Evaluacion("  ", null, 2007, List.of()));
        assertEquals(List.of("servicio: no puede estar vacío",
                "unidades: la evaluación no tiene unidades: agregue al menos una"), enCodigo);
        assertEquals(erroresDelArchivo(archivo("\"  \"", "2007", "[]")), enCodigo);
    }

    @Test
    void idsRepetidosIdEnBlancoYNombreEnBlanco() {
        assertEquals(erroresDelArchivo(archivo("\"S\"", "2007",
                        "[{\"id\": \"a\", \"nombre\": \"A\"}, {\"id\": \"a\", \"nombre\": \"B\"}]")),
                erroresDe(() -> new Evaluacion("S", null, 2007, List.of(UNIDAD, new Unidad("a", "B", Map.of())))));
        assertEquals(List.of("id: no puede estar vacío", "nombre: no puede estar vacío"),
                erroresDe(() -> new Unidad(" ", "", Map.of())));
    }

    @Test
    void unaAutoevaluacionSinInformacionNoSePuedeDeclarar() {
        List<String> errores = erroresDe(() -> CriterioInformado.conIndicadores(criterio("1.1"), Map.of())
                .conAutoevaluacion(Avance.SIN_INFORMACION));
        assertEquals(1, errores.size());
        assertTrue(errores.get(0).startsWith("autoevaluacion: autoevaluación desconocida «SIN_INFORMACION»"), errores.get(0));
    }

    @Test
    void unIndicadorDeOtroCriterioYInstanciasDondeNoSeAdmiten() {
        List<String> errores = erroresDe(() -> new CriterioInformado(criterio("1.1"),
                Map.of(indicador("ACUERDO_FORMAL"), true), null, null, List.of(), null,
                Set.of(instancia("GABINETE_REGIONAL"))));
        assertEquals(List.of("indicadores.ACUERDO_FORMAL: el indicador ACUERDO_FORMAL pertenece al criterio 1.3, no al 1.1:"
                        + " muévalo a criterios.1.3.indicadores",
                "instancias: el criterio 1.1 no admite instancias"), errores);
    }

    @Test
    void elConstructorResuelveLosCodigosYDaLoMismoQueElArchivo() throws Exception {
        Evaluacion enCodigo = Evaluacion.nueva(catalogo())
                .servicio("Servicio Nacional de Capacitación y Empleo").sigla("SENCE").anio(2007)
                .unidad("rm", "Dirección Regional Metropolitana", u -> u
                        .criterio("1.1", c -> c.cumple("TERRITORIO_DEFINIDO").noCumple("PROBLEMA_COMUN")
                                .autoevaluacion(Avance.AVANCE_MENOR).desarrollo("Se definió el territorio."))
                        .criterio("1.2", c -> c.cumple("PROGRAMA_INFORMADO").instancias("GABINETE_REGIONAL")
                                .recomendacion("Informar antes."))
                        .criterio("2.1", c -> c.noAplica("No corresponde")))
                .construir();
        Evaluacion delArchivo = LectorEvaluacion.estandar().leer(("""
                {"formato": 1, "servicio": "Servicio Nacional de Capacitación y Empleo", "sigla": "SENCE",
                 "anio": 2007, "unidades": [{"id": "rm", "nombre": "Dirección Regional Metropolitana",
                 "criterios": {
                   "1.1": {"indicadores": {"TERRITORIO_DEFINIDO": true, "PROBLEMA_COMUN": false},
                           "autoevaluacion": "AVANCE_MENOR", "desarrollo": "Se definió el territorio."},
                   "1.2": {"indicadores": {"PROGRAMA_INFORMADO": true}, "instancias": ["GABINETE_REGIONAL"],
                           "recomendaciones": ["Informar antes."]},
                   "2.1": {"noAplica": "No corresponde"}}}]}
                """).getBytes(StandardCharsets.UTF_8), Formato.JSON, "x.json", catalogo());
        assertEquals(delArchivo, enCodigo);
    }

    @Test
    void elConstructorJuntaTodosLosErroresConLaRutaDeUnArchivo() {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class, () -> Evaluacion.nueva(catalogo())
                .servicio("").anio(207)
                .unidad("a", "A", u -> u
                        .criterio("1.1", c -> c.cumple("TERRITORIO_DEFINIDO").noCumple("X").instancias("MUNICIPIO"))
                        .criterio("9.9", c -> c.cumple("Y")))
                .unidad("a", " ", u -> u.criterio("1.2", c -> c.cumple("PROGRAMA_INFORMADO").noCumple("PROGRAMA_INFORMADO")
                        .instancias("GOBIERNO_REGONAL").noAplica("")))
                .construir());
        List<String> rutas = e.errores().stream().map(ErrorDeEntrada::ruta).toList();
        assertEquals(List.of("servicio", "anio",
                "unidades[0].criterios.1.1.indicadores.X", "unidades[0].criterios.1.1.instancias",
                "unidades[0].criterios.9.9",
                "unidades[1].nombre", "unidades[1].id",
                "unidades[1].criterios.1.2.indicadores.PROGRAMA_INFORMADO", "unidades[1].criterios.1.2.noAplica",
                "unidades[1].criterios.1.2.instancias[0]"), rutas, e.getMessage());
        assertEquals("/unidades/0/criterios/1.1/indicadores/X", e.errores().get(2).puntero());
        assertTrue(e.errores().get(9).mensaje().contains("¿Quiso decir «GOBIERNO_REGIONAL»?"), e.getMessage());
        assertTrue(e.getMessage().startsWith("«la evaluación» tiene 10 errores:"), e.getMessage());
    }

    @Test
    void faltanServicioAnioYUnidades() {
        EntradaInvalidaException e = assertThrows(EntradaInvalidaException.class,
                () -> Evaluacion.nueva(catalogo()).construir());
        assertEquals(erroresDelArchivo("{\"formato\": 1, \"unidades\": []}"), comoTexto(e.errores()));
    }

    @Test
    void elMensajeDelArchivoYElDelConstructorSonElMismoParaUnIndicadorDeOtroCriterio() {
        List<String> delArchivo = erroresDelArchivo(archivo("\"S\"", "2007",
                "[{\"id\": \"a\", \"nombre\": \"A\", \"criterios\": {\"1.1\": {\"indicadores\": {\"ACUERDO_FORMAL\": true}}}}]"));
        List<String> delConstructor = comoTexto(assertThrows(EntradaInvalidaException.class,
                () -> Evaluacion.nueva(catalogo()).servicio("S").anio(2007)
                        .unidad("a", "A", u -> u.criterio("1.1", c -> c.cumple("ACUERDO_FORMAL"))).construir()).errores());
        assertEquals(delArchivo, delConstructor);
    }
}
