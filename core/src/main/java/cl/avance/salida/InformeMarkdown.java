package cl.avance.salida;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The executive report as Markdown (GitHub-flavoured tables), for pasting into a document. */
public final class InformeMarkdown {

    private InformeMarkdown() {
    }

    public static String escribir(Resultado resultado) {
        Objects.requireNonNull(resultado, "resultado");
        InformeEjecutivo informe = resultado.informeEjecutivo();
        Nombres nombres = new Nombres(resultado);
        StringBuilder sb = new StringBuilder();
        sb.append("# Informe ejecutivo al Jefe de Servicio\n\n");
        sb.append("**").append(celda(resultado.servicio())).append("**")
                .append(resultado.sigla() == null ? "" : " (" + celda(resultado.sigla()) + ")")
                .append(" · Sistema de Gestión Territorial ").append(resultado.anio()).append(" · ")
                .append(resultado.unidades().size()).append(" unidades\n\n");
        sb.append("Reglas: ").append(celda(resultado.reglas().origen())).append(", huella `")
                .append(resultado.reglas().huella(), 0, 12).append("`\n");

        sb.append("\n## Avance por unidad y criterio\n\n| Unidad |");
        for (Criterio c : resultado.catalogo().criterios()) {
            sb.append(' ').append(c.codigo()).append(" |");
        }
        sb.append("\n|---|").append("---|".repeat(resultado.catalogo().criterios().size())).append('\n');
        for (InformeEjecutivo.FilaMatriz fila : informe.matriz()) {
            sb.append("| ").append(celda(fila.nombre())).append(" |");
            for (Criterio c : resultado.catalogo().criterios()) {
                sb.append(' ').append(fila.avances().get(c).etiqueta()).append(" |");
            }
            sb.append('\n');
        }

        sb.append("\n## Unidades por avance\n\n| Criterio |");
        for (Avance a : Avance.values()) {
            sb.append(' ').append(a.etiqueta()).append(" |");
        }
        sb.append("\n|---|").append("---:|".repeat(Avance.values().length)).append('\n');
        for (Map.Entry<Criterio, Map<Avance, Integer>> e : informe.conteos().entrySet()) {
            sb.append("| ").append(e.getKey().codigo()).append(' ').append(e.getKey().titulo()).append(" |");
            for (Avance a : Avance.values()) {
                sb.append(' ').append(e.getValue().get(a)).append(" |");
            }
            sb.append('\n');
        }

        sb.append("\n## Principales logros\n\n");
        if (informe.logros().isEmpty()) {
            sb.append("Ninguna unidad alcanza avance mayor en algún criterio.\n");
        }
        for (InformeEjecutivo.Logro logro : informe.logros()) {
            sb.append("- **").append(logro.criterio().codigo()).append(' ').append(logro.criterio().titulo())
                    .append("**: ").append(celda(nombres.lista(logro.unidades()))).append('\n');
        }

        sb.append("\n## Brechas más frecuentes\n\n| Unidades | Indicador | Criterio | Unidades afectadas |\n|---:|---|---|---|\n");
        for (InformeEjecutivo.BrechaFrecuente b : informe.brechas()) {
            sb.append("| ").append(b.unidades().size()).append(" | ").append(celda(b.indicador().descripcion()))
                    .append(" | ").append(b.indicador().criterio()).append(" | ")
                    .append(celda(nombres.lista(b.unidades()))).append(" |\n");
        }

        sb.append("\n## Recomendaciones\n\n");
        if (!informe.recomendacionesAlServicio().isEmpty()) {
            sb.append("Al Jefe de Servicio:\n\n");
            for (RecomendacionEstandar r : informe.recomendacionesAlServicio()) {
                sb.append("- ").append(celda(r.texto())).append('\n');
            }
            sb.append("\nA las unidades:\n\n");
        }
        sb.append("| Unidades | Recomendación | Código |\n|---:|---|---|\n");
        for (InformeEjecutivo.RecomendacionAgrupada r : informe.recomendaciones()) {
            sb.append("| ").append(r.unidades().size()).append(" | ").append(celda(r.texto())).append(" | `")
                    .append(r.codigo()).append("` |\n");
        }

        sb.append("\n## Discrepancias con la autoevaluación\n\n");
        if (informe.discrepancias().isEmpty()) {
            sb.append("Ninguna.\n");
        } else {
            sb.append("| Unidad | Criterio | Autoevaluación | Avance según las reglas |\n|---|---|---|---|\n");
            for (InformeEjecutivo.DiscrepanciaDeUnidad d : informe.discrepancias()) {
                sb.append("| ").append(celda(nombres.de(d.unidad()))).append(" | ").append(d.criterio().codigo())
                        .append(" | ").append(d.autoevaluacion().etiqueta()).append(" | ").append(d.avance().etiqueta())
                        .append(" |\n");
            }
        }

        sb.append("\n## Unidades sin información\n\n");
        if (informe.sinInformacion().isEmpty()) {
            sb.append("Todas las unidades informaron todos los criterios.\n");
        }
        for (InformeEjecutivo.UnidadSinInformacion s : informe.sinInformacion()) {
            sb.append("- ").append(celda(nombres.de(s.unidad()))).append(": ")
                    .append(s.criterios().stream().map(Criterio::codigo).collect(Collectors.joining(", "))).append('\n');
        }

        sb.append("\n## Explicación por unidad\n");
        for (ResultadoUnidad u : resultado.unidades()) {
            sb.append("\n### ").append(celda(u.nombre())).append("\n\n");
            for (ResultadoCriterio r : u.criterios().values()) {
                sb.append("- **").append(r.criterio().codigo()).append(' ').append(r.criterio().titulo()).append(": ")
                        .append(r.avance().etiqueta()).append("**, según «").append(celda(String.join("», «", r.reglas())))
                        .append("».");
                linea(sb, " Cumple: ", r.indicadoresCumplidos());
                linea(sb, " No cumple: ", r.indicadoresNoCumplidos());
                linea(sb, " Sin información: ", r.indicadoresSinInformacion());
                r.discrepancia().ifPresent(d -> sb.append(" La unidad se calificó ").append(d.autoevaluacion().etiqueta())
                        .append('.'));
                sb.append('\n');
                for (RecomendacionEstandar rec : r.recomendaciones()) {
                    sb.append("  - ").append(celda(rec.texto())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static void linea(StringBuilder sb, String rotulo, List<Indicador> indicadores) {
        if (!indicadores.isEmpty()) {
            sb.append(rotulo).append(indicadores.stream().map(i -> "`" + i.codigo() + "`").collect(Collectors.joining(", ")))
                    .append('.');
        }
    }

    /** Text safe inside a table cell or a list item: no line breaks, no pipes, no HTML. */
    private static String celda(String texto) {
        return texto.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }
}
