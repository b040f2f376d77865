package cl.avance.entrada;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value sits in a document, as a list of object keys and array indexes. It is written two ways:
 * {@link #ruta()} as the methodology documents it ({@code unidades[3].criterios.1.2.indicadores.X}, short
 * but ambiguous when a key holds a dot) and {@link #puntero()} as an RFC 6901 JSON Pointer
 * ({@code /unidades/3/criterios/1.2/indicadores/X}, exact). Immutable.
 */
public final class Ruta {

    private static final Ruta RAIZ = new Ruta(List.of());

    /** Each segment is a {@link String} key or an {@link Integer} index. */
    private final List<Object> segmentos;

    private Ruta(List<Object> segmentos) {
        this.segmentos = segmentos;
    }

    /** The whole document. */
    public static Ruta raiz() {
        return RAIZ;
    }

    /** The value under {@code clave} of the object here. */
    public Ruta campo(String clave) {
        return con(Objects.requireNonNull(clave, "clave"));
    }

    /** The element at {@code indice} (from 0) of the array here. */
    public Ruta elemento(int indice) {
        return con(indice);
    }

    private Ruta con(Object segmento) {
        List<Object> nuevos = new ArrayList<>(segmentos.size() + 1);
        nuevos.addAll(segmentos);
        nuevos.add(segmento);
        return new Ruta(Collections.unmodifiableList(nuevos));
    }

    /** The path as the methodology writes it: keys joined by dots, indexes in brackets; "" for the root. */
    public String ruta() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segmentos) {
            if (s instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** The path as an RFC 6901 JSON Pointer: "" for the root, {@code ~} and {@code /} escaped. */
    public String puntero() {
        StringBuilder sb = new StringBuilder();
        for (Object s : segmentos) {
            sb.append('/').append(s.toString().replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ruta r && r.segmentos.equals(segmentos);
    }

    @Override
    public int hashCode() {
        return segmentos.hashCode();
    }

    @Override
    public String toString() {
        return puntero();
    }
}
