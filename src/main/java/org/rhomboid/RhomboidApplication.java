package org.rhomboid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RhomboidApplication {

    public static void main(String[] args) {
        SpringApplication.run(RhomboidApplication.class, args);
    }
}
