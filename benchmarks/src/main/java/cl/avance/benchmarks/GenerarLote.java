package cl.avance.benchmarks;

import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a batch file for {@code avance evaluar --lote}: one evaluation in input format v1 per line, drawn
 * from {@link Datos} (seed = line number, so the file is the same on every machine).
 *
 * <pre>java -cp "benchmarks/target/avance-benchmarks.jar:benchmarks/target/lib/*" \
 *     cl.avance.benchmarks.GenerarLote 100000 10 millon.jsonl</pre>
 */
public final class GenerarLote {

    private GenerarLote() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("uso: GenerarLote LÍNEAS UNIDADES_POR_LÍNEA ARCHIVO.jsonl");
            System.exit(2);
        }
        int lineas = Integer.parseInt(args[0]);
        int unidades = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < lineas; i++) {
                w.write(json.writeValueAsString(formatoV1(Datos.evaluacion(unidades, i))));
                w.write('\n');
            }
        }
    }

    /** {@code evaluacion} as the input format v1 writes it. */
    static Map<String, Object> formatoV1(Evaluacion evaluacion) {
        Map<String, Object> raiz = new LinkedHashMap<>();
        raiz.put("formato", 1);
        raiz.put("servicio", evaluacion.servicio());
        raiz.put("sigla", evaluacion.sigla());
        raiz.put("anio", evaluacion.anio());
        List<Object> unidades = new ArrayList<>();
        for (Unidad unidad : evaluacion.unidades()) {
            Map<String, Object> criterios = new LinkedHashMap<>();
            for (Criterio criterio : Datos.CATALOGO.criterios()) {
                CriterioInformado c = unidad.criterio(criterio);
                Map<String, Object> informado = new LinkedHashMap<>();
                if (c.noAplica() != null) {
                    informado.put("noAplica", c.noAplica());
                } else if (c.informado()) {
                    Map<String, Boolean> indicadores = new LinkedHashMap<>();
                    c.indicadores().forEach((i, v) -> indicadores.put(i.codigo(), v));
                    informado.put("indicadores", indicadores);
                    if (c.autoevaluacion() != null) {
                        informado.put("autoevaluacion", c.autoevaluacion().name());
                    }
                    if (c.desarrollo() != null) {
                        informado.put("desarrollo", c.desarrollo());
                    }
                } else {
                    continue;
                }
                criterios.put(criterio.codigo(), informado);
            }
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("id", unidad.id());
            u.put("nombre", unidad.nombre());
            u.put("criterios", criterios);
            unidades.add(u);
        }
        raiz.put("unidades", unidades);
        return raiz;
    }
}
