package org.localis.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiFunction;

/** Opens a file for a reader that takes a stream and the name to use in error messages. */
public final class InputFiles {

    private InputFiles() {
    }

    /** The file's name (not its directory) as errors should show it. */
    public static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    /**
     * @throws InvalidInputException from the reader, or naming the file when it cannot be read
     */
    public static <T> T read(Path path, BiFunction<InputStream, String, T> reader) {
        String name = name(path);
        try (InputStream in = Files.newInputStream(path)) {
            return reader.apply(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }
}
