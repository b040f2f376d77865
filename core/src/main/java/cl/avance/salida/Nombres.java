package cl.avance.salida;

import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoUnidad;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Unit id → name, so that reports show people's names for units rather than ids. */
final class Nombres {
    private final Map<String, String> porId = new HashMap<>();

    Nombres(Resultado resultado) {
        for (ResultadoUnidad u : resultado.unidades()) {
            porId.put(u.id(), u.nombre());
        }
    }

    String de(String id) {
        return porId.getOrDefault(id, id);
    }

    String lista(List<String> ids) {
        return ids.stream().map(this::de).collect(Collectors.joining(", "));
    }

    /** Names without the "Dirección Regional de" that every regional unit shares. */
    String listaCorta(List<String> ids) {
        return ids.stream().map(id -> corto(de(id))).collect(Collectors.joining(", "));
    }

    /** A short form for tables: "Dirección Regional de Tarapacá" → "Tarapacá". */
    static String corto(String nombre) {
        for (String prefijo : List.of("Dirección Regional de ", "Dirección Regional del ", "Dirección Regional ")) {
            if (nombre.startsWith(prefijo)) {
                return nombre.substring(prefijo.length());
            }
        }
        return nombre;
    }
}
