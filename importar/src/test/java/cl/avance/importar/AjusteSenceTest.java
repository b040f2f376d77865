package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Quality on the SENCE 2007 text, the text the vocabulary was tuned on, against our encoding of it
 * ({@code examples/evaluaciones/sence-2007.yaml}). Measured: precision 0.967 (119/123), recall 0.826 (119/144),
 * self-grades 1.000 (16/16). The floors sit a little below, so that a change to the vocabulary or the
 * matcher that loses quality fails the build; raise them when quality improves.
 */
class AjusteSenceTest {

    @Test
    void laCalidadEnElTextoDeAjusteNoRetrocede() {
        Borrador borrador = Fuentes.IMPORTADOR.importar(Fuentes.SEMILLA, null);
        Calidad calidad = Calidad.medir(borrador.yaml(), Fuentes.leer(Fuentes.SENCE_ESPERADO));
        System.out.println("SENCE (ajuste): " + calidad);
        calidad.diferencias().forEach(d -> System.out.println("  " + d));
        assertEquals(14, borrador.unidades().size());
        assertTrue(calidad.precision() >= 0.94, calidad::toString);
        assertTrue(calidad.cobertura() >= 0.80, calidad::toString);
        assertTrue(calidad.exactitudGrados() >= 0.95, calidad::toString);
    }
}
