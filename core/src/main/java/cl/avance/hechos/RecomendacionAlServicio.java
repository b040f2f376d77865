package cl.avance.hechos;

import java.util.Objects;

/** Conclusion: a recommendation to the head of service, drawn from all units together. */
public final class RecomendacionAlServicio {
    private final String codigo;
    private final String texto;

    public RecomendacionAlServicio(String codigo, String texto) {
        this.codigo = Objects.requireNonNull(codigo, "codigo");
        this.texto = Objects.requireNonNull(texto, "texto");
    }

    public String getCodigo() {
        return codigo;
    }

    public String getTexto() {
        return texto;
    }

    @Override
    public String toString() {
        return "Servicio " + codigo;
    }
}
