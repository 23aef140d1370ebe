package org.floorwatch.app;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;

/**
 * The app's own logging (its logback.xml, as the jar runs it) writing its rolling log file under a folder of the
 * test's, as {@link LogSetup} points it at a data folder's {@code logs/}; closing puts the tests' console logging back.
 */
public final class AppLogFile implements AutoCloseable {

    private final Path file;

    private AppLogFile(Path file) {
        this.file = file;
    }

    public static AppLogFile under(Path logDir) {
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, logDir.toAbsolutePath().toString());
        configure(AppLogFile.class.getResource("/logback.xml"));
        return new AppLogFile(logDir.resolve("floorwatch.log"));
    }

    /** Everything written to the log file so far. */
    public String text() throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() {
        System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
        configure(AppLogFile.class.getResource("/logback-test.xml"));
    }

    private static void configure(URL configuration) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(configuration);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + configuration, e);
        }
    }
}
