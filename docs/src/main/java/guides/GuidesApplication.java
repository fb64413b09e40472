package guides;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the guides' snippets make up together. */
@SpringBootApplication
public class GuidesApplication {

    public static void main(String[] args) {
        SpringApplication.run(GuidesApplication.class, args);
    }
}
