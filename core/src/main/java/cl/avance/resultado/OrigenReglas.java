package cl.avance.resultado;

import java.util.Objects;

/**
 * Which rules produced a result, so that it can be reproduced.
 *
 * @param origen where the rules came from (for example {@code "reglas por defecto"} or a folder)
 * @param huella the SHA-256 fingerprint of the rule files, in lowercase hexadecimal
 */
public record OrigenReglas(String origen, String huella) {
    /** Creates a {@code OrigenReglas}, checking and copying its components as described above. */
    public OrigenReglas {
        Objects.requireNonNull(origen, "origen");
        Objects.requireNonNull(huella, "huella");
    }
}
