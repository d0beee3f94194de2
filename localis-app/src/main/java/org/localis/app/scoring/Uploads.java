package org.localis.app.scoring;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Turns multipart files into engine-friendly uploads, keeping the user's file name for error messages. The upload
 * reads the part where the container stored it; it is valid while the request is being handled.
 */
public final class Uploads {

    private Uploads() {
    }

    public static ScoreCommand.Upload of(MultipartFile f, String fallbackName) throws IOException {
        if (f == null || (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))) {
            return null;
        }
        String name = f.getOriginalFilename();
        if (name == null || name.isBlank()) {
            name = fallbackName;
        }
        // keep only the last path element a browser may send
        name = org.localis.app.shared.FileNames.safe(name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
        // read from the stored part when needed, never copied whole into memory (issue 20: large BOMs)
        return new ScoreCommand.Upload(name, new ScoreCommand.Upload.Content() {
            @Override
            public java.io.InputStream open() throws IOException {
                return f.getInputStream();
            }

            @Override
            public long size() {
                return f.getSize();
            }
        });
    }
}
