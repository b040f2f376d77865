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
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

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
    void elKmoduleXmlDelModuloCargaLasMismasReglasDesdeElClasspath() {
        var base = KieServices.Factory.get().newKieClasspathContainer().getKieBase("avance");
        long reglas = base.getKiePackages().stream().filter(p -> p.getName().startsWith("cl.avance.reglas"))
                .map(KiePackage::getRules).mapToLong(java.util.Collection::size).sum();
        long nombresConPolitica = base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(Rule::getName).filter(n -> n.contains(" ")).count();
        assertEquals(nombresConPolitica, reglas, "cada regla se nombra con una oración");
        assertTrue(reglas >= 30, "reglas cargadas: " + reglas);
    }
}
