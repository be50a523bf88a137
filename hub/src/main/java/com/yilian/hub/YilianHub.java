package com.yilian.hub;

import com.yilian.hub.cli.HubCommandLine;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The hub's one entry point: with no arguments, only options, or {@code serve} it serves; otherwise the arguments name one of
 * the project's command-line tools, so that IT needs only the one jar.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class YilianHub {

    public static void main(String[] args) {
        // Options alone (--server.port=...) also mean "serve", as with any Spring Boot jar.
        if (args.length == 0 || args[0].startsWith("--") || args[0].equals("serve")) {
            String[] rest = args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args;
            SpringApplication.run(YilianHub.class, rest);
            return;
        }
        System.exit(HubCommandLine.run(List.of(args), System.in, System.out, System.err));
    }
}
