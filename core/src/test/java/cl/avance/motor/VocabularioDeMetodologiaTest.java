package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A methodology carries its evidence vocabulary; the fingerprint does not cover it (it never changes a grade). */
class VocabularioDeMetodologiaTest {

    @Test
    void laCarpetaPorDefectoTraeSuVocabularioYLoExporta() {
        Metodologia m = MetodologiaDePrueba.metodologia();
        assertTrue(m.vocabulario().orElseThrow().contains("TERRITORIO_DEFINIDO"));
        assertEquals(m.vocabulario().get(), m.archivos().get(Metodologia.VOCABULARIO));
    }

    @Test
    void desdeTextosLoConservaYLaHuellaNoLoCubre() {
        Map<String, String> archivos = new TreeMap<>(MetodologiaDePrueba.metodologia().archivos());
        Metodologia con = Metodologia.desdeTextos(archivos);
        archivos.put(Metodologia.VOCABULARIO, "indicadores: {}\n");
        Metodologia otro = Metodologia.desdeTextos(archivos);
        archivos.remove(Metodologia.VOCABULARIO);
        Metodologia sin = Metodologia.desdeTextos(archivos);
        assertEquals(Optional.of("indicadores: {}\n"), otro.vocabulario());
        assertEquals(Optional.empty(), sin.vocabulario());
        assertEquals(con.huella(), otro.huella());
        assertEquals(con.huella(), sin.huella());
        assertEquals(MetodologiaDePrueba.metodologia().huella(), con.huella());
    }
}
