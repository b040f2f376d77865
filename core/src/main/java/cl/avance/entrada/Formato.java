package cl.avance.entrada;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The two notations of input format v1. */
public enum Formato {
    /** JSON (RFC 8259), one document. */
    JSON,
    /** YAML 1.2 (core schema), one document. */
    YAML;

    /** The notation a file's extension names ({@code .json}, {@code .yaml}, {@code .yml}), if any. */
    public static Optional<Formato> porExtension(Path archivo) {
        Objects.requireNonNull(archivo, "archivo");
        String nombre = archivo.getFileName() == null ? "" : archivo.getFileName().toString().toLowerCase(Locale.ROOT);
        if (nombre.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (nombre.endsWith(".yaml") || nombre.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }
}
