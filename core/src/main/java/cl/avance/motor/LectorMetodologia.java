package cl.avance.motor;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.Ruta;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import cl.avance.modelo.Objetivo;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code metodologia.yaml}: name, version, years and catalogue. Reports every problem at once, as
 * problems of the file {@code metodologia.yaml}, with the path of each in the text.
 */
final class LectorMetodologia {

    /** What {@code metodologia.yaml} says. */
    record Descripcion(String nombre, String version, SortedSet<Integer> anios, Catalogo catalogo) {
    }

    private static final Pattern CODIGO = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern CODIGO_CRITERIO = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.]*");
    private static final List<String> CAMPOS = List.of("nombre", "version", "anios", "objetivos", "instancias");
    private static final List<String> CAMPOS_OBJETIVO = List.of("numero", "titulo", "criterios");
    private static final List<String> CAMPOS_CRITERIO = List.of("codigo", "titulo", "tituloCorto", "instancias", "indicadores");
    private static final List<String> CAMPOS_INDICADOR = List.of("codigo", "descripcion");
    private static final List<String> CAMPOS_INSTANCIA = List.of("codigo", "nombre");

    /** The years input format v1 accepts. */
    static final int PRIMER_ANIO = 1900;
    static final int ULTIMO_ANIO = 2999;

    private final List<ProblemaDeRegla> problemas = new ArrayList<>();
    private final Set<String> codigos = new HashSet<>();

    private LectorMetodologia() {
    }

    static Descripcion leer(String texto) {
        JsonNode raiz;
        try {
            raiz = LectorEvaluacion.estandar().leerArbol(texto.getBytes(StandardCharsets.UTF_8), Formato.YAML,
                    Metodologia.DESCRIPCION);
        } catch (EntradaInvalidaException e) {
            throw new ReglasInvalidasException(Metodologia.DESCRIPCION, e.errores().stream()
                    .map(err -> new ProblemaDeRegla(Metodologia.DESCRIPCION, err.linea(), err.columna(), err.mensaje(), null))
                    .toList());
        }
        return new LectorMetodologia().descripcion(raiz);
    }

    private Descripcion descripcion(JsonNode raiz) {
        Ruta r = Ruta.raiz();
        if (!raiz.isObject()) {
            throw invalida(List.of(problema(r, "debe ser un objeto con nombre, version, anios, objetivos e instancias")));
        }
        conocidos(raiz, r, CAMPOS);
        String nombre = texto(raiz, r, "nombre");
        String version = texto(raiz, r, "version");
        SortedSet<Integer> anios = anios(raiz.get("anios"), r.campo("anios"));
        List<Objetivo> objetivos = new ArrayList<>();
        List<Criterio> criterios = new ArrayList<>();
        JsonNode lista = raiz.get("objetivos");
        if (lista == null || !lista.isArray() || lista.isEmpty()) {
            problemas.add(problema(r.campo("objetivos"), "falta la lista de objetivos, cada uno con numero, titulo y criterios"));
        } else {
            for (int i = 0; i < lista.size(); i++) {
                objetivo(lista.get(i), r.campo("objetivos").elemento(i), objetivos, criterios);
            }
        }
        List<Instancia> instancias = instancias(raiz.get("instancias"), r.campo("instancias"));
        if (!problemas.isEmpty()) {
            throw invalida(problemas);
        }
        return new Descripcion(nombre, version, anios, new Catalogo(objetivos, criterios, instancias));
    }

    private void objetivo(JsonNode nodo, Ruta r, List<Objetivo> objetivos, List<Criterio> criterios) {
        if (!nodo.isObject()) {
            problemas.add(problema(r, "cada objetivo es un objeto con numero, titulo y criterios"));
            return;
        }
        conocidos(nodo, r, CAMPOS_OBJETIVO);
        JsonNode numero = nodo.get("numero");
        if (numero == null || !numero.isIntegralNumber() || !numero.canConvertToInt()) {
            problemas.add(problema(r.campo("numero"), "el número del objetivo debe ser un entero, por ejemplo 1"));
        }
        String titulo = texto(nodo, r, "titulo");
        int n = numero != null && numero.canConvertToInt() ? numero.intValue() : 0;
        if (objetivos.stream().anyMatch(o -> o.numero() == n)) {
            problemas.add(problema(r.campo("numero"), "el objetivo " + n + " está repetido"));
        }
        if (titulo != null) {
            objetivos.add(new Objetivo(n, titulo));
        }
        JsonNode lista = nodo.get("criterios");
        if (lista == null || !lista.isArray() || lista.isEmpty()) {
            problemas.add(problema(r.campo("criterios"), "el objetivo necesita al menos un criterio (codigo, titulo, indicadores)"));
            return;
        }
        for (int i = 0; i < lista.size(); i++) {
            criterio(lista.get(i), r.campo("criterios").elemento(i), n).ifPresent(criterios::add);
        }
    }

    private java.util.Optional<Criterio> criterio(JsonNode nodo, Ruta r, int objetivo) {
        if (!nodo.isObject()) {
            problemas.add(problema(r, "cada criterio es un objeto con codigo, titulo e indicadores"));
            return java.util.Optional.empty();
        }
        int antes = problemas.size();
        conocidos(nodo, r, CAMPOS_CRITERIO);
        String codigo = codigo(nodo, r, CODIGO_CRITERIO, "un código de criterio como \"1.1\" (entre comillas)");
        String titulo = texto(nodo, r, "titulo");
        JsonNode instancias = nodo.get("instancias");
        if (instancias != null && !instancias.isBoolean()) {
            problemas.add(problema(r.campo("instancias"), "escriba true si las unidades pueden nombrar instancias en este criterio"));
        }
        List<Indicador> indicadores = new ArrayList<>();
        JsonNode lista = nodo.get("indicadores");
        if (lista == null || !lista.isArray() || lista.isEmpty()) {
            problemas.add(problema(r.campo("indicadores"), "el criterio necesita al menos un indicador (codigo, descripcion)"));
        } else {
            for (int i = 0; i < lista.size(); i++) {
                Ruta ri = r.campo("indicadores").elemento(i);
                JsonNode ind = lista.get(i);
                if (!ind.isObject()) {
                    problemas.add(problema(ri, "cada indicador es un objeto con codigo y descripcion"));
                    continue;
                }
                conocidos(ind, ri, CAMPOS_INDICADOR);
                String ci = codigo(ind, ri, CODIGO, "un código en mayúsculas, como TERRITORIO_DEFINIDO");
                String descripcion = texto(ind, ri, "descripcion");
                if (ci != null && descripcion != null && codigo != null) {
                    indicadores.add(new Indicador(ci, codigo, descripcion));
                }
            }
        }
        if (problemas.size() > antes) {
            return java.util.Optional.empty();
        }
        JsonNode corto = nodo.get("tituloCorto");
        return java.util.Optional.of(new Criterio(codigo, objetivo, titulo, corto == null ? null : corto.asText(), indicadores,
                instancias != null && instancias.booleanValue()));
    }

    private List<Instancia> instancias(JsonNode lista, Ruta r) {
        List<Instancia> instancias = new ArrayList<>();
        if (lista == null) {
            return instancias;
        }
        if (!lista.isArray()) {
            problemas.add(problema(r, "debe ser una lista de instancias, cada una con codigo y nombre"));
            return instancias;
        }
        for (int i = 0; i < lista.size(); i++) {
            Ruta ri = r.elemento(i);
            JsonNode nodo = lista.get(i);
            if (!nodo.isObject()) {
                problemas.add(problema(ri, "cada instancia es un objeto con codigo y nombre"));
                continue;
            }
            conocidos(nodo, ri, CAMPOS_INSTANCIA);
            String codigo = codigo(nodo, ri, CODIGO, "un código en mayúsculas, como GOBIERNO_REGIONAL");
            String nombre = texto(nodo, ri, "nombre");
            if (codigo != null && nombre != null) {
                instancias.add(new Instancia(codigo, nombre));
            }
        }
        return instancias;
    }

    /** A list of years ({@code [2007, 2008]}) or a range ({@code {desde: 2008}}, {@code {desde: 2007, hasta: 2009}}). */
    private SortedSet<Integer> anios(JsonNode nodo, Ruta r) {
        SortedSet<Integer> anios = new TreeSet<>();
        if (nodo != null && nodo.isObject()) {
            conocidos(nodo, r, List.of("desde", "hasta"));
            int desde = anio(nodo.get("desde"), r.campo("desde"), PRIMER_ANIO);
            int hasta = anio(nodo.get("hasta"), r.campo("hasta"), ULTIMO_ANIO);
            if (desde > hasta) {
                problemas.add(problema(r, "«desde» (" + desde + ") es posterior a «hasta» (" + hasta + ")"));
            }
            for (int a = desde; a <= hasta; a++) {
                anios.add(a);
            }
            return anios;
        }
        if (nodo == null || !nodo.isArray() || nodo.isEmpty()) {
            problemas.add(problema(r, "indique los años de evaluación que esta metodología rige: una lista como [2008]"
                    + " o un rango como {desde: 2008}"));
            return anios;
        }
        for (int i = 0; i < nodo.size(); i++) {
            JsonNode anio = nodo.get(i);
            if (!anio.isIntegralNumber() || !anio.canConvertToInt() || anio.intValue() < PRIMER_ANIO || anio.intValue() > ULTIMO_ANIO) {
                problemas.add(problema(r.elemento(i), "cada año es un número de cuatro cifras, por ejemplo 2008"));
            } else if (!anios.add(anio.intValue())) {
                problemas.add(problema(r.elemento(i), "el año " + anio.intValue() + " está repetido"));
            }
        }
        return anios;
    }

    private int anio(JsonNode nodo, Ruta r, int siFalta) {
        if (nodo == null) {
            return siFalta;
        }
        if (!nodo.isIntegralNumber() || !nodo.canConvertToInt() || nodo.intValue() < PRIMER_ANIO || nodo.intValue() > ULTIMO_ANIO) {
            problemas.add(problema(r, "cada año es un número de cuatro cifras, por ejemplo 2008"));
            return siFalta;
        }
        return nodo.intValue();
    }

    private String codigo(JsonNode objeto, Ruta r, Pattern forma, String ejemplo) {
        JsonNode nodo = objeto.get("codigo");
        if (nodo == null || !nodo.isTextual() || !forma.matcher(nodo.textValue()).matches()) {
            problemas.add(problema(r.campo("codigo"), "el código debe ser " + ejemplo
                    + (nodo == null ? "" : "; se encontró " + nodo)));
            return null;
        }
        if (!codigos.add(nodo.textValue())) {
            problemas.add(problema(r.campo("codigo"), "el código " + nodo.textValue()
                    + " ya se usa en el catálogo: cada criterio, indicador e instancia necesita uno propio"));
            return null;
        }
        return nodo.textValue();
    }

    private String texto(JsonNode objeto, Ruta r, String campo) {
        JsonNode nodo = objeto.get(campo);
        if (nodo == null || !(nodo.isTextual() || nodo.isNumber()) || nodo.asText().isBlank()) {
            problemas.add(problema(r.campo(campo), "falta «" + campo + "», un texto"));
            return null;
        }
        return nodo.asText();
    }

    private void conocidos(JsonNode objeto, Ruta r, List<String> validos) {
        objeto.fieldNames().forEachRemaining(campo -> {
            if (!validos.contains(campo)) {
                problemas.add(problema(r.campo(campo), "campo desconocido; aquí van " + String.join(", ", validos)));
            }
        });
    }

    private static ProblemaDeRegla problema(Ruta r, String mensaje) {
        return new ProblemaDeRegla(Metodologia.DESCRIPCION, 0, 0, (r.ruta().isEmpty() ? "" : r.ruta() + ": ") + mensaje, null);
    }

    private static ReglasInvalidasException invalida(List<ProblemaDeRegla> problemas) {
        return new ReglasInvalidasException(Metodologia.DESCRIPCION, problemas);
    }
}
