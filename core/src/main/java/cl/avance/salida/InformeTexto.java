package cl.avance.salida;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import java.util.Map;
import java.util.Objects;

/** The executive report as plain text for a terminal (UTF-8, lines under 100 columns where possible). */
public final class InformeTexto {

    private static final int ANCHO = 100;

    private InformeTexto() {
    }

    public static String escribir(Resultado resultado) {
        Objects.requireNonNull(resultado, "resultado");
        InformeEjecutivo informe = resultado.informeEjecutivo();
        Nombres nombres = new Nombres(resultado);
        StringBuilder sb = new StringBuilder();
        String titulo = "INFORME EJECUTIVO AL JEFE DE SERVICIO · Sistema de Gestión Territorial " + resultado.anio();
        sb.append(titulo).append('\n').append("=".repeat(titulo.length())).append('\n');
        sb.append(resultado.servicio()).append(resultado.sigla() == null ? "" : " (" + resultado.sigla() + ")").append('\n');
        sb.append(resultado.unidades().size()).append(" unidades · reglas: ").append(resultado.reglas().origen())
                .append(" (huella ").append(resultado.reglas().huella(), 0, 12).append(")\n");

        titulo(sb, "Avance por unidad y criterio");
        int ancho = informe.matriz().stream().mapToInt(f -> Nombres.corto(f.nombre()).length()).max().orElse(6);
        ancho = Math.max(ancho, 6);
        sb.append(relleno("Unidad", ancho));
        for (Criterio c : resultado.catalogo().criterios()) {
            sb.append("  ").append(relleno(c.codigo(), 15));
        }
        sb.append('\n');
        for (InformeEjecutivo.FilaMatriz fila : informe.matriz()) {
            sb.append(relleno(Nombres.corto(fila.nombre()), ancho));
            for (Criterio c : resultado.catalogo().criterios()) {
                sb.append("  ").append(relleno(fila.avances().get(c).etiqueta(), 15));
            }
            sb.append('\n');
        }

        titulo(sb, "Unidades por avance");
        sb.append(relleno("Criterio", 9));
        for (Avance a : Avance.values()) {
            sb.append(relleno(a.etiqueta(), 17));
        }
        sb.append('\n');
        for (Map.Entry<Criterio, Map<Avance, Integer>> e : informe.conteos().entrySet()) {
            sb.append(relleno(e.getKey().codigo(), 9));
            for (Avance a : Avance.values()) {
                sb.append(relleno(String.valueOf(e.getValue().get(a)), 17));
            }
            sb.append('\n');
        }

        titulo(sb, "Principales logros (avance mayor)");
        if (informe.logros().isEmpty()) {
            sb.append("Ninguna unidad alcanza avance mayor en algún criterio.\n");
        }
        for (InformeEjecutivo.Logro logro : informe.logros()) {
            sb.append(envolver("· " + logro.criterio().codigo() + ' ' + logro.criterio().titulo() + ": "
                    + nombres.listaCorta(logro.unidades()), "  "));
        }

        titulo(sb, "Brechas más frecuentes");
        if (informe.brechas().isEmpty()) {
            sb.append("No hay indicadores sin cumplir en los criterios calificados.\n");
        }
        for (InformeEjecutivo.BrechaFrecuente b : informe.brechas()) {
            sb.append(envolver(String.format("%3d  %s (%s) %s", b.unidades().size(), b.indicador().codigo(),
                    b.indicador().criterio(), b.indicador().descripcion()), "     "));
            sb.append(envolver("     " + nombres.listaCorta(b.unidades()), "     "));
        }

        titulo(sb, "Recomendaciones");
        if (!informe.recomendacionesAlServicio().isEmpty()) {
            sb.append("Al Jefe de Servicio:\n");
            for (RecomendacionEstandar r : informe.recomendacionesAlServicio()) {
                sb.append(envolver("  » " + r.texto(), "    "));
            }
            sb.append("A las unidades:\n");
        }
        for (InformeEjecutivo.RecomendacionAgrupada r : informe.recomendaciones()) {
            sb.append(envolver(String.format("%3d  %s", r.unidades().size(), r.texto()), "     "));
            sb.append(envolver("     [" + r.codigo() + "] " + nombres.listaCorta(r.unidades()), "     "));
        }

        titulo(sb, "Discrepancias con la autoevaluación");
        if (informe.discrepancias().isEmpty()) {
            sb.append("Ninguna: donde las unidades se calificaron, coinciden con las reglas.\n");
        }
        for (InformeEjecutivo.DiscrepanciaDeUnidad d : informe.discrepancias()) {
            sb.append("· ").append(nombres.de(d.unidad())).append(", ").append(d.criterio().codigo())
                    .append(": la unidad indica ").append(d.autoevaluacion().etiqueta())
                    .append("; las reglas dan ").append(d.avance().etiqueta()).append('\n');
        }

        titulo(sb, "Unidades sin información");
        if (informe.sinInformacion().isEmpty()) {
            sb.append("Todas las unidades informaron todos los criterios.\n");
        }
        for (InformeEjecutivo.UnidadSinInformacion s : informe.sinInformacion()) {
            sb.append("· ").append(nombres.de(s.unidad())).append(": ")
                    .append(String.join(", ", s.criterios().stream().map(Criterio::codigo).toList())).append('\n');
        }
        return sb.toString();
    }

    /** Wraps a line at {@value #ANCHO} columns, indenting continuation lines with {@code sangria}. */
    static String envolver(String linea, String sangria) {
        String texto = linea.stripLeading();
        StringBuilder sb = new StringBuilder();
        StringBuilder actual = new StringBuilder(linea.substring(0, linea.length() - texto.length()));
        int inicio = actual.length();
        for (String palabra : texto.split(" +")) {
            if (actual.length() > inicio && actual.length() + 1 + palabra.length() > ANCHO) {
                sb.append(actual).append('\n');
                actual.setLength(0);
                actual.append(sangria);
                inicio = actual.length();
            } else if (actual.length() > inicio) {
                actual.append(' ');
            }
            actual.append(palabra);
        }
        return sb.append(actual).append('\n').toString();
    }

    private static void titulo(StringBuilder sb, String titulo) {
        sb.append('\n').append(titulo).append('\n').append("-".repeat(titulo.length())).append('\n');
    }

    private static String relleno(String texto, int ancho) {
        return texto.length() >= ancho ? texto : texto + " ".repeat(ancho - texto.length());
    }
}
