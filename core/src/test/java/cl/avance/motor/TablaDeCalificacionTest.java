package cl.avance.motor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.MetodologiaDePrueba;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Completeness: every state of every criterion gets exactly one grade, and the check says which does not. */
class TablaDeCalificacionTest {

    private static final String C13 = "clasificacion/criterio_1_3.drl";
    private static final String C12 = "clasificacion/criterio_1_2.drl";
    private static final String C21 = "clasificacion/criterio_2_1.drl";

    /** The default methodology with one rule file changed by {@code cambio}. */
    private static Metodologia cambiada(String archivo, UnaryOperator<String> cambio) {
        Map<String, String> archivos = new TreeMap<>(MetodologiaDePrueba.metodologia().archivos());
        String antes = archivos.get(archivo);
        String despues = cambio.apply(antes);
        assertTrue(!antes.equals(despues), "el cambio de la prueba no cambió " + archivo);
        archivos.put(archivo, despues);
        return Metodologia.desdeTextos(archivos);
    }

    private static String sinRegla(String drl, String nombre) {
        int inicio = drl.indexOf("rule \"" + nombre);
        int fin = drl.indexOf("\nend", inicio) + "\nend".length();
        return drl.substring(0, inicio) + drl.substring(fin);
    }

    private static int linea(Metodologia m, String archivo, String texto) {
        String drl = m.archivos().get(archivo);
        return (int) drl.substring(0, drl.indexOf(texto)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void laMetodologiaPorDefectoEsCompleta() {
        TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(MetodologiaDePrueba.metodologia()));
        assertEquals(List.of(), tabla.problemas());
        assertEquals(List.of(), tabla.avisos(), "ninguna regla de calificación mira otros hechos");
        // 3^5 + 3^3 + 3^3 + 3^6 combinations, plus "solo desarrollo" and "no aplica" per criterion.
        assertEquals(243 + 27 + 27 + 729 + 4 * 2, tabla.estadosRevisados());
        assertTrue(tabla.completa());
    }

    @Test
    void laTablaGuardaCadaEstadoConSusAvancesYReglas() {
        TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(MetodologiaDePrueba.metodologia()));
        Criterio c13 = MetodologiaDePrueba.criterio("1.3");
        Map<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>> de13 = tabla.de(c13);
        assertEquals(27 + 2, de13.size());
        Map<String, List<ArmadorDeResultado.Calificada>> porPalabras = new TreeMap<>();
        de13.forEach((e, c) -> porPalabras.put(e.enPalabras(), c));
        assertEquals(List.of(new ArmadorDeResultado.Calificada(Avance.NO_APLICA,
                "Un criterio que la unidad declara no aplicable queda como No aplica")), porPalabras.get("1.3 declarado «no aplica»"));
        assertEquals(Avance.SIN_INFORMACION, porPalabras.get("1.3 sin indicadores ni desarrollo (sin información)").get(0).avance());
        // methodology.md: text but no indicator is SIN_AVANCE, not SIN_INFORMACION.
        assertEquals(List.of(new ArmadorDeResultado.Calificada(Avance.SIN_AVANCE, "1.3 Sin avance: no se cumple ningún indicador")),
                porPalabras.get("1.3 con texto de desarrollo y ningún indicador informado"));
        assertEquals(Avance.AVANCE_MENOR, porPalabras.get("1.3 con ACUERDO_FORMAL cumplido, COMPROMISOS_RESPALDADOS no cumplido"
                + " y PRESUPUESTO_INCORPORADO sin informar").get(0).avance());
    }

    @Test
    void unaReglaBorradaDejaEstadosSinAvance() {
        Metodologia m = cambiada(C13, drl -> sinRegla(drl, "1.3 Avance mayor"));
        List<ProblemaDeRegla> problemas = TablaDeCalificacion.de(Motor.con(m)).problemas();
        assertEquals(1, problemas.size(), problemas.toString());
        ProblemaDeRegla p = problemas.get(0);
        assertEquals("1.3 con ACUERDO_FORMAL cumplido, COMPROMISOS_RESPALDADOS cumplido y PRESUPUESTO_INCORPORADO cumplido:"
                + " ninguna regla le da un avance", p.mensaje());
        assertEquals(C13, p.archivo());
        assertEquals(linea(m, C13, "rule \"1.3 Sin avance"), p.linea(), "señala las reglas que califican 1.3");
    }

    @Test
    void unaCondicionAcotadaDejaEstadosSinAvanceYCuentaLosQueNoLista() {
        // "Avance menor" now also asks for PROGRAMA_INFORMADO: with it absent or unreported and one of the other two
        // met (5 combinations × 2), no rule grades 1.2.
        Metodologia m = cambiada(C12, drl -> drl.replace("codigo == \"1.2\", aplica, informado, cumpleAlguno, cumpleTodos == false",
                "codigo == \"1.2\", aplica, informado, cumpleAlguno, cumpleTodos == false, cumple( \"PROGRAMA_INFORMADO\" )"));
        List<ProblemaDeRegla> problemas = TablaDeCalificacion.de(Motor.con(m)).problemas();
        assertEquals(TablaDeCalificacion.ESTADOS_POR_CRITERIO + 1, problemas.size(), problemas.toString());
        assertEquals("1.2 con PROGRAMA_INFORMADO no cumplido, PROGRAMA_PRESENTADO cumplido y PROGRAMA_ACORDADO cumplido:"
                + " ninguna regla le da un avance", problemas.get(0).mensaje());
        problemas.subList(0, 5).forEach(p -> assertTrue(p.mensaje().startsWith("1.2 con PROGRAMA_INFORMADO no cumplido")
                || p.mensaje().startsWith("1.2 con PROGRAMA_INFORMADO sin informar"), p.mensaje()));
        assertEquals("1.2: y 5 estados más sin un único avance (de 29 estados revisados)", problemas.get(5).mensaje());
        assertEquals(C12, problemas.get(5).archivo());
    }

    @Test
    void dosReglasQueSeSuperponenSeNombranConSusAvances() {
        String nueva = "\nrule \"2.1 Avance mayor: la información con procedimiento basta\"\nwhen\n"
                + "    $criterio : CriterioDeUnidad( codigo == \"2.1\", aplica, informado, cumple( \"INFO_OFERTA\" ),"
                + " cumple( \"INFO_GASTOS\" ), cumple( \"INFO_INVERSIONES\" ), cumple( \"INFO_BENEFICIARIOS\" ),"
                + " cumple( \"PROCEDIMIENTO_ACORDADO\" ) )\nthen\n"
                + "    insert( new Calificacion( $criterio, Avance.AVANCE_MAYOR ) );\nend\n";
        Metodologia m = cambiada(C21, drl -> drl + nueva);
        List<ProblemaDeRegla> problemas = TablaDeCalificacion.de(Motor.con(m)).problemas();
        // ENTREGA_PERIODICA absent or unreported, the other five met: both "menor" and the new "mayor" apply.
        assertEquals(2, problemas.size(), problemas.toString());
        assertEquals("2.1 con INFO_OFERTA cumplido, INFO_GASTOS cumplido, INFO_INVERSIONES cumplido, INFO_BENEFICIARIOS"
                + " cumplido, PROCEDIMIENTO_ACORDADO cumplido y ENTREGA_PERIODICA no cumplido: dos reglas le dan avances"
                + " distintos: «2.1 Avance menor: se entrega alguna información, pero falta algún indicador» da AVANCE_MENOR y"
                + " «2.1 Avance mayor: la información con procedimiento basta» da AVANCE_MAYOR", problemas.get(0).mensaje());
        assertEquals(C21, problemas.get(0).archivo());
        assertEquals(linea(m, C21, "rule \"2.1 Avance menor"), problemas.get(0).linea());
        assertTrue(problemas.get(1).mensaje().contains("ENTREGA_PERIODICA sin informar: dos reglas"), problemas.get(1).mensaje());
    }

    @Test
    void unaReglaDeCalificacionQueMiraOtroCriterioSeAvisa() {
        String cruzada = "\nrule \"1.3 Avance menor si 1.2 está acordado\"\nwhen\n"
                + "    $criterio : CriterioDeUnidad( codigo == \"1.3\", aplica, informado, cumpleAlguno == false )\n"
                + "    CriterioDeUnidad( unidad == $criterio.unidad, codigo == \"1.2\", cumple( \"PROGRAMA_ACORDADO\" ) )\nthen\n"
                + "    insert( new Calificacion( $criterio, Avance.AVANCE_MENOR ) );\nend\n";
        Metodologia m = cambiada(C13, drl -> drl + cruzada);
        TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(m));
        assertEquals(1, tabla.avisos().size(), tabla.avisos().toString());
        ProblemaDeRegla aviso = tabla.avisos().get(0);
        assertEquals(C13, aviso.archivo());
        assertEquals(linea(m, C13, "rule \"1.3 Avance menor si 1.2"), aviso.linea());
        assertTrue(aviso.mensaje().contains("«1.3 Avance menor si 1.2 está acordado» califica mirando otros hechos"),
                aviso.mensaje());
        // Graded alone, 1.3 never meets the second pattern: the table sees no overlap, hence the warning.
        assertEquals(List.of(), tabla.problemas());
    }

    @Test
    void unPatronDelPropioCriterioNoSeAvisa() {
        String propia = "\nrule \"1.3 Sin avance, leyendo sus indicadores\"\nwhen\n"
                + "    $criterio : CriterioDeUnidad( codigo == \"1.3\", aplica, informado, cumpleAlguno == false )\n"
                + "    $i : String() from $criterio.noCumplidos\nthen\n"
                + "    insert( new Calificacion( $criterio, Avance.SIN_AVANCE ) );\nend\n";
        TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(cambiada(C13, drl -> drl + propia)));
        assertEquals(List.of(), tabla.avisos());
        assertEquals(List.of(), tabla.problemas(), "el mismo avance de dos reglas no es un problema");
    }

    @Test
    void unEstadoEnQueLasReglasFallanSeNombraConLaFalla() {
        Metodologia m = cambiada(C13, drl -> drl.replace("insert( new Calificacion( $criterio, Avance.AVANCE_MAYOR ) );",
                "insert( new Calificacion( $criterio, Avance.values()[ 7 ] ) );"));
        List<ProblemaDeRegla> problemas = TablaDeCalificacion.de(Motor.con(m)).problemas();
        assertEquals(1, problemas.size(), problemas.toString());
        assertTrue(problemas.get(0).mensaje().startsWith("1.3 con ACUERDO_FORMAL cumplido, COMPROMISOS_RESPALDADOS cumplido y"
                + " PRESUPUESTO_INCORPORADO cumplido: las reglas fallan al calificarlo: La regla «1.3 Avance mayor: se cumplen"
                + " los tres indicadores» falló al ejecutarse"), problemas.get(0).mensaje());
    }

    @Test
    void unCriterioConDemasiadosIndicadoresSeAvisaYNoSeEnumera() {
        Map<String, String> archivos = new TreeMap<>(MetodologiaDePrueba.metodologia().archivos());
        String yaml = archivos.get(Metodologia.DESCRIPCION);
        String ultimo = "            descripcion: La información se entrega con la periodicidad comprometida.\n";
        StringBuilder mas = new StringBuilder(ultimo);
        for (int i = 1; i <= 3; i++) {
            mas.append("          - codigo: INFO_EXTRA_").append(i).append("\n            descripcion: Otra información ")
                    .append(i).append(".\n");
        }
        assertTrue(yaml.contains(ultimo));
        archivos.put(Metodologia.DESCRIPCION, yaml.replace(ultimo, mas.toString()));
        TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(Metodologia.desdeTextos(archivos)));
        assertEquals(1, tabla.avisos().size(), tabla.avisos().toString());
        assertEquals("metodologia.yaml: el criterio 2.1 tiene 9 indicadores: son demasiados estados para revisarlos uno por"
                + " uno (el máximo es 8 indicadores por criterio), así que no se revisó que cada estado reciba un solo avance",
                tabla.avisos().get(0).toString());
        assertEquals(243 + 27 + 27 + 3 * 2, tabla.estadosRevisados());
        assertEquals(List.of(), tabla.problemas());
    }
}
