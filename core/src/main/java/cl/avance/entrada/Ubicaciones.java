package cl.avance.entrada;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The line and column of every value and every object key of a {@link Documento}, found by RFC 6901 JSON
 * Pointer ({@code /unidades/0/criterios/1.2/indicadores/PROGRAMA_ACORDADO}, the {@link ErrorDeEntrada#puntero()}
 * of an error). A pointer the document does not hold (a missing field, say) gives the position of its nearest
 * ancestor that it does hold, so every lookup answers. Values reached through a YAML alias are placed where
 * the anchored text is written. Immutable and thread-safe.
 */
public final class Ubicaciones {

    private final long raiz;
    private final Miembros miembrosDeLaRaiz;

    Ubicaciones(long raiz, Miembros miembrosDeLaRaiz) {
        this.raiz = raiz;
        this.miembrosDeLaRaiz = miembrosDeLaRaiz;
    }

    /**
     * Where the place {@code puntero} names begins: its key, for a member of an object; its value, for an
     * element of an array or the whole document ({@code ""}).
     *
     * @throws IllegalArgumentException when {@code puntero} is neither empty nor starts with {@code /}
     */
    public Ubicacion de(String puntero) {
        return buscar(puntero, true);
    }

    /** Where the value at {@code puntero} begins (for a member of an object, after its key and colon). */
    public Ubicacion delValor(String puntero) {
        return buscar(puntero, false);
    }

    private Ubicacion buscar(String puntero, boolean preferirClave) {
        Objects.requireNonNull(puntero, "puntero");
        if (!puntero.isEmpty() && !puntero.startsWith("/")) {
            throw new IllegalArgumentException("un puntero JSON es vacío o empieza con «/»: " + puntero);
        }
        long encontrada = raiz;
        Miembros miembros = miembrosDeLaRaiz;
        String[] segmentos = puntero.isEmpty() ? new String[0] : puntero.substring(1).split("/", -1);
        for (int s = 0; s < segmentos.length && miembros != null; s++) {
            int i = miembros.indice(segmentos[s].replace("~1", "/").replace("~0", "~"));
            if (i < 0) {
                break;
            }
            boolean ultimo = s == segmentos.length - 1;
            encontrada = ultimo && preferirClave && miembros.claves != null ? miembros.claves[i] : miembros.valores[i];
            miembros = miembros.hijos == null ? null : miembros.hijos[i];
        }
        return Ubicacion.desempacar(encontrada);
    }

    /**
     * Positions of the members of one object or array, in document order. Kept as arrays of packed positions:
     * a document of millions of values costs a few bytes per value here, not an object per value.
     */
    static final class Miembros {
        /** The keys, for an object; null for an array. */
        private String[] nombres;
        private long[] claves;
        private long[] valores = new long[4];
        /** The members of each member that is itself an object or array; null while there is none. */
        private Miembros[] hijos;
        private int cantidad;
        private Map<String, Integer> indicePorNombre;

        static Miembros deObjeto() {
            Miembros m = new Miembros();
            m.nombres = new String[4];
            m.claves = new long[4];
            return m;
        }

        static Miembros deLista() {
            return new Miembros();
        }

        void agregar(String nombre, long clave, long valor, Miembros suyos) {
            if (cantidad == valores.length) {
                int nueva = cantidad * 2;
                valores = Arrays.copyOf(valores, nueva);
                if (nombres != null) {
                    nombres = Arrays.copyOf(nombres, nueva);
                    claves = Arrays.copyOf(claves, nueva);
                }
                if (hijos != null) {
                    hijos = Arrays.copyOf(hijos, nueva);
                }
            }
            if (nombres != null) {
                nombres[cantidad] = nombre;
                claves[cantidad] = clave;
            }
            valores[cantidad] = valor;
            if (suyos != null) {
                if (hijos == null) {
                    hijos = new Miembros[valores.length];
                }
                hijos[cantidad] = suyos;
            }
            cantidad++;
        }

        /** Gives back the unused room of a large object or array, once complete. */
        void ajustar() {
            if (valores.length - cantidad > 16) {
                valores = Arrays.copyOf(valores, cantidad);
                if (nombres != null) {
                    nombres = Arrays.copyOf(nombres, cantidad);
                    claves = Arrays.copyOf(claves, cantidad);
                }
                if (hijos != null) {
                    hijos = Arrays.copyOf(hijos, cantidad);
                }
            }
        }

        /** Index of the member named {@code segmento}, or -1. */
        private int indice(String segmento) {
            if (nombres == null) {
                try {
                    int i = Integer.parseInt(segmento);
                    return i >= 0 && i < cantidad ? i : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            if (cantidad <= 8) {
                for (int i = 0; i < cantidad; i++) {
                    if (nombres[i].equals(segmento)) {
                        return i;
                    }
                }
                return -1;
            }
            synchronized (this) {
                if (indicePorNombre == null) {
                    // Large objects (hostile ones with many unknown fields) are searched by hash, built once.
                    Map<String, Integer> indice = new HashMap<>(cantidad * 2);
                    for (int i = cantidad - 1; i >= 0; i--) {
                        indice.put(nombres[i], i);
                    }
                    indicePorNombre = indice;
                }
            }
            return indicePorNombre.getOrDefault(segmento, -1);
        }
    }
}
