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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The executive report as one self-contained HTML page: no external asset, opens from disk, prints on
 * A4. The markup is well-formed XML (every element closed, only XML entities), so it can be checked
 * with any XML parser.
 */
public final class InformeHtml {

    private static final String ESTILO = """
            :root { --sin: #f6d5d1; --sin-t: #8a1c12; --menor: #fbe8bd; --menor-t: #6b4a00;
                    --mayor: #d3ecd9; --mayor-t: #175c2b; --na: #e7e9ec; --na-t: #4a5058;
                    --info: #ffffff; --info-t: #6a6f76; --tinta: #1f2933; --suave: #5f6b7a; --linea: #d9dee4;
                    --acento: #1d4e89; }
            * { box-sizing: border-box; }
            body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--tinta);
                   margin: 0; background: #f4f6f8; line-height: 1.45; font-size: 15px; }
            main { max-width: 1040px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
            header { border-bottom: 4px solid var(--acento); padding-bottom: 14px; margin-bottom: 22px; }
            header p { margin: 2px 0; color: var(--suave); }
            .antetitulo { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--acento);
                          font-weight: 600; }
            h1 { font-size: 26px; margin: 4px 0 6px; }
            h2 { font-size: 19px; margin: 30px 0 10px; color: var(--acento); border-bottom: 1px solid var(--linea);
                 padding-bottom: 4px; }
            h3 { font-size: 16px; margin: 20px 0 6px; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 14px; }
            th, td { border: 1px solid var(--linea); padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #eef2f6; font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            .cifras { display: flex; gap: 12px; flex-wrap: wrap; margin: 10px 0 4px; }
            .cifra { flex: 1 1 150px; border: 1px solid var(--linea); border-radius: 6px; padding: 10px 12px; }
            .cifra b { display: block; font-size: 24px; }
            .cifra span { color: var(--suave); font-size: 13px; }
            .avance { display: inline-block; border-radius: 4px; padding: 2px 8px; font-weight: 600;
                      font-size: 13px; white-space: nowrap; }
            td.avance-celda { text-align: center; }
            .SIN_AVANCE { background: var(--sin); color: var(--sin-t); }
            .AVANCE_MENOR { background: var(--menor); color: var(--menor-t); }
            .AVANCE_MAYOR { background: var(--mayor); color: var(--mayor-t); }
            .NO_APLICA { background: var(--na); color: var(--na-t); }
            .SIN_INFORMACION { background: var(--info); color: var(--info-t); border: 1px dashed #9aa3ad; }
            .leyenda { font-size: 13px; color: var(--suave); }
            .leyenda .avance { margin-right: 6px; }
            .barra { display: flex; height: 14px; border-radius: 3px; overflow: hidden; min-width: 160px;
                     border: 1px solid var(--linea); }
            .barra span { display: block; height: 100%; }
            .medida { background: var(--acento); height: 10px; border-radius: 2px; display: inline-block;
                      vertical-align: middle; margin-right: 6px; }
            .codigo { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; color: var(--suave); }
            .unidades { color: var(--suave); font-size: 13px; }
            .servicio { border-left: 4px solid var(--acento); background: #eef3fa; padding: 8px 12px; margin: 8px 0; }
            .unidad { break-inside: avoid; border-top: 1px solid var(--linea); padding-top: 6px; }
            .unidad dl { margin: 4px 0 0; }
            .unidad dt { font-weight: 600; margin-top: 8px; }
            .unidad dd { margin: 2px 0 0 0; }
            .unidad ul { margin: 4px 0 0 18px; padding: 0; }
            .nota { color: var(--suave); font-size: 13px; }
            footer { margin-top: 34px; font-size: 12px; color: var(--suave); border-top: 1px solid var(--linea);
                     padding-top: 8px; }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { background: #fff; font-size: 11pt; }
              main { max-width: none; padding: 0; }
              h2 { break-after: avoid; }
              tr, .cifra, .servicio { break-inside: avoid; }
              .explicacion { break-before: page; }
              .avance, .barra span, .medida, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private InformeHtml() {
    }

    public static String escribir(Resultado resultado) {
        Objects.requireNonNull(resultado, "resultado");
        InformeEjecutivo informe = resultado.informeEjecutivo();
        Nombres nombres = new Nombres(resultado);
        StringBuilder h = new StringBuilder(32_000);
        String titulo = "Informe ejecutivo al Jefe de Servicio · Sistema de Gestión Territorial " + resultado.anio();
        h.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(e(titulo)).append(" · ").append(e(sigla(resultado))).append("</title>\n")
                .append("<style>\n").append(ESTILO).append("</style>\n</head>\n<body>\n<main>\n");

        h.append("<header>\n<div class=\"antetitulo\">Programa de Mejoramiento de la Gestión · Objetivo N°3</div>\n")
                .append("<h1>Informe ejecutivo al Jefe de Servicio</h1>\n")
                .append("<p><strong>").append(e(resultado.servicio())).append("</strong>")
                .append(resultado.sigla() == null ? "" : " (" + e(resultado.sigla()) + ")")
                .append(" · Sistema de Gestión Territorial ").append(resultado.anio()).append("</p>\n")
                .append("<p>Calificado con ").append(e(resultado.reglas().origen())).append(" · huella <span class=\"codigo\">")
                .append(e(resultado.reglas().huella().substring(0, 12))).append("</span></p>\n</header>\n");

        resumen(h, resultado, informe);
        matriz(h, resultado, informe);
        conteos(h, informe, resultado.unidades().size());
        logros(h, informe, nombres);
        brechas(h, informe, nombres);
        recomendaciones(h, informe, nombres);
        discrepancias(h, informe, nombres);
        sinInformacion(h, informe, nombres);
        explicacion(h, resultado);

        h.append("<footer>Generado por Avance a partir de los reportes de las unidades. Cada avance lo deciden las reglas ")
                .append("nombradas en la explicación por unidad; las discrepancias con la autoevaluación quedan para revisión.")
                .append("</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void resumen(StringBuilder h, Resultado resultado, InformeEjecutivo informe) {
        long celdas = (long) resultado.unidades().size() * resultado.catalogo().criterios().size();
        long mayores = contar(informe, Avance.AVANCE_MAYOR);
        long sinAvance = contar(informe, Avance.SIN_AVANCE);
        h.append("<section>\n<h2>Resumen</h2>\n<div class=\"cifras\">\n");
        cifra(h, String.valueOf(resultado.unidades().size()), "unidades evaluadas");
        cifra(h, mayores + " de " + celdas, "calificaciones con avance mayor");
        cifra(h, String.valueOf(sinAvance), "calificaciones sin avance");
        cifra(h, String.valueOf(informe.discrepancias().size()), "discrepancias con la autoevaluación");
        h.append("</div>\n</section>\n");
    }

    private static void cifra(StringBuilder h, String valor, String rotulo) {
        h.append("<div class=\"cifra\"><b>").append(e(valor)).append("</b><span>").append(e(rotulo)).append("</span></div>\n");
    }

    private static void matriz(StringBuilder h, Resultado resultado, InformeEjecutivo informe) {
        h.append("<section>\n<h2>Avance por unidad y criterio</h2>\n<p class=\"leyenda\">");
        for (Avance a : Avance.values()) {
            h.append(avance(a));
        }
        h.append("</p>\n<table>\n<thead><tr><th>Unidad</th>");
        for (Criterio c : resultado.catalogo().criterios()) {
            h.append("<th title=\"").append(e(c.titulo())).append("\">").append(c.codigo()).append(' ')
                    .append(e(c.tituloCorto())).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (InformeEjecutivo.FilaMatriz fila : informe.matriz()) {
            h.append("<tr><td><a href=\"#u-").append(e(ancla(fila.unidad()))).append("\" title=\"").append(e(fila.nombre()))
                    .append("\">").append(e(Nombres.corto(fila.nombre()))).append("</a></td>");
            for (Criterio c : resultado.catalogo().criterios()) {
                h.append("<td class=\"avance-celda\">").append(avance(fila.avances().get(c))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void conteos(StringBuilder h, InformeEjecutivo informe, int unidades) {
        h.append("<section>\n<h2>Unidades por avance</h2>\n<table>\n<thead><tr><th>Criterio</th>");
        for (Avance a : Avance.values()) {
            h.append("<th class=\"num\">").append(e(a.etiqueta())).append("</th>");
        }
        h.append("<th>Distribución</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Criterio, Map<Avance, Integer>> fila : informe.conteos().entrySet()) {
            h.append("<tr><td>").append(fila.getKey().codigo()).append(' ').append(e(fila.getKey().titulo())).append("</td>");
            for (Avance a : Avance.values()) {
                h.append("<td class=\"num\">").append(fila.getValue().get(a)).append("</td>");
            }
            h.append("<td><div class=\"barra\">");
            for (Avance a : Avance.values()) {
                int n = fila.getValue().get(a);
                if (n > 0) {
                    h.append("<span class=\"").append(a.name()).append("\" style=\"width:")
                            .append(String.format(Locale.ROOT, "%.2f", 100.0 * n / Math.max(1, unidades)))
                            .append("%\" title=\"").append(e(a.etiqueta())).append(": ").append(n).append("\"></span>");
                }
            }
            h.append("</div></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void logros(StringBuilder h, InformeEjecutivo informe, Nombres nombres) {
        h.append("<section>\n<h2>Principales logros</h2>\n");
        if (informe.logros().isEmpty()) {
            h.append("<p>Ninguna unidad alcanza avance mayor en algún criterio.</p>\n");
        } else {
            h.append("<ul>\n");
            for (InformeEjecutivo.Logro logro : informe.logros()) {
                h.append("<li><strong>").append(logro.criterio().codigo()).append(' ').append(e(logro.criterio().titulo()))
                        .append("</strong>: avance mayor en ").append(e(nombres.listaCorta(logro.unidades()))).append(".</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void brechas(StringBuilder h, InformeEjecutivo informe, Nombres nombres) {
        h.append("<section>\n<h2>Brechas más frecuentes</h2>\n<p class=\"nota\">Indicadores no cumplidos o no ")
                .append("informados en los criterios calificados, de más a menos frecuentes.</p>\n");
        if (informe.brechas().isEmpty()) {
            h.append("<p>No hay brechas en los criterios calificados.</p>\n</section>\n");
            return;
        }
        int maximo = informe.brechas().get(0).unidades().size();
        h.append("<table>\n<thead><tr><th class=\"num\">Unidades</th><th>Indicador</th><th>Criterio</th>")
                .append("<th>Unidades afectadas</th></tr></thead>\n<tbody>\n");
        for (InformeEjecutivo.BrechaFrecuente b : informe.brechas()) {
            h.append("<tr><td class=\"num\"><span class=\"medida\" style=\"width:")
                    .append(Math.max(4, 60 * b.unidades().size() / maximo)).append("px\"></span>")
                    .append(b.unidades().size()).append("</td><td>").append(e(b.indicador().descripcion()))
                    .append("<br/><span class=\"codigo\">").append(b.indicador().codigo()).append("</span></td><td>")
                    .append(b.indicador().criterio()).append("</td><td class=\"unidades\">")
                    .append(e(nombres.listaCorta(b.unidades()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void recomendaciones(StringBuilder h, InformeEjecutivo informe, Nombres nombres) {
        h.append("<section>\n<h2>Recomendaciones</h2>\n");
        for (RecomendacionEstandar r : informe.recomendacionesAlServicio()) {
            h.append("<div class=\"servicio\"><strong>Al Jefe de Servicio.</strong> ").append(e(r.texto()))
                    .append(" <span class=\"codigo\">").append(e(r.codigo())).append("</span></div>\n");
        }
        if (informe.recomendaciones().isEmpty()) {
            h.append("<p>Sin recomendaciones para las unidades.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th class=\"num\">Unidades</th><th>Recomendación</th><th>Unidades</th></tr></thead>\n<tbody>\n");
        for (InformeEjecutivo.RecomendacionAgrupada r : informe.recomendaciones()) {
            h.append("<tr><td class=\"num\">").append(r.unidades().size()).append("</td><td>").append(e(r.texto()))
                    .append("<br/><span class=\"codigo\">").append(e(r.codigo())).append("</span></td><td class=\"unidades\">")
                    .append(e(nombres.listaCorta(r.unidades()))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void discrepancias(StringBuilder h, InformeEjecutivo informe, Nombres nombres) {
        h.append("<section>\n<h2>Discrepancias con la autoevaluación</h2>\n");
        if (informe.discrepancias().isEmpty()) {
            h.append("<p>Ninguna: donde las unidades se calificaron, coinciden con las reglas.</p>\n</section>\n");
            return;
        }
        h.append("<p class=\"nota\">La unidad se calificó de otro modo que las reglas; un revisor decide.</p>\n")
                .append("<table>\n<thead><tr><th>Unidad</th><th>Criterio</th><th>Autoevaluación</th>")
                .append("<th>Según las reglas</th></tr></thead>\n<tbody>\n");
        for (InformeEjecutivo.DiscrepanciaDeUnidad d : informe.discrepancias()) {
            h.append("<tr><td>").append(e(nombres.de(d.unidad()))).append("</td><td>").append(d.criterio().codigo())
                    .append("</td><td>").append(avance(d.autoevaluacion())).append("</td><td>").append(avance(d.avance()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void sinInformacion(StringBuilder h, InformeEjecutivo informe, Nombres nombres) {
        h.append("<section>\n<h2>Unidades sin información</h2>\n");
        if (informe.sinInformacion().isEmpty()) {
            h.append("<p>Todas las unidades informaron todos los criterios.</p>\n");
        } else {
            h.append("<ul>\n");
            for (InformeEjecutivo.UnidadSinInformacion s : informe.sinInformacion()) {
                h.append("<li>").append(e(nombres.de(s.unidad()))).append(": criterios ")
                        .append(s.criterios().stream().map(Criterio::codigo).collect(Collectors.joining(", ")))
                        .append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void explicacion(StringBuilder h, Resultado resultado) {
        h.append("<section class=\"explicacion\">\n<h2>Explicación por unidad</h2>\n");
        for (ResultadoUnidad u : resultado.unidades()) {
            h.append("<div class=\"unidad\" id=\"u-").append(e(ancla(u.id()))).append("\">\n<h3>").append(e(u.nombre()))
                    .append("</h3>\n<dl>\n");
            for (ResultadoCriterio r : u.criterios().values()) {
                h.append("<dt>").append(r.criterio().codigo()).append(' ').append(e(r.criterio().titulo())).append(' ')
                        .append(avance(r.avance())).append("</dt>\n<dd>Decidido por: ")
                        .append(e(r.reglas().stream().map(n -> "«" + n + "»").collect(Collectors.joining(", "))))
                        .append(".");
                indicadores(h, " Cumple: ", r.indicadoresCumplidos());
                indicadores(h, " No cumple: ", r.indicadoresNoCumplidos());
                indicadores(h, " Sin información: ", r.indicadoresSinInformacion());
                r.discrepancia().ifPresent(d -> h.append(" <em>La unidad se calificó ").append(e(d.autoevaluacion().etiqueta()))
                        .append(".</em>"));
                if (!r.recomendaciones().isEmpty()) {
                    h.append("\n<ul>\n");
                    for (RecomendacionEstandar rec : r.recomendaciones()) {
                        h.append("<li>").append(e(rec.texto())).append("</li>\n");
                    }
                    h.append("</ul>\n");
                }
                h.append("</dd>\n");
            }
            h.append("</dl>\n</div>\n");
        }
        h.append("</section>\n");
    }

    private static void indicadores(StringBuilder h, String rotulo, List<Indicador> indicadores) {
        if (!indicadores.isEmpty()) {
            h.append(rotulo).append(indicadores.stream().map(i -> "<span class=\"codigo\">" + i.codigo() + "</span>")
                    .collect(Collectors.joining(", "))).append('.');
        }
    }

    private static String avance(Avance a) {
        return "<span class=\"avance " + a.name() + "\">" + e(a.etiqueta()) + "</span>";
    }

    private static long contar(InformeEjecutivo informe, Avance avance) {
        return informe.conteos().values().stream().mapToLong(m -> m.get(avance)).sum();
    }

    private static String sigla(Resultado r) {
        return r.sigla() == null ? r.servicio() : r.sigla();
    }

    /** An id usable in a fragment: letters, digits and hyphens only. */
    private static String ancla(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** Escapes text for element content and attribute values. */
    static String e(String texto) {
        StringBuilder sb = new StringBuilder(texto.length() + 16);
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0; a report never needs them.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
