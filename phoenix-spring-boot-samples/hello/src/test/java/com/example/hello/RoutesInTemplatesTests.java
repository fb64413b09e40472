package com.example.hello;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Templates reach the path helpers as {@code #routes}. */
@SpringBootTest(properties = "phoenix.endpoint.url.port=4000")
class RoutesInTemplatesTests {

    @Autowired
    TemplateEngine templates;

    @Test
    void pathHelpersRenderInTemplates() {
        String html = templates.process("links", new Context());
        assertThat(html).contains("<a href=\"/\">Home</a>");
        assertThat(html).contains("<a href=\"/users/17\">User 17</a>");
        assertThat(html).contains("<a href=\"/admin/reviews/1234/edit\">Edit review</a>");
        assertThat(html).contains("<a href=\"http://localhost:4000/api/v1/images\">Images</a>");
    }
}
