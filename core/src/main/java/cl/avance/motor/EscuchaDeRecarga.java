package cl.avance.motor;

import java.util.List;

/**
 * Told what becomes of each reload of a {@link MotorRecargable}: installed, or refused with every reason. Both
 * methods do nothing by default; they run on the thread that called {@link MotorRecargable#recargar()}, after
 * the engine in use changed (or did not). A listener that throws does not stop the others nor change the reload.
 */
public interface EscuchaDeRecarga {

    /** {@code metodologia} is installed: evaluations that start from now on use it. */
    default void recargada(Metodologia metodologia) {
    }

    /**
     * A reload was refused; the methodology in use stays.
     *
     * @param origen  the refused methodology's name and version ({@link Metodologia#origen()}), or where it was
     *                to be read from when it could not be read
     * @param motivos every reason, in Spanish, at its file and line where known: rules that do not compile or
     *                mean something else than they seem, states of a criterion with no grade or two, failing
     *                scenarios of the methodology
     */
    default void rechazada(String origen, List<ProblemaDeRegla> motivos) {
    }
}
