package cl.avance.hechos;

import java.util.Objects;

/** Conclusion: a recommendation to the head of service, drawn from all units together. */
public final class RecomendacionAlServicio {
    private final String codigo;
    private final String texto;

    /** A recommendation to the head of service, with its stable {@code codigo} and Spanish {@code texto}. */

    public RecomendacionAlServicio(String codigo, String texto) {
        this.codigo = Objects.requireNonNull(codigo, "codigo");
        this.texto = Objects.requireNonNull(texto, "texto");
    }

    /** The stable code ("REC-SERVICIO-…"). */

    public String getCodigo() {
        return codigo;
    }

    /** The text, in Spanish. */

    public String getTexto() {
        return texto;
    }

    @Override
    public String toString() {
        return "Servicio " + codigo;
    }
}
