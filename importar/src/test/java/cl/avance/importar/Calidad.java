package cl.avance.importar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quality of a draft against the expected answers (both in input format v1), units matched by position.
 * A suggested indicator value is correct when it equals the expected value (a value suggested where the
 * expected answer leaves the indicator out is wrong); recall is over the expected labelled values. A
 * self-grade counts where either side has one, and is right when both agree.
 */
record Calidad(int sugeridos, int correctos, int esperados, int grados, int gradosCorrectos, List<String> diferencias) {

    private static final ObjectMapper YAML = new ObjectMapper();

    double precision() {
        return sugeridos == 0 ? 0 : (double) correctos / sugeridos;
    }

    double cobertura() {
        return esperados == 0 ? 0 : (double) correctos / esperados;
    }

    double exactitudGrados() {
        return grados == 0 ? 1 : (double) gradosCorrectos / grados;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precisión %.3f (%d/%d), cobertura %.3f (%d/%d), autoevaluaciones %.3f (%d/%d)",
                precision(), correctos, sugeridos, cobertura(), correctos, esperados, exactitudGrados(), gradosCorrectos, grados);
    }

    static Calidad medir(String borrador, String esperado) {
        try {
            return medir(yaml(borrador, "borrador"), yaml(esperado, "esperado"));
        } catch (cl.avance.entrada.EntradaInvalidaException e) {
            throw new IllegalStateException(e);
        }
    }

    static Calidad medir(JsonNode borrador, JsonNode esperado) {
        int sugeridos = 0, correctos = 0, esperados = 0, grados = 0, gradosCorrectos = 0;
        List<String> diferencias = new ArrayList<>();
        JsonNode unidadesB = borrador.get("unidades");
        JsonNode unidadesE = esperado.get("unidades");
        if (unidadesB.size() != unidadesE.size()) {
            diferencias.add("unidades: " + unidadesB.size() + " en el borrador, " + unidadesE.size() + " esperadas");
        }
        int n = Math.max(unidadesB.size(), unidadesE.size());
        for (int i = 0; i < n; i++) {
            JsonNode criteriosB = i < unidadesB.size() ? unidadesB.get(i).path("criterios") : YAML.createObjectNode();
            JsonNode criteriosE = i < unidadesE.size() ? unidadesE.get(i).path("criterios") : YAML.createObjectNode();
            String unidad = i < unidadesE.size() ? unidadesE.get(i).path("id").asText() : "#" + i;
            for (String codigo : codigos(criteriosB, criteriosE)) {
                JsonNode b = criteriosB.path(codigo);
                JsonNode e = criteriosE.path(codigo);
                JsonNode indB = b.path("indicadores");
                JsonNode indE = e.path("indicadores");
                for (String indicador : codigos(indB, indE)) {
                    JsonNode vb = indB.get(indicador);
                    JsonNode ve = indE.get(indicador);
                    if (ve != null && !ve.isNull()) {
                        esperados++;
                    }
                    if (vb != null && !vb.isNull()) {
                        sugeridos++;
                        if (ve != null && ve.asBoolean() == vb.asBoolean()) {
                            correctos++;
                            continue;
                        }
                    }
                    if (vb == null && ve == null) {
                        continue;
                    }
                    diferencias.add(unidad + " " + codigo + " " + indicador + ": sugerido " + (vb == null ? "—" : vb.asText())
                            + ", esperado " + (ve == null ? "—" : ve.asText())
                            + (vb == null ? "" : " «" + b.path("evidencias").path(indicador).asText() + "»"));
                }
                String gb = b.path("autoevaluacion").isTextual() ? b.path("autoevaluacion").asText() : null;
                String ge = e.path("autoevaluacion").isTextual() ? e.path("autoevaluacion").asText() : null;
                if (gb != null || ge != null) {
                    grados++;
                    if (gb != null && gb.equals(ge)) {
                        gradosCorrectos++;
                    } else {
                        diferencias.add(unidad + " " + codigo + " autoevaluación: sugerida " + gb + ", esperada " + ge
                                + (gb == null ? "" : " «" + b.path("evidencias").path("autoevaluacion").asText() + "»"));
                    }
                }
            }
        }
        return new Calidad(sugeridos, correctos, esperados, grados, gradosCorrectos, diferencias);
    }

    private static List<String> codigos(JsonNode a, JsonNode b) {
        List<String> codigos = new ArrayList<>();
        for (JsonNode nodo : List.of(a, b)) {
            for (Iterator<Map.Entry<String, JsonNode>> it = nodo.properties().iterator(); it.hasNext(); ) {
                String codigo = it.next().getKey();
                if (!codigos.contains(codigo)) {
                    codigos.add(codigo);
                }
            }
        }
        return codigos;
    }

    /** A YAML text as a tree, with the project's own reader. */
    private static JsonNode yaml(String texto, String nombre) {
        return cl.avance.entrada.LectorEvaluacion.estandar().leerArbol(
                texto.getBytes(java.nio.charset.StandardCharsets.UTF_8), cl.avance.entrada.Formato.YAML, nombre);
    }
}
