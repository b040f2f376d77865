package cl.avance.benchmarks;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.motor.Metodologia;
import java.util.TreeMap;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Unidad;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Reproducible evaluations of any size, with every kind of report the input format allows. */
public final class Datos {

    /** The default methodology's questionnaire, which every benchmark grades. */
    public static final Catalogo CATALOGO = Metodologia.porDefecto().catalogo();

    public static Criterio criterio(String codigo) {
        return CATALOGO.criterio(codigo).orElseThrow();
    }

    public static Indicador indicador(String codigo) {
        return CATALOGO.indicador(codigo).orElseThrow();
    }

    /** The default catalogue with {@code reglas} (path → DRL) as its only rules. */
    public static Metodologia conReglas(Map<String, String> reglas) {
        Map<String, String> archivos = new TreeMap<>(reglas);
        archivos.put(Metodologia.DESCRIPCION, Metodologia.porDefecto().archivos().get(Metodologia.DESCRIPCION));
        return Metodologia.desdeTextos(archivos);
    }

    private Datos() {
    }

    public static Evaluacion evaluacion(int unidades, long semilla) {
        Random azar = new Random(semilla);
        List<Unidad> lista = new ArrayList<>(unidades);
        for (int u = 0; u < unidades; u++) {
            Map<Criterio, CriterioInformado> criterios = new LinkedHashMap<>();
            for (Criterio c : CATALOGO.criterios()) {
                double r = azar.nextDouble();
                if (r < 0.05) {
                    continue;
                }
                if (r < 0.08) {
                    criterios.put(c, CriterioInformado.noAplicable(c, "No corresponde"));
                    continue;
                }
                Map<Indicador, Boolean> indicadores = new LinkedHashMap<>();
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
