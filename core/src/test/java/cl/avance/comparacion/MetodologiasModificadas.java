package cl.avance.comparacion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.motor.Metodologia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Methodology folders made the way policy staff make them: the default one exported to a folder, a file
 * edited, the folder read back.
 */
final class MetodologiasModificadas {

    static final String CRITERIO_1_1 = "clasificacion/criterio_1_1.drl";
    static final String CRITERIO_1_2 = "clasificacion/criterio_1_2.drl";

    private MetodologiasModificadas() {
    }

    /** The default methodology's files written to {@code carpeta}. */
    static Path exportar(Path carpeta) {
        try {
            for (Map.Entry<String, String> archivo : MetodologiaDePrueba.metodologia().archivos().entrySet()) {
                Path destino = carpeta.resolve(archivo.getKey());
                Files.createDirectories(destino.getParent());
                Files.writeString(destino, archivo.getValue());
            }
            return carpeta;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code antes} with {@code despues} in a file of the folder; the text must be there. */
    static void editar(Path carpeta, String archivo, String antes, String despues) {
        try {
            Path ruta = carpeta.resolve(archivo);
            String texto = Files.readString(ruta);
            assertTrue(texto.contains(antes), archivo + " ya no contiene «" + antes + "»: actualice la prueba");
            Files.writeString(ruta, texto.replace(antes, despues));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The default methodology with two thresholds changed: criterion 1.1 reaches "avance mayor" with the
     * territory defined and 4 of its 5 indicators (not 5), and in 1.2 {@code PROGRAMA_ACORDADO} alone gives
     * "avance mayor".
     */
    static Metodologia conUmbralesCambiados(Path carpeta) {
        exportar(carpeta);
        editar(carpeta, Metodologia.DESCRIPCION, "version: \"2007.1\"", "version: \"2007.2-umbrales\"");
        editar(carpeta, CRITERIO_1_1, "cumple( \"TERRITORIO_DEFINIDO\" ), cumpleTodos == false )",
                "cumple( \"TERRITORIO_DEFINIDO\" ), cumplidos.size() < 4 )");
        editar(carpeta, CRITERIO_1_1, "CriterioDeUnidad( codigo == \"1.1\", aplica, informado, cumpleTodos )",
                "CriterioDeUnidad( codigo == \"1.1\", aplica, informado, cumple( \"TERRITORIO_DEFINIDO\" ), cumplidos.size() >= 4 )");
        editar(carpeta, CRITERIO_1_2, "cumpleAlguno, cumpleTodos == false )",
                "cumpleAlguno, cumple( \"PROGRAMA_ACORDADO\" ) == false )");
        editar(carpeta, CRITERIO_1_2, "CriterioDeUnidad( codigo == \"1.2\", aplica, informado, cumpleTodos )",
                "CriterioDeUnidad( codigo == \"1.2\", aplica, informado, cumple( \"PROGRAMA_ACORDADO\" ) )");
        return Metodologia.desdeCarpeta(carpeta);
    }

    /**
     * The default methodology with an indicator added to 1.2 ({@code PROGRAMA_EVALUADO}) and a criterion
     * added to objective 2 ({@code 2.2}, with one indicator).
     */
    static Metodologia conIndicadorYCriterioNuevos(Path carpeta) {
        exportar(carpeta);
        editar(carpeta, Metodologia.DESCRIPCION, "version: \"2007.1\"", "version: \"2008.1\"");
        editar(carpeta, Metodologia.DESCRIPCION, """
                          - codigo: PROGRAMA_ACORDADO
                            descripcion: El programa se formula y acuerda en una instancia territorial.
                """, """
                          - codigo: PROGRAMA_ACORDADO
                            descripcion: El programa se formula y acuerda en una instancia territorial.
                          - codigo: PROGRAMA_EVALUADO
                            descripcion: El programa se evalúa al cierre del año con la instancia territorial.
                """);
        editar(carpeta, Metodologia.DESCRIPCION, """
                            descripcion: La información se entrega con la periodicidad comprometida.
                """, """
                            descripcion: La información se entrega con la periodicidad comprometida.
                      - codigo: "2.2"
                        titulo: Información de resultados a la comunidad
                        tituloCorto: Resultados a la comunidad
                        indicadores:
                          - codigo: RESULTADOS_PUBLICADOS
                            descripcion: Los resultados del programa se publican en la región.
                """);
        try {
            Files.writeString(carpeta.resolve("clasificacion/criterio_2_2.drl"), """
                    // Criterio 2.2 (nuevo en 2008): un solo indicador, se cumple o no.
                    package cl.avance.reglas.clasificacion

                    import cl.avance.hechos.CriterioDeUnidad
                    import cl.avance.hechos.Calificacion
                    import cl.avance.modelo.Avance

                    rule "2.2 Sin avance: los resultados no se publican"
                    when
                        $criterio : CriterioDeUnidad( codigo == "2.2", aplica, informado, cumpleTodos == false )
                    then
                        insert( new Calificacion( $criterio, Avance.SIN_AVANCE ) );
                    end

                    rule "2.2 Avance mayor: los resultados se publican"
                    when
                        $criterio : CriterioDeUnidad( codigo == "2.2", aplica, informado, cumpleTodos )
                    then
                        insert( new Calificacion( $criterio, Avance.AVANCE_MAYOR ) );
                    end
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Metodologia.desdeCarpeta(carpeta);
    }
}
