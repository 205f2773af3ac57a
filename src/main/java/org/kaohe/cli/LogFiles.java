package org.kaohe.cli;

import java.nio.file.Path;

/**
 * Where the log goes: {@code logback.xml} writes to the folder in the system property {@code kaohe.log.dir}, set
 * before the first logger is created (the job repository's folder for a run, the temp folder otherwise).
 */
final class LogFiles {

    static final String PROPERTY = "kaohe.log.dir";

    private LogFiles() {
    }

    static void useFolder(Path dir) {
        System.setProperty(PROPERTY, dir.toAbsolutePath().toString());
    }

    static String current() {
        return Path.of(System.getProperty(PROPERTY, System.getProperty("java.io.tmpdir")), "kaohe.log").toString();
    }
}
