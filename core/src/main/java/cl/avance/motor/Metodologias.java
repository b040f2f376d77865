package cl.avance.motor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The methodologies in use, each governing its own evaluation years: an evaluation is graded by the one
 * whose years include its {@code anio}. No two may claim the same year. Immutable.
 */
public final class Metodologias {

    private final List<Metodologia> todas;

    private Metodologias(List<Metodologia> todas) {
        this(todas, null);
    }

    /** {@code carpetas}: the folder of each methodology, relative to the folder given, to name them; or null. */
    private Metodologias(List<Metodologia> todas, List<String> carpetas) {
        this.todas = List.copyOf(todas);
        if (this.todas.isEmpty()) {
            throw new IllegalArgumentException("Se necesita al menos una metodología");
        }
        List<ProblemaDeRegla> problemas = new ArrayList<>();
        for (int i = 0; i < this.todas.size(); i++) {
            for (int j = i + 1; j < this.todas.size(); j++) {
                SortedSet<Integer> comunes = new TreeSet<>(this.todas.get(i).anios());
                comunes.retainAll(this.todas.get(j).anios());
                if (!comunes.isEmpty()) {
                    String donde = carpetas == null ? "" : " (carpeta " + carpetas.get(i) + ")";
                    String dondeOtra = carpetas == null ? "" : " (carpeta " + carpetas.get(j) + ")";
                    String copia = carpetas == null ? null : CopiasDeRespaldo.carpetaPareceCopia(carpetas.get(j)) ? carpetas.get(j)
                            : CopiasDeRespaldo.carpetaPareceCopia(carpetas.get(i)) ? carpetas.get(i) : null;
                    problemas.add(new ProblemaDeRegla(carpetas == null ? Metodologia.DESCRIPCION
                            : carpetas.get(j) + "/" + Metodologia.DESCRIPCION, 0, 0, "«" + this.todas.get(i).origen() + "»"
                            + donde + " y «" + this.todas.get(j).origen() + "»" + dondeOtra + " rigen los mismos años ("
                            + (comunes.size() > 10 ? comunes.first() + "–" + comunes.last() : comunes.toString()) + ")",
                            copia != null ? "«" + copia + "» tiene nombre de copia: ¿es una copia de respaldo de otra"
                                    + " metodología? Sáquela de esta carpeta"
                                    : "cada año de evaluación debe tener una sola metodología: corrija «anios» en una de las dos"));
                }
            }
        }
        if (!problemas.isEmpty()) {
            throw new ReglasInvalidasException("las metodologías", problemas);
        }
    }

    /** Exactly these methodologies. */
    public static Metodologias de(List<Metodologia> metodologias) {
        return new Metodologias(Objects.requireNonNull(metodologias, "metodologias"));
    }

    /** Only the default methodology. */
    public static Metodologias porDefecto() {
        return de(List.of(Metodologia.porDefecto()));
    }

    /**
     * The methodology in {@code carpeta} (it holds {@code metodologia.yaml}), or every methodology in its
     * immediate subfolders.
     *
     * @throws IllegalArgumentException when the folder holds no methodology
     * @throws ReglasInvalidasException when one is invalid or two claim the same year
     */
    public static Metodologias desdeCarpeta(Path carpeta) {
        Objects.requireNonNull(carpeta, "carpeta");
        if (Files.isRegularFile(carpeta.resolve(Metodologia.DESCRIPCION)) || !Files.isDirectory(carpeta)) {
            return de(List.of(Metodologia.desdeCarpeta(carpeta)));
        }
        List<Metodologia> encontradas = new ArrayList<>();
        List<String> carpetas = new ArrayList<>();
        try (Stream<Path> hijas = Files.list(carpeta)) {
            for (Path hija : (Iterable<Path>) hijas.sorted()::iterator) {
                if (Files.isRegularFile(hija.resolve(Metodologia.DESCRIPCION))) {
                    encontradas.add(Metodologia.desdeCarpeta(hija));
                    carpetas.add(hija.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la carpeta «" + carpeta + "»", e);
        }
        if (encontradas.isEmpty()) {
            // Says why, for an old rules folder as well.
            return de(List.of(Metodologia.desdeCarpeta(carpeta)));
        }
        return new Metodologias(encontradas, carpetas);
    }

    /** Every methodology, in the order given. */
    public List<Metodologia> todas() {
        return todas;
    }

    /**
     * The methodology that governs {@code anio}.
     *
     * @throws SinMetodologiaException when none does, naming the years available
     */
    public Metodologia para(int anio) {
        for (Metodologia m : todas) {
            if (m.rige(anio)) {
                return m;
            }
        }
        throw new SinMetodologiaException("Ninguna metodología rige el año " + anio + ". Años disponibles: "
                + todas.stream().map(m -> m.aniosComoTexto() + " («" + m.origen() + "»)").collect(Collectors.joining("; ")) + ".");
    }
}
