package cl.avance.cli;

import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.comparacion.Totales;
import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.salida.ComparacionJson;
import cl.avance.salida.ComparacionMarkdown;
import cl.avance.salida.ComparacionTexto;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;

/**
 * {@code avance comparar --lote}: a JSON Lines file, each line graded by both methodologies and its
 * comparison written before the next line is read (a JSON record per line, or a block of text per line).
 * Only the running totals are kept: memory does not grow with the file. Lines are read with
 * {@link Lote.LectorDeLineas}, as {@code evaluar --lote} reads them.
 */
final class ComparacionEnLote {

    /** Counts of one run. */
    record Resumen(long lineas, long rechazadas, Totales totales) {
    }

    private final Lados lados;
    private final LectorEvaluacion lector;
    private final long bytesMaximos;
    private final FormatoInforme formato;

    ComparacionEnLote(Lados lados, LimitesDeEntrada limites, FormatoInforme formato) {
        this.lados = lados;
        this.lector = new LectorEvaluacion(limites);
        this.bytesMaximos = limites.bytesMaximos();
        this.formato = formato;
    }

    /** Compares every line of {@code entrada}, writing each line's record to {@code salida} as it goes. */
    Resumen procesar(InputStream entrada, Writer salida) throws IOException {
        Lote.LectorDeLineas lineas = new Lote.LectorDeLineas(entrada, bytesMaximos);
        long numero = 0;
        long rechazadas = 0;
        Totales totales = Totales.CERO;
        if (formato == FormatoInforme.markdown) {
            salida.write("# Comparación de metodologías\n\n");
        }
        byte[] linea;
        while ((linea = lineas.siguiente()) != null) {
            numero++;
            String nombre = "línea " + numero;
            String registro;
            try {
                Comparacion comparacion = comparar(linea, lineas.rechazo(), nombre);
                totales = totales.mas(comparacion.totales());
                registro = switch (formato) {
                    case json -> ComparacionJson.linea(numero, comparacion) + "\n";
                    case markdown -> ComparacionMarkdown.bloque(comparacion) + "\n";
                    default -> ComparacionTexto.bloque(comparacion) + "\n";
                };
            } catch (EntradaNoComparableException e) {
                rechazadas++;
                registro = switch (formato) {
                    case json -> ComparacionJson.linea(numero, e) + "\n";
                    case markdown -> "## " + nombre + "\n\n" + e.getMessage().lines()
                            .map(l -> "    " + l).reduce("", (x, y) -> x + y + "\n") + "\n";
                    default -> e.getMessage() + "\n\n";
                };
            }
            salida.write(registro);
        }
        if (formato == FormatoInforme.markdown) {
            salida.write("## Totales\n\n" + ComparacionTexto.totales(totales).substring("Totales: ".length()));
        } else if (formato != FormatoInforme.json) {
            salida.write(ComparacionTexto.totales(totales));
        }
        salida.flush();
        return new Resumen(numero, rechazadas, totales);
    }

    /** @param rechazo why the reader could not keep the line (its size, say), or null */
    private Comparacion comparar(byte[] linea, String rechazo, String nombre) throws EntradaNoComparableException {
        if (rechazo != null) {
            throw ilegible(nombre, rechazo);
        }
        if (esBlanca(linea)) {
            throw ilegible(nombre, "la línea está vacía: cada línea debe tener una evaluación");
        }
        JsonNode arbol;
        try {
            arbol = lector.leerArbol(linea, Formato.JSON, nombre);
        } catch (EntradaInvalidaException e) {
            throw lados.ilegible(e);
        }
        return lados.comparar(lector, arbol, nombre);
    }

    private EntradaNoComparableException ilegible(String nombre, String mensaje) {
        return lados.ilegible(new EntradaInvalidaException(nombre, List.of(ErrorDeEntrada.delDocumento(mensaje))));
    }

    private static boolean esBlanca(byte[] linea) {
        for (byte b : linea) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
