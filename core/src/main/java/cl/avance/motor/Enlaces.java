package cl.avance.motor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A rules folder is what policy staff reviewed: a symbolic link to a file or folder elsewhere would bring
 * in rules nobody reviewed there, so it is refused, like a rule outside the allow-list.
 */
final class Enlaces {

    private static final String PISTA = "copie el archivo dentro de la carpeta de reglas en lugar de enlazarlo";

    private Enlaces() {
    }

    /**
     * @throws ReglasInvalidasException naming every link in {@code rutas} that leads outside {@code carpeta},
     *                                  or nowhere
     */
    static void dentroDe(Path carpeta, List<Path> rutas) throws IOException {
        Path real = carpeta.toRealPath();
        List<ProblemaDeRegla> problemas = new ArrayList<>();
        for (Path ruta : rutas) {
            if (!Files.isSymbolicLink(ruta)) {
                continue;
            }
            String nombre = carpeta.relativize(ruta).toString().replace('\\', '/');
            try {
                Path destino = ruta.toRealPath();
                if (!destino.startsWith(real)) {
                    problemas.add(new ProblemaDeRegla(nombre, 0, 0, "es un enlace a «" + destino
                            + "», fuera de la carpeta de reglas: no se usan reglas de fuera de la carpeta", PISTA));
                }
            } catch (IOException e) {
                problemas.add(new ProblemaDeRegla(nombre, 0, 0, "es un enlace a algo que no existe", "quítelo"));
            }
        }
        if (!problemas.isEmpty()) {
            throw new ReglasInvalidasException(carpeta.toString(), problemas);
        }
    }
}
