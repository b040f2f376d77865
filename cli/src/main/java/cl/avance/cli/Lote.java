package cl.avance.cli;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.motor.EvaluacionFallidaException;
import cl.avance.motor.SinMetodologiaException;
import cl.avance.salida.ResultadoJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batch grading of a JSON Lines file: one evaluation (format v1) per line in, one record per line out, in
 * the same order. A line that cannot be graded gives an error record with its line number; the others go
 * on, so results plus errors always equal lines. Streams: memory does not grow with the file.
 *
 * <p>One thread reads lines and writes records in order; reading the JSON, grading and writing the result
 * (nine tenths of the work) run on one worker per core. Lines in flight are bounded in number and bytes.
 */
final class Lote {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int AVISO_CADA = 1_000;
    /** Input bytes in flight at most; a longer line still goes, alone. */
    private static final long BYTES_EN_VUELO = 4L * 1024 * 1024;

    /** Counts of one run. */
    record Resumen(long lineas, long resultados, long errores, long unidades) {
    }

    /** The output record of one line. */
    private record Registro(String texto, boolean calificada, int unidades, int bytesDeEntrada) {
    }

    private final Motores motores;
    private final LectorEvaluacion lector;
    private final long bytesMaximos;
    private final int trabajadores;
    private boolean vaciarCadaRegistro;

    Lote(Motores motores, LimitesDeEntrada limites) {
        this(motores, limites, Runtime.getRuntime().availableProcessors());
    }

    Lote(Motores motores, LimitesDeEntrada limites, int trabajadores) {
        this.motores = motores;
        this.lector = new LectorEvaluacion(limites);
        this.bytesMaximos = limites.bytesMaximos();
        this.trabajadores = trabajadores;
    }

    /** Flushes every record as soon as it is written: for standard output. */
    Lote vaciandoCadaRegistro() {
        vaciarCadaRegistro = true;
        return this;
    }

    /**
     * Grades every line of {@code entrada} and writes one record per line to {@code salida}, in order.
     *
     * @param progreso where to report progress now and then, or null for none
     */
    Resumen procesar(InputStream entrada, Writer salida, PrintWriter progreso) throws IOException {
        ExecutorService hilos = Executors.newFixedThreadPool(trabajadores, r -> {
            Thread t = new Thread(r, "avance-lote");
            t.setDaemon(true);
            return t;
        });
        try {
            return procesar(entrada, salida, progreso, hilos);
        } finally {
            hilos.shutdownNow();
        }
    }

    private Resumen procesar(InputStream entrada, Writer salida, PrintWriter progreso, ExecutorService hilos)
            throws IOException {
        LectorDeLineas lineas = new LectorDeLineas(entrada, bytesMaximos);
        Deque<Future<Registro>> enVuelo = new ArrayDeque<>();
        int maximoEnVuelo = 4 * trabajadores;
        long bytesEnVuelo = 0;
        long numero = 0;
        long resultados = 0;
        long errores = 0;
        long unidades = 0;
        byte[] leida;
        boolean fin = false;
        while (!fin || !enVuelo.isEmpty()) {
            if (!fin && enVuelo.size() < maximoEnVuelo && (enVuelo.isEmpty() || bytesEnVuelo < BYTES_EN_VUELO)) {
                leida = lineas.siguiente();
                if (leida == null) {
                    fin = true;
                    continue;
                }
                byte[] linea = leida;
                long n = ++numero;
                String rechazo = lineas.rechazo();
                enVuelo.add(hilos.submit(() -> registro(n, linea, rechazo)));
                bytesEnVuelo += linea.length;
                continue;
            }
            Registro registro = esperar(enVuelo.poll());
            bytesEnVuelo -= registro.bytesDeEntrada();
            escribir(registro, salida, resultados + errores);
            if (registro.calificada()) {
                resultados++;
                unidades += registro.unidades();
            } else {
                errores++;
            }
            long escritas = resultados + errores;
            if (progreso != null && escritas % AVISO_CADA == 0) {
                progreso.print("\ravance: " + escritas + " líneas, " + unidades + " unidades…");
                progreso.flush();
            }
        }
        if (progreso != null && numero >= AVISO_CADA) {
            progreso.println();
        }
        salida.flush();
        return new Resumen(numero, resultados, errores, unidades);
    }

    /**
     * Writes one record whole. To standard output each record is flushed at once: a closed pipe is noticed
     * at the next record, and a signal never cuts a line (see {@link Terminacion#registroEntero()}). A
     * file is written through a temporary file that a failure removes anyway: buffering is enough.
     */
    @SuppressWarnings("try") // the lock is held for the body's duration; the body does not use it
    private void escribir(Registro registro, Writer salida, long escritos) throws IOException {
        try (var entero = Terminacion.registroEntero()) {
            salida.write(registro.texto());
            salida.write('\n');
            if (vaciarCadaRegistro) {
                salida.flush();
            }
        } catch (EscrituraFallida e) {
            throw vaciarCadaRegistro ? e.con("se detuvo tras escribir " + escritos + " registros completos") : e;
        }
    }

    /** The record of one line; runs on a worker. */
    private Registro registro(long numero, byte[] linea, String rechazo) {
        if (rechazo != null) {
            return new Registro(error(numero, rechazo), false, 0, linea.length);
        }
        if (esBlanca(linea)) {
            return new Registro(error(numero, "la línea está vacía: cada línea debe tener una evaluación"), false, 0,
                    linea.length);
        }
        try {
            var documento = lector.leerDocumento(linea, Formato.JSON, "línea " + numero);
            var evaluacion = motores.validar(lector, documento, "línea " + numero);
            var motor = motores.motor(motores.metodologiaDe(documento.raiz()));
            String texto = ResultadoJson.escribirEnUnaLinea(motor.evaluar(evaluacion));
            return new Registro(texto, true, evaluacion.unidades().size(), linea.length);
        } catch (EntradaInvalidaException e) {
            return new Registro(error(numero, e.errores()), false, 0, linea.length);
        } catch (SinMetodologiaException e) {
            return new Registro(error(numero, e.getMessage()), false, 0, linea.length);
        } catch (EvaluacionFallidaException e) {
            return new Registro(error(numero, "las reglas no pudieron calificarla: " + e.getMessage()), false, 0,
                    linea.length);
        } catch (OutOfMemoryError e) {
            // What this line allocated is garbage now: the line gets its error record and the batch goes on.
            return new Registro(error(numero, Memoria.agotada("la línea")), false, 0, linea.length);
        } catch (StackOverflowError e) {
            return new Registro(error(numero, "las reglas no pudieron calificarla: una regla se llama a sí misma sin fin"),
                    false, 0, linea.length);
        }
    }

    /** The worker's record; what a worker throws is thrown here, as if the work had run on this thread. */
    private static Registro esperar(Future<Registro> trabajo) throws IOException {
        try {
            return trabajo.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrumpido");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String error(long numero, String mensaje) {
        return error(numero, List.of(ErrorDeEntrada.delDocumento(mensaje)));
    }

    private static String error(long numero, List<ErrorDeEntrada> errores) {
        ObjectNode registro = MAPPER.createObjectNode();
        registro.put("linea", numero);
        ArrayNode lista = registro.putArray("errores");
        for (ErrorDeEntrada e : errores) {
            ObjectNode n = lista.addObject();
            n.put("ruta", e.ruta());
            n.put("mensaje", e.mensaje());
            n.put("puntero", e.puntero());
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

    /**
     * Reads lines as bytes, never holding more than the limit of one line in memory. LF, CR and CRLF all
     * end a line. A line over the limit is skipped to its end; one that goes on for 16 times the limit
     * (1 GiB by default) ends the input.
     */
    static final class LectorDeLineas {
        /** A line longer than this many times the limit is taken as one that never ends. */
        private static final int SIN_FIN = 16;
        private final InputStream entrada;
        private final long maximo;
        private final byte[] bufer = new byte[64 * 1024];
        private int posicion;
        private int disponible;
        private String rechazo;
        private boolean fin;
        /** The last line ended with CR: a LF right after it belongs to that line end. */
        private boolean trasCr;

        LectorDeLineas(InputStream entrada, long maximo) {
            this.entrada = entrada;
            this.maximo = maximo;
        }

        /** The next line without its line end, or null at the end of the input. */
        byte[] siguiente() throws IOException {
            if (fin) {
                return null;
            }
            rechazo = null;
            long largo = 0;
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
                if (trasCr) {
                    trasCr = false;
                    if (bufer[posicion] == '\n') {
                        posicion++;
                        continue;
                    }
                }
                leyoAlgo = true;
                int inicio = posicion;
                while (posicion < disponible && bufer[posicion] != '\n' && bufer[posicion] != '\r') {
                    posicion++;
                }
                guardar(linea, inicio, posicion - inicio);
                largo += posicion - inicio;
                if (largo > maximo * SIN_FIN) {
                    // /dev/zero and the like: a line that does not end in bounded time ends the batch.
                    rechazo = "la línea no termina tras " + largo + " bytes: el lote se detiene aquí";
                    fin = true;
                    return new byte[0];
                }
                if (posicion < disponible) {
                    trasCr = bufer[posicion] == '\r';
                    posicion++;
                    return rechazo == null ? linea.toByteArray() : new byte[0];
                }
            }
        }

        /** Keeps a piece of the line, unless the line is already refused for its size or for memory. */
        private void guardar(ByteArrayOutputStream linea, int inicio, int largo) {
            if (rechazo != null) {
                return;
            }
            if (linea.size() + (long) largo > maximo) {
                rechazo = "la línea supera los " + maximo + " bytes permitidos";
            } else {
                try {
                    linea.write(bufer, inicio, largo);
                    return;
                } catch (OutOfMemoryError e) {
                    rechazo = Memoria.agotada("la línea");
                }
            }
            linea.reset();
        }

        /** Why the line just returned cannot be graded (it was skipped, not kept), or null. */
        String rechazo() {
            return rechazo;
        }
    }
}
