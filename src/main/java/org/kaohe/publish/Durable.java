package org.kaohe.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Forcing files and folders to the disk, so that a rename published after it survives a power cut. */
final class Durable {

    private Durable() {
    }

    /** Forces a file's contents, or a folder's entries, to the disk. */
    static void sync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            // Windows cannot open a folder as a channel; NTFS journals its renames itself
        }
    }

    /** Forces every file and folder of a tree to the disk, the deepest first. */
    static void syncTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.toList();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            sync(all.get(i));
        }
    }
}
