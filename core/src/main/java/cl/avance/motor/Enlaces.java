package cl.avance.motor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A rules folder is what policy staff reviewed: a symbolic link to a file or folder elsewhere would bring
 * in rules nobody reviewed there, so it is refused.
 */
final class Enlaces {

    private Enlaces() {
    }

    /**
     * @throws IllegalArgumentException naming the first link in {@code rutas} that leads outside
     *                                  {@code carpeta}, or that leads nowhere
     */
    static void dentroDe(Path carpeta, List<Path> rutas) throws IOException {
        Path real = carpeta.toRealPath();
        for (Path ruta : rutas) {
            if (!Files.isSymbolicLink(ruta)) {
                continue;
            }
            String nombre = carpeta.relativize(ruta).toString().replace('\\', '/');
            Path destino;
            try {
                destino = ruta.toRealPath();
            } catch (IOException e) {
                throw new IllegalArgumentException("«" + nombre + "», en la carpeta de reglas «" + carpeta
                        + "», es un enlace a algo que no existe: quítelo", e);
            }
            if (!destino.startsWith(real)) {
                throw new IllegalArgumentException("«" + nombre + "», en la carpeta de reglas «" + carpeta
                        + "», es un enlace a «" + destino + "», fuera de la carpeta: las reglas deben estar dentro "
                        + "de ella; copie el archivo en lugar de enlazarlo");
            }
        }
    }
}
