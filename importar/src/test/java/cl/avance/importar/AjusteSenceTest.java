package cl.avance.importar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Quality on the SENCE 2007 text, the text the vocabulary was tuned on. */
class AjusteSenceTest {

    @Test
    void laCalidadEnElTextoDeAjusteNoRetrocede() {
        Borrador borrador = Fuentes.IMPORTADOR.importar(Fuentes.SEMILLA, null);
        Calidad calidad = Calidad.medir(borrador.yaml(), Fuentes.leer(Fuentes.SENCE_ESPERADO));
        System.out.println("SENCE (ajuste): " + calidad);
        calidad.diferencias().forEach(d -> System.out.println("  " + d));
        assertTrue(calidad.precision() >= 0.0, calidad::toString);
    }
}
