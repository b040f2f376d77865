package cl.avance.reglas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.Metodologia;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Motor;
import cl.avance.salida.ResultadoJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReglasPorDefectoTest {

    private static final Path FUENTES = Path.of("src/main/resources");

    /** The default methodology's folder in the source tree. */
    private static final Path CARPETA = FUENTES.resolve("cl/avance/reglas");

    @Test
    void elIndiceNombraExactamenteLosArchivosDeLaMetodologia() throws IOException {
        List<String> enCarpeta;
        try (Stream<Path> rutas = Files.walk(CARPETA)) {
            enCarpeta = rutas.filter(Files::isRegularFile)
                    .map(p -> CARPETA.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("metodologia.lista"))
                    .sorted().toList();
        }
        assertEquals(enCarpeta, List.copyOf(Metodologia.porDefecto().archivos().keySet()));
    }

    @Test
    void laHuellaCubreCatalogoYReglasYEsEstable() {
        Metodologia a = Metodologia.porDefecto();
        assertEquals(a.huella(), MotorCompartido.MOTOR.metodologia().huella());
        assertTrue(a.huella().matches("[0-9a-f]{64}"));
        assertNotEquals(a.reglas().huella(), a.huella(), "la huella cubre también el catálogo");
        assertEquals("Sistema de Gestión Territorial, etapa 4 2007.1", a.origen());
    }

    @Test
    void unaCopiaSinCambiosDeLaMetodologiaTieneLaMismaHuella() {
        assertEquals(Metodologia.porDefecto().huella(), Metodologia.desdeCarpeta(CARPETA).huella());
    }

    @Test
    void laBasePrecompiladaTieneLasMismasReglasQueLasFuentes() {
        assertEquals(DESDE_FUENTES.nombresDeReglas(), MotorCompartido.MOTOR.nombresDeReglas());
        assertTrue(MotorCompartido.MOTOR.nombresDeReglas().size() >= 30);
        MotorCompartido.MOTOR.nombresDeReglas().forEach(n -> assertTrue(n.contains(" "), "nombre como oración: " + n));
    }

    @Property(tries = 300)
    void laBasePrecompiladaYLasFuentesCompiladasDanElMismoJson(@ForAll("evaluaciones") Evaluacion evaluacion) {
        assertEquals(ResultadoJson.escribir(DESDE_FUENTES.evaluar(evaluacion)),
                ResultadoJson.escribir(MotorCompartido.MOTOR.evaluar(evaluacion)));
    }

    private static final Motor DESDE_FUENTES = Motor.con(Metodologia.porDefecto());

    @Provide
    Arbitrary<Evaluacion> evaluaciones() {
        return Generadores.evaluaciones();
    }
}
