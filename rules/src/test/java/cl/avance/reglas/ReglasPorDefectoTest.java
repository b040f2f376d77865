package cl.avance.reglas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.Reglas;
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

    @Test
    void elIndiceNombraExactamenteLosArchivosDeReglasDelModulo() throws IOException {
        List<String> enCarpeta;
        try (Stream<Path> rutas = Files.walk(FUENTES)) {
            enCarpeta = rutas.map(p -> FUENTES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".drl") || p.endsWith(".dsl") || p.endsWith(".dslr"))
                    .sorted().toList();
        }
        assertEquals(enCarpeta, List.copyOf(Reglas.porDefecto().archivos().keySet()));
    }

    @Test
    void laHuellaEsLaDeLosArchivosDelClasspathYEsEstable() {
        Reglas a = Reglas.porDefecto();
        assertEquals(a.huella(), Reglas.porDefecto().huella());
        assertEquals(a.huella(), MotorCompartido.MOTOR.reglas().huella());
        assertTrue(a.huella().matches("[0-9a-f]{64}"));
        assertEquals("reglas por defecto", a.origen());
    }

    @Test
    void unaCarpetaConLasMismasReglasTieneLaMismaHuella() {
        assertEquals(Reglas.porDefecto().huella(), Reglas.desdeCarpeta(FUENTES).huella());
    }

    @Test
    void laBasePrecompiladaTieneLasMismasReglasQueLasFuentes() {
        Motor desdeFuentes = Motor.con(Reglas.porDefecto());
        assertEquals(desdeFuentes.nombresDeReglas(), MotorCompartido.MOTOR.nombresDeReglas());
        assertTrue(MotorCompartido.MOTOR.nombresDeReglas().size() >= 30);
        MotorCompartido.MOTOR.nombresDeReglas().forEach(n -> assertTrue(n.contains(" "), "nombre como oración: " + n));
    }

    @Property(tries = 300)
    void laBasePrecompiladaYLasFuentesCompiladasDanElMismoJson(@ForAll("evaluaciones") Evaluacion evaluacion) {
        assertEquals(ResultadoJson.escribir(DESDE_FUENTES.evaluar(evaluacion)),
                ResultadoJson.escribir(MotorCompartido.MOTOR.evaluar(evaluacion)));
    }

    private static final Motor DESDE_FUENTES = Motor.con(Reglas.porDefecto());

    @Provide
    Arbitrary<Evaluacion> evaluaciones() {
        return Generadores.evaluaciones();
    }
}
