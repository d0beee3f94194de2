package org.localis.app.registry;

import java.io.IOException;

import org.localis.app.scoring.ScoreCommand;
import org.springframework.web.multipart.MultipartFile;

final class RegistryUploads {

    private RegistryUploads() {
    }

    static ScoreCommand.Upload of(MultipartFile f) throws IOException {
        if (f == null || f.isEmpty()) {
            return null;
        }
        String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? "upload" : f.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return new ScoreCommand.Upload(name, f.getBytes());
    }
}
