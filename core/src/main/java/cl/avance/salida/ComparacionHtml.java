package cl.avance.salida;

import static cl.avance.salida.InformeHtml.e;

import cl.avance.comparacion.CambioDeCriterio;
import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.comparacion.Totales;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.modelo.Avance;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.RecomendacionEstandar;
import java.util.List;
import java.util.Optional;

/**
 * A comparison of methodologies as one self-contained HTML page, in the executive report's style: no
 * external asset, every text escaped, well-formed XML.
 */
public final class ComparacionHtml {

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
            header p, .origen { margin: 2px 0; color: var(--suave); }
            h1 { font-size: 26px; margin: 4px 0 6px; }
            h2 { font-size: 19px; margin: 30px 0 10px; color: var(--acento); border-bottom: 1px solid var(--linea);
                 padding-bottom: 4px; }
            table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 14px; }
            th, td { border: 1px solid var(--linea); padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #eef2f6; font-weight: 600; }
            .avance { display: inline-block; border-radius: 4px; padding: 2px 8px; font-weight: 600;
                      font-size: 13px; white-space: nowrap; }
            .SIN_AVANCE { background: var(--sin); color: var(--sin-t); }
            .AVANCE_MENOR { background: var(--menor); color: var(--menor-t); }
            .AVANCE_MAYOR { background: var(--mayor); color: var(--mayor-t); }
            .NO_APLICA { background: var(--na); color: var(--na-t); }
            .SIN_INFORMACION { background: var(--info); color: var(--info-t); border: 1px dashed #9aa3ad; }
            .sentido { color: var(--suave); font-size: 13px; }
            .codigo { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12px; color: var(--suave); }
            ul.recs { margin: 0; padding-left: 16px; }
            .totales { border-left: 4px solid var(--acento); background: #eef3fa; padding: 8px 12px; margin: 8px 0; }
            .error { color: var(--sin-t); }
            footer { margin-top: 34px; font-size: 12px; color: var(--suave); border-top: 1px solid var(--linea);
                     padding-top: 8px; }
            @page { size: A4; margin: 16mm 14mm; }
            @media print {
              body { background: #fff; font-size: 11pt; }
              main { max-width: none; padding: 0; }
              tr { break-inside: avoid; }
              .avance, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private ComparacionHtml() {
    }

    /** The whole page: each evaluation, the totals, and the files that could not be compared. */
    public static String escribir(List<Comparacion> comparaciones, List<EntradaNoComparableException> rechazadas) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<!DOCTYPE html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(e(TextosDeComparacion.TITULO)).append("</title>\n")
                .append("<style>\n").append(ESTILO).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<h1>").append(e(TextosDeComparacion.TITULO)).append("</h1>\n")
                .append("<p>Lo que cambia en cada evaluación si se califica con la metodología B en vez de la A.</p>\n")
                .append("</header>\n");
        Totales totales = Totales.CERO;
        for (Comparacion c : comparaciones) {
            seccion(h, c);
            totales = totales.mas(c.totales());
        }
        if (comparaciones.size() != 1) {
            h.append("<section>\n<h2>Totales</h2>\n<p class=\"totales\">").append(e(TextosDeComparacion.resumen(totales)))
                    .append("</p>\n</section>\n");
        }
        if (!rechazadas.isEmpty()) {
            h.append("<section>\n<h2>No se pudieron comparar</h2>\n<ul>\n");
            for (EntradaNoComparableException x : rechazadas) {
                h.append("<li><strong>").append(e(x.archivo())).append("</strong>\n<ul>\n");
                for (EntradaNoComparableException.Rechazo r : x.ambasIgual() ? x.rechazos().subList(0, 1) : x.rechazos()) {
                    String quien = x.ambasIgual() ? "" : "metodología " + r.metodologia() + " (" + r.origen() + "): ";
                    for (ErrorDeEntrada error : r.errores()) {
                        h.append("<li class=\"error\">").append(e(quien + error)).append("</li>\n");
                    }
                }
                h.append("</ul>\n</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        h.append("<footer>Generado por Avance: cada evaluación se calificó con las dos metodologías; solo se listan las")
                .append(" celdas (unidad y criterio) en que difieren.</footer>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void seccion(StringBuilder h, Comparacion c) {
        h.append("<section>\n<h2>").append(e(TextosDeComparacion.evaluacion(c))).append("</h2>\n");
        origen(h, "A", c.a());
        origen(h, "B", c.b());
        if (c.cambios().isEmpty()) {
            h.append("<p>Ninguna celda cambia.</p>\n");
        } else {
            h.append("<table>\n<thead><tr><th>Unidad</th><th>Criterio</th><th>Avance A</th><th>Avance B</th>")
                    .append("<th>Recomendaciones</th><th>Discrepancia con la autoevaluación</th></tr></thead>\n<tbody>\n");
            for (CambioDeCriterio cambio : c.cambios()) {
                String sentido = TextosDeComparacion.sentido(cambio);
                h.append("<tr><td title=\"").append(e(cambio.unidad())).append("\">")
                        .append(e(Nombres.corto(cambio.nombreUnidad()))).append("</td><td>")
                        .append(e(TextosDeComparacion.criterio(c, cambio.criterio()))).append("</td><td>")
                        .append(avance(cambio.avanceAntes())).append("</td><td>").append(avance(cambio.avanceDespues()))
                        .append(sentido.isEmpty() ? "" : " <span class=\"sentido\">" + e(sentido) + "</span>")
                        .append("</td><td>");
                recomendaciones(h, cambio.recomendacionesAgregadas(), cambio.recomendacionesQuitadas());
                h.append("</td><td>").append(e(TextosDeComparacion.discrepancia(cambio))).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        if (!c.recomendacionesAlServicioAgregadas().isEmpty() || !c.recomendacionesAlServicioQuitadas().isEmpty()) {
            h.append("<p><strong>Al Jefe de Servicio.</strong></p>\n");
            recomendaciones(h, c.recomendacionesAlServicioAgregadas(), c.recomendacionesAlServicioQuitadas());
            h.append('\n');
        }
        h.append("<p class=\"totales\">").append(e(TextosDeComparacion.resumen(c.totales()))).append("</p>\n</section>\n");
    }

    private static void origen(StringBuilder h, String lado, OrigenReglas origen) {
        h.append("<p class=\"origen\"><strong>").append(lado).append("</strong>: ").append(e(origen.origen()))
                .append(" · huella <span class=\"codigo\">")
                .append(e(origen.huella().substring(0, Math.min(12, origen.huella().length())))).append("</span></p>\n");
    }

    private static void recomendaciones(StringBuilder h, List<RecomendacionEstandar> agregadas,
                                        List<RecomendacionEstandar> quitadas) {
        if (agregadas.isEmpty() && quitadas.isEmpty()) {
            return;
        }
        h.append("<ul class=\"recs\">");
        agregadas.forEach(r -> item(h, "+", r));
        quitadas.forEach(r -> item(h, "−", r));
        h.append("</ul>");
    }

    private static void item(StringBuilder h, String marca, RecomendacionEstandar r) {
        h.append("<li title=\"").append(e(r.texto())).append("\">").append(marca).append(' ')
                .append("<span class=\"codigo\">").append(e(r.codigo())).append("</span></li>");
    }

    private static String avance(Optional<Avance> avance) {
        return avance.map(a -> "<span class=\"avance " + a.name() + "\">" + e(a.etiqueta()) + "</span>").orElse("—");
    }
}
