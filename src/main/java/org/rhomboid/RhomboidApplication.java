package org.rhomboid;

import org.rhomboid.database.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class RhomboidApplication {

    public static void main(String[] args) {
        // "backup <file>" and "restore <file>" work on the embedded database; no web server starts for them.
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args, System.getenv(), System.out, System.err));
        }
        SpringApplication.run(RhomboidApplication.class, args);
    }
}
