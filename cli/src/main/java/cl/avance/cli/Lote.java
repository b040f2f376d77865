package cl.avance.cli;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.Motor;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * Batch grading of a JSON Lines file: one evaluation (format v1) per line in, one record per line out, in
 * the same order. A line that cannot be graded gives an error record with its line number; the others go
 * on, so results plus errors always equal lines. Streams: memory does not grow with the file.
 */
final class Lote {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int AVISO_CADA = 1_000;

    /** Counts of one run. */
    record Resumen(long lineas, long resultados, long errores, long unidades) {
    }

    private final Motor motor;
    private final LectorEvaluacion lector;
    private final long bytesMaximos;

    Lote(Motor motor, LimitesDeEntrada limites) {
        this.motor = motor;
        this.lector = new LectorEvaluacion(limites);
        this.bytesMaximos = limites.bytesMaximos();
    }

    /**
     * Grades every line of {@code entrada} and writes one record per line to {@code salida}.
     *
     * @param progreso where to report progress now and then, or null for none
     */
    Resumen procesar(InputStream entrada, Writer salida, PrintWriter progreso) throws IOException {
        LectorDeLineas lineas = new LectorDeLineas(entrada, bytesMaximos);
        long numero = 0;
        long resultados = 0;
        long errores = 0;
        long unidades = 0;
        byte[] linea;
        while ((linea = lineas.siguiente()) != null) {
            numero++;
            String registro;
            boolean calificada = false;
            if (lineas.demasiadoLarga()) {
                registro = error(numero, "la línea supera los " + bytesMaximos + " bytes permitidos");
            } else if (esBlanca(linea)) {
                registro = error(numero, "la línea está vacía: cada línea debe tener una evaluación");
            } else {
                try {
                    var evaluacion = lector.leer(linea, Formato.JSON, "línea " + numero);
                    registro = ResultadoJson.escribirEnUnaLinea(motor.evaluar(evaluacion));
                    unidades += evaluacion.unidades().size();
                    calificada = true;
                } catch (EntradaInvalidaException e) {
                    registro = error(numero, e.errores());
                } catch (EvaluacionFallidaException e) {
                    registro = error(numero, "las reglas no pudieron calificarla: " + e.getMessage());
                }
            }
            if (calificada) {
                resultados++;
            } else {
                errores++;
            }
            salida.write(registro);
            salida.write('\n');
            if (progreso != null && numero % AVISO_CADA == 0) {
                progreso.print("\ravance: " + numero + " líneas, " + unidades + " unidades…");
                progreso.flush();
            }
        }
        if (progreso != null && numero >= AVISO_CADA) {
            progreso.println();
        }
        salida.flush();
        return new Resumen(numero, resultados, errores, unidades);
    }

    private static String error(long numero, String mensaje) {
        return error(numero, List.of(ErrorDeEntrada.en("", mensaje)));
    }

    private static String error(long numero, List<ErrorDeEntrada> errores) {
        ObjectNode registro = MAPPER.createObjectNode();
        registro.put("linea", numero);
        ArrayNode lista = registro.putArray("errores");
        for (ErrorDeEntrada e : errores) {
            ObjectNode n = lista.addObject();
            n.put("ruta", e.ruta());
            n.put("mensaje", e.mensaje());
            if (e.columna() > 0) {
                n.put("columna", e.columna());
            }
        }
        return registro.toString();
    }

    private static boolean esBlanca(byte[] linea) {
        for (byte b : linea) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads lines as bytes, never holding more than the limit of one line in memory. */
    static final class LectorDeLineas {
        private final InputStream entrada;
        private final long maximo;
        private final byte[] bufer = new byte[64 * 1024];
        private int posicion;
        private int disponible;
        private boolean larga;
        private boolean fin;

        LectorDeLineas(InputStream entrada, long maximo) {
            this.entrada = entrada;
            this.maximo = maximo;
        }

        /** The next line without its line end, or null at the end of the input. */
        byte[] siguiente() throws IOException {
            if (fin) {
                return null;
            }
            larga = false;
            ByteArrayOutputStream linea = new ByteArrayOutputStream();
            boolean leyoAlgo = false;
            while (true) {
                if (posicion == disponible) {
                    disponible = entrada.read(bufer);
                    posicion = 0;
                    if (disponible <= 0) {
                        fin = true;
                        disponible = 0;
                        return leyoAlgo ? linea.toByteArray() : null;
                    }
                }
                leyoAlgo = true;
                int inicio = posicion;
                while (posicion < disponible && bufer[posicion] != '\n') {
                    posicion++;
                }
                if (!larga) {
                    if (linea.size() + (posicion - inicio) > maximo) {
                        larga = true;
                        linea.reset();
                    } else {
                        linea.write(bufer, inicio, posicion - inicio);
                    }
                }
                if (posicion < disponible) {
                    posicion++;
                    return linea.toByteArray();
                }
            }
        }

        /** Whether the line just returned was over the limit (and was skipped, not kept). */
        boolean demasiadoLarga() {
            return larga;
        }
    }

}
