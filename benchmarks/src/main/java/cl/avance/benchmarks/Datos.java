package cl.avance.benchmarks;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Reproducible evaluations of any size, with every kind of report the input format allows. */
public final class Datos {

    private Datos() {
    }

    public static Evaluacion evaluacion(int unidades, long semilla) {
        Random azar = new Random(semilla);
        List<Unidad> lista = new ArrayList<>(unidades);
        for (int u = 0; u < unidades; u++) {
            Map<Criterio, CriterioInformado> criterios = new EnumMap<>(Criterio.class);
            for (Criterio c : Criterio.values()) {
                double r = azar.nextDouble();
                if (r < 0.05) {
                    continue;
                }
                if (r < 0.08) {
                    criterios.put(c, CriterioInformado.noAplicable(c, "No corresponde"));
                    continue;
                }
                Map<Indicador, Boolean> indicadores = new EnumMap<>(Indicador.class);
                for (Indicador i : c.indicadores()) {
                    if (azar.nextDouble() < 0.8) {
                        indicadores.put(i, azar.nextDouble() < 0.6);
                    }
                }
                Avance propia = azar.nextDouble() < 0.3 ? Avance.values()[azar.nextInt(3)] : null;
                criterios.put(c, new CriterioInformado(c, indicadores, propia, "texto", List.of(), null, Set.of()));
            }
            lista.add(new Unidad("u" + u, "Unidad " + u, criterios));
        }
        return new Evaluacion("Servicio de medición", "SM", 2007, lista);
    }
}
