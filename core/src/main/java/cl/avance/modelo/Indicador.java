package cl.avance.modelo;

import java.util.Arrays;
import java.util.Optional;

/** The domain facts each criterion is judged on. The constant names are the stable codes. */
public enum Indicador {
    TERRITORIO_DEFINIDO(Criterio.C1_1,
            "El territorio está explícitamente definido por las instituciones participantes."),
    PROBLEMA_COMUN(Criterio.C1_1,
            "Se identifica un problema común del territorio que varios servicios pueden ayudar a resolver."),
    DIAGNOSTICO_COMPARTIDO(Criterio.C1_1,
            "Existe un diagnóstico compartido por las instituciones participantes."),
    AGENDA_COMPARTIDA(Criterio.C1_1,
            "Existe una agenda o plan de trabajo compartido."),
    ACCIONES_COMPLEMENTARIAS(Criterio.C1_1,
            "Se realizan acciones complementarias con otros servicios."),

    PROGRAMA_INFORMADO(Criterio.C1_2,
            "El programa de trabajo se informa a las instancias territoriales pertinentes."),
    PROGRAMA_PRESENTADO(Criterio.C1_2,
            "El programa se presenta en una instancia territorial para buscar coordinación."),
    PROGRAMA_ACORDADO(Criterio.C1_2,
            "El programa se formula y acuerda en una instancia territorial."),

    ACUERDO_FORMAL(Criterio.C1_3,
            "El programa es parte de un acuerdo formal (acta, protocolo, convenio) entre dos o más instituciones."),
    COMPROMISOS_RESPALDADOS(Criterio.C1_3,
            "Los compromisos cuentan con respaldo formal de las instituciones participantes."),
    PRESUPUESTO_INCORPORADO(Criterio.C1_3,
            "Los compromisos regionales están incorporados en el presupuesto del servicio."),

    INFO_OFERTA(Criterio.C2_1,
            "Se entrega la oferta de productos y subproductos en la región o sus territorios."),
    INFO_GASTOS(Criterio.C2_1,
            "Se entrega el programa anual de gastos en la región."),
    INFO_INVERSIONES(Criterio.C2_1,
            "Se entrega el programa anual de inversiones en la región o sus territorios."),
    INFO_BENEFICIARIOS(Criterio.C2_1,
            "Se entrega la localización y características de clientes, usuarios y beneficiarios por producto."),
    PROCEDIMIENTO_ACORDADO(Criterio.C2_1,
            "Un procedimiento acordado con el Gobierno Regional fija contenidos y periodicidad."),
    ENTREGA_PERIODICA(Criterio.C2_1,
            "La información se entrega con la periodicidad comprometida.");

    private final Criterio criterio;
    private final String descripcion;

    Indicador(Criterio criterio, String descripcion) {
        this.criterio = criterio;
        this.descripcion = descripcion;
    }

    /** The criterion this indicator belongs to. */
    public Criterio criterio() {
        return criterio;
    }

    /** What a report shows for this indicator, in Spanish. */
    public String descripcion() {
        return descripcion;
    }

    /** The indicator with this code, or empty when the code is unknown; never null. */
    public static Optional<Indicador> porCodigo(String codigo) {
        return Arrays.stream(values()).filter(i -> i.name().equals(codigo)).findFirst();
    }
}
