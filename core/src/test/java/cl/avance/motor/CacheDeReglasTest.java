package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.salida.ResultadoJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: what it keeps, when it is used, and that what it gives grades like a fresh build. */
class CacheDeReglasTest {

    private static final Evaluacion UNA_UNIDAD = new Evaluacion("S", null, 2007, List.of(new Unidad("a", "A", Map.of())));

    @Test
    void unaMetodologiaSinCambiosArrancaDesdeLaCache(@TempDir Path dir) {
        Metodologia metodologia = EntradasDePrueba.pequena("");
        CacheDeReglas primera = CacheDeReglas.en(dir);
        Motor compilado = Motor.con(metodologia, primera);
        assertFalse(compilado.deLaCache());
        assertEquals(1, primera.escritas());
        assertTrue(primera.valida(metodologia));

        // A later program: another cache object on the same folder.
        CacheDeReglas segunda = CacheDeReglas.en(dir);
        Motor guardado = Motor.con(Metodologia.desdeTextos(metodologia.archivos()), segunda);
        assertTrue(guardado.deLaCache());
        assertEquals(1, segunda.aciertos());
        assertEquals(0, segunda.escritas());
        assertEquals(compilado.nombresDeReglas(), guardado.nombresDeReglas());
        assertEquals(ResultadoJson.escribir(compilado.evaluar(UNA_UNIDAD)), ResultadoJson.escribir(guardado.evaluar(UNA_UNIDAD)));
        assertEquals(Avance.NO_APLICA, guardado.evaluar(UNA_UNIDAD).unidades().get(0)
                .criterio(MetodologiaDePrueba.criterio("1.1")).avance());
    }

    @Test
    void unaMetodologiaCambiadaNoUsaLaEntradaDeLaAnterior(@TempDir Path dir) {
        Metodologia antes = EntradasDePrueba.pequena("");
        Metodologia despues = EntradasDePrueba.pequena(" (cambiada)");
        CacheDeReglas cache = CacheDeReglas.en(dir);
        Motor.con(antes, cache);

        Motor cambiado = Motor.con(despues, cache);
        assertFalse(cambiado.deLaCache());
        assertEquals(2, cache.fallos());
        assertEquals(2, cache.escritas());
        assertNotEquals(cache.entrada(antes), cache.entrada(despues));
        assertTrue(cache.valida(antes));
        assertTrue(cache.valida(despues));
        assertEquals(List.of("Todo no aplica (cambiada)"), cambiado.evaluar(UNA_UNIDAD).unidades().get(0)
                .criterio(MetodologiaDePrueba.criterio("1.1")).reglas());

        Motor otraVez = Motor.con(despues, cache);
        assertTrue(otraVez.deLaCache());
        assertEquals(List.of("Todo no aplica (cambiada)"), otraVez.evaluar(UNA_UNIDAD).unidades().get(0)
                .criterio(MetodologiaDePrueba.criterio("1.1")).reglas());
    }

    @Test
    void unCambioSoloEnElCatalogoTambienEsOtraEntrada() {
        Metodologia metodologia = EntradasDePrueba.pequena("");
        Map<String, String> archivos = new java.util.TreeMap<>(metodologia.archivos());
        archivos.put(Metodologia.DESCRIPCION, archivos.get(Metodologia.DESCRIPCION).replaceFirst("(?m)^version: .*$", "version: \"2007.2\""));
        Metodologia otraVersion = Metodologia.desdeTextos(archivos);
        assertNotEquals(metodologia.huella(), otraVersion.huella());
        assertNotEquals(CacheDeReglas.clave(metodologia), CacheDeReglas.clave(otraVersion));
    }

    @Test
    void unaEntradaTruncadaSeIgnoraYSeReconstruye(@TempDir Path dir) throws IOException {
        Metodologia metodologia = MetodologiaDePrueba.metodologia();
        CacheDeReglas cache = EntradasDePrueba.conPorDefecto(dir);
        Path entrada = cache.entrada(metodologia);
        byte[] completa = Files.readAllBytes(entrada);
        Files.write(entrada, java.util.Arrays.copyOf(completa, completa.length / 2));

        Motor motor = Motor.con(metodologia, cache);
        assertFalse(motor.deLaCache());
        assertEquals(1, cache.fallos());
        assertEquals(1, cache.escritas());
        assertTrue(cache.valida(metodologia));
        assertEquals(36, motor.nombresDeReglas().size());

        Motor despues = Motor.con(metodologia, cache);
        assertTrue(despues.deLaCache());
        assertEquals(motor.nombresDeReglas(), despues.nombresDeReglas());
    }

    @Test
    void unaEntradaAlteradaOVaciaNoSeUsa(@TempDir Path dir) throws IOException {
        Metodologia metodologia = MetodologiaDePrueba.metodologia();
        CacheDeReglas cache = EntradasDePrueba.conPorDefecto(dir);
        Path entrada = cache.entrada(metodologia);
        byte[] bytes = Files.readAllBytes(entrada);
        byte[] alterada = bytes.clone();
        alterada[alterada.length - 100] ^= 0x20;
        for (byte[] contenido : List.of(alterada, new byte[0], "no es una entrada\n\n".getBytes(), java.util.Arrays.copyOf(bytes, 60))) {
            Files.write(entrada, contenido);
            assertTrue(cache.cargar(metodologia).isEmpty());
        }
        assertEquals(4, cache.fallos());
        assertEquals(0, cache.aciertos());

        // An entry of another methodology renamed into place is refused by its header.
        Metodologia otra = EntradasDePrueba.pequena("");
        Files.write(cache.entrada(otra), bytes);
        assertTrue(cache.cargar(otra).isEmpty());

        Files.write(entrada, bytes);
        assertTrue(cache.cargar(metodologia).isPresent());
    }

    @Test
    void unaMetodologiaConProblemasNuncaSeGuarda(@TempDir Path dir) throws IOException {
        CacheDeReglas cache = CacheDeReglas.en(dir);
        Metodologia noCompila = MetodologiaDePrueba.conReglas(Map.of("prueba/reglas.drl",
                EntradasDePrueba.TODO_NO_APLICA.formatted("").replace("insert( new", "insert( nueva")));
        assertThrows(ReglasInvalidasException.class, () -> Motor.con(noCompila, cache));

        // Compiles, but compares a grade with a quoted word: refused by the meaning checks.
        Metodologia sinSentido = MetodologiaDePrueba.conReglas(Map.of("prueba/reglas.drl",
                EntradasDePrueba.TODO_NO_APLICA.formatted("").replace("$c : CriterioDeUnidad()",
                        "$c : CriterioDeUnidad( autoevaluacion == \"AVANCE_MAYOR\" )")));
        ReglasInvalidasException e = assertThrows(ReglasInvalidasException.class, () -> Motor.con(sinSentido, cache));
        assertTrue(e.getMessage().contains("reglas.drl"), e.getMessage());

        assertEquals(0, cache.escritas());
        try (Stream<Path> archivos = Files.list(dir)) {
            assertEquals(List.of(), archivos.toList());
        }
    }

    @Test
    void unaMetodologiaIncompletaNoSeGuarda(@TempDir Path dir) {
        // Only criterion 1.1 gets a grade: compiles and passes the meaning checks, but validar refuses it.
        Metodologia incompleta = MetodologiaDePrueba.conReglas(Map.of("prueba/reglas.drl",
                EntradasDePrueba.TODO_NO_APLICA.formatted("").replace("$c : CriterioDeUnidad()",
                        "$c : CriterioDeUnidad( codigo == \"1.1\" )")));
        assertFalse(TablaDeCalificacion.de(Motor.con(incompleta, CacheDeReglas.desactivada())).completa());
        CacheDeReglas cache = CacheDeReglas.en(dir);
        assertFalse(Motor.con(incompleta, cache).deLaCache());
        assertEquals(0, cache.escritas());
        assertFalse(Files.exists(cache.entrada(incompleta)));
        assertTrue(cache.sinModelo(incompleta));
    }

    @Test
    void unaMetodologiaCuyoModeloEjecutableNoCompilaNoSeReintentaEnCadaArranque(@TempDir Path dir) {
        Metodologia metodologia = EntradasDePrueba.pequena("");
        CacheDeReglas cache = CacheDeReglas.en(dir);
        cache.marcarSinModelo(metodologia);
        assertTrue(cache.sinModelo(metodologia));
        assertFalse(Motor.con(metodologia, cache).deLaCache());
        assertEquals(0, cache.escritas());
        assertFalse(Files.exists(cache.entrada(metodologia)));
        // Other methodologies are not affected.
        Motor.con(EntradasDePrueba.pequena(" (otra)"), cache);
        assertEquals(1, cache.escritas());
    }

    @Test
    void sinCacheSeCompilaSiempre(@TempDir Path dir) throws IOException {
        CacheDeReglas desactivada = CacheDeReglas.desactivada();
        assertFalse(desactivada.activa());
        Motor motor = Motor.con(EntradasDePrueba.pequena(""), desactivada);
        assertFalse(motor.deLaCache());
        assertEquals(0, desactivada.fallos() + desactivada.escritas());
    }

    @Test
    void laCacheEstandarSigueSusPropiedades(@TempDir Path dir) {
        String activa = System.getProperty(CacheDeReglas.PROPIEDAD_ACTIVA);
        String carpeta = System.getProperty(CacheDeReglas.PROPIEDAD_CARPETA);
        try {
            System.setProperty(CacheDeReglas.PROPIEDAD_ACTIVA, "false");
            assertFalse(CacheDeReglas.estandar().activa());
            System.setProperty(CacheDeReglas.PROPIEDAD_ACTIVA, "true");
            System.setProperty(CacheDeReglas.PROPIEDAD_CARPETA, dir.toString());
            CacheDeReglas estandar = CacheDeReglas.estandar();
            assertTrue(estandar.activa());
            assertEquals(dir, estandar.entrada(MetodologiaDePrueba.metodologia()).getParent());

            // Motor.con without a cache argument uses it.
            EntradasDePrueba.conPorDefecto(dir);
            assertTrue(Motor.con(MetodologiaDePrueba.metodologia()).deLaCache());
        } finally {
            restaurar(CacheDeReglas.PROPIEDAD_ACTIVA, activa);
            restaurar(CacheDeReglas.PROPIEDAD_CARPETA, carpeta);
        }
    }

    /**
     * The standard cache's way: the command that meets a new methodology compiles it the classic way and
     * leaves the executable-model build to a separate process; the next command starts from the entry.
     */
    @Test
    void laEntradaQueFaltaLaConstruyeOtroProceso(@TempDir Path dir) throws Exception {
        Metodologia metodologia = EntradasDePrueba.pequena(" (otro proceso)");
        CacheDeReglas cache = new CacheDeReglas(dir, CacheDeReglas.Escritura.EN_OTRO_PROCESO);
        assertFalse(Motor.con(metodologia, cache).deLaCache());
        assertEquals(1, cache.encargadas());
        assertEquals(0, cache.escritas());

        // A second program meanwhile compiles too, but does not start a second builder.
        CacheDeReglas otra = new CacheDeReglas(dir, CacheDeReglas.Escritura.EN_OTRO_PROCESO);
        if (!otra.valida(metodologia)) {
            Motor.con(metodologia, otra);
            assertEquals(0, otra.encargadas());
        }

        Instant limite = Instant.now().plus(Duration.ofMinutes(4));
        while (!cache.valida(metodologia) && Instant.now().isBefore(limite)) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertTrue(cache.valida(metodologia), "el proceso no escribió la entrada a tiempo");
        // It cleans up after itself: only the entry is left.
        Instant limpieza = Instant.now().plus(Duration.ofSeconds(30));
        List<String> archivos;
        do {
            try (Stream<Path> todos = Files.list(dir)) {
                archivos = todos.map(p -> p.getFileName().toString()).toList();
            }
        } while (archivos.size() > 1 && Instant.now().isBefore(limpieza));
        assertEquals(List.of(cache.entrada(metodologia).getFileName().toString()), archivos);

        CacheDeReglas despues = new CacheDeReglas(dir, CacheDeReglas.Escritura.EN_OTRO_PROCESO);
        assertTrue(Motor.con(metodologia, despues).deLaCache());
        assertEquals(0, despues.encargadas());
    }

    /**
     * Several processes writing the same entry at once, while it is read: every read sees one writer's
     * entry whole, never a mix or a part, and no temporary file is left.
     */
    @Test
    void escritoresConcurrentesNoCorrompenLaEntrada(@TempDir Path dir) throws Exception {
        Metodologia metodologia = EntradasDePrueba.pequena("");
        Path descripcion = dir.resolve("metodologia.zip");
        Files.write(descripcion, CacheDeReglas.comprimir(metodologia.archivos()));
        Path cacheDir = Files.createDirectories(dir.resolve("cache"));
        CacheDeReglas cache = CacheDeReglas.en(cacheDir);

        List<Process> procesos = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            procesos.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), EscritorDeEntradas.class.getName(),
                    cacheDir.toString(), descripcion.toString(), String.valueOf(p), "40")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        int lecturas = 0;
        while (procesos.stream().anyMatch(Process::isAlive)) {
            Path entrada = cache.entrada(metodologia);
            if (Files.exists(entrada)) {
                byte[] kjar = CacheDeReglas.leerEntrada(Files.readAllBytes(entrada), CacheDeReglas.clave(metodologia));
                assertEquals(EscritorDeEntradas.TAMANO, kjar.length);
                byte primero = kjar[0];
                for (byte b : kjar) {
                    assertEquals(primero, b, "una entrada mezcla dos escritores");
                }
                lecturas++;
            }
        }
        for (Process p : procesos) {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        }
        assertTrue(lecturas > 0);
        byte[] kjar = CacheDeReglas.leerEntrada(Files.readAllBytes(cache.entrada(metodologia)), CacheDeReglas.clave(metodologia));
        assertEquals(EscritorDeEntradas.TAMANO, kjar.length);
        try (Stream<Path> archivos = Files.list(cacheDir)) {
            assertEquals(List.of(cache.entrada(metodologia)), archivos.toList());
        }
    }

    @Test
    void laCarpetaGuardaLasEntradasUsadasMasRecientemente(@TempDir Path dir) throws IOException {
        CacheDeReglas cache = CacheDeReglas.en(dir);
        Instant hace = Instant.now().minus(Duration.ofDays(3));
        for (int i = 0; i < CacheDeReglas.MAXIMO_DE_ENTRADAS + 5; i++) {
            Path vieja = Files.writeString(dir.resolve("reglas-vieja" + i + ".kjar"), "x");
            Files.setLastModifiedTime(vieja, java.nio.file.attribute.FileTime.from(hace.plusSeconds(i)));
        }
        Path resto = Files.writeString(dir.resolve("escribiendo-123.tmp"), "x");
        Files.setLastModifiedTime(resto, java.nio.file.attribute.FileTime.from(hace));
        Metodologia metodologia = EntradasDePrueba.pequena("");
        cache.escribir(metodologia, new byte[] {1, 2, 3});

        try (Stream<Path> archivos = Files.list(dir)) {
            List<String> nombres = archivos.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(CacheDeReglas.MAXIMO_DE_ENTRADAS, nombres.size(), nombres.toString());
            assertTrue(nombres.contains(cache.entrada(metodologia).getFileName().toString()));
            // The six oldest went: vieja0 … vieja5.
            for (int i = 0; i <= 5; i++) {
                assertFalse(nombres.contains("reglas-vieja" + i + ".kjar"), nombres.toString());
            }
            assertTrue(nombres.contains("reglas-vieja6.kjar"));
        }
    }

    @Test
    void loQueViajaAlOtroProcesoEsLaMismaMetodologia() throws IOException {
        Metodologia metodologia = MetodologiaDePrueba.metodologia();
        Metodologia reconstruida = Metodologia.desdeTextos(CacheDeReglas.descomprimir(CacheDeReglas.comprimir(metodologia.archivos())));
        assertEquals(metodologia.huella(), reconstruida.huella());
        assertArrayEquals(metodologia.escenarios().keySet().toArray(), reconstruida.escenarios().keySet().toArray());
    }

    private static void restaurar(String propiedad, String valor) {
        if (valor == null) {
            System.clearProperty(propiedad);
        } else {
            System.setProperty(propiedad, valor);
        }
    }
}
