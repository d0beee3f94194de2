package org.localis.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Oversize uploads fail while the multipart body is parsed, before any controller: a problem document
 * (413) for the API, the error page with the limits for pages; never Spring's empty 413.
 * (Checked here at the handler, because the limits are enforced only by a real servlet container.)
 */
@org.junit.jupiter.api.Tag("slow") // sends uploads of hundreds of megabytes: run by CI after the default run
@SpringBootTest(properties = {"spring.servlet.multipart.max-file-size=200MB", "spring.servlet.multipart.max-request-size=210MB"})
class RequestErrorHandlerTest {

    @Autowired
    RequestErrorHandler handler;

    @Autowired
    ThymeleafViewResolver views;

    @Autowired
    ApplicationContext context;

    private MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest r = new MockHttpServletRequest(method, path);
        r.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        return r;
    }

    @Test
    void oversizeApiUploadIsA413ProblemDocument() throws Exception {
        MockHttpServletRequest req = request("POST", "/api/assessments/score");
        ModelAndView mv = handler.tooLarge(new MaxUploadSizeExceededException(-1), req);
        assertThat(mv.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        MockHttpServletResponse res = new MockHttpServletResponse();
        mv.getView().render(mv.getModel(), req, res);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        JsonNode body = new ObjectMapper().readTree(res.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(413);
        assertThat(body.get("title").asText()).isEqualTo("Upload too large");
        assertThat(body.get("detail").asText()).isEqualTo(
                "the upload is larger than the server accepts: at most 200 MB per file and 210 MB per request");
        assertThat(body.get("instance").asText()).isEqualTo("/api/assessments/score");
        assertThat(res.getContentAsString()).doesNotContain("Exception");
    }

    @Test
    void oversizePageUploadShowsTheLimitsOnTheErrorPage() throws Exception {
        MockHttpServletRequest req = request("POST", "/score");
        ModelAndView mv = handler.tooLarge(new MaxUploadSizeExceededException(-1), req);
        assertThat(mv.getStatus()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(mv.getViewName()).isEqualTo("error");

        View page = views.resolveViewName(mv.getViewName(), Locale.ENGLISH);
        MockHttpServletResponse res = new MockHttpServletResponse();
        page.render(mv.getModel(), req, res);
        String html = res.getContentAsString();
        assertThat(html).contains("id=\"too-large\"")
                .contains("at most 200 MB per file and 210 MB for the whole form")
                .contains("href=\"/score\"")
                .doesNotContain("Exception");
    }

    @Test
    void unknownApiPathIsAProblemDocumentButPagesKeepTheErrorPage() throws Exception {
        MockHttpServletRequest api = request("GET", "/api/nothing");
        ModelAndView mv = handler.beforeController(new NoResourceFoundException(HttpMethod.GET, "api/nothing"), api);
        assertThat(mv.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
        MockHttpServletResponse res = new MockHttpServletResponse();
        mv.getView().render(mv.getModel(), api, res);
        assertThat(res.getContentType()).startsWith("application/problem+json");
        assertThat(res.getContentAsString()).contains("\"status\":404").contains("/api/nothing");

        NoResourceFoundException pageMissing = new NoResourceFoundException(HttpMethod.GET, "nothing");
        assertThatThrownBy(() -> handler.beforeController(pageMissing, request("GET", "/nothing"))).isSameAs(pageMissing);
    }

    @Test
    void limitsReadAsAPersonWould() {
        assertThat(RequestErrorHandler.megabytes(DataSize.ofMegabytes(200))).isEqualTo("200 MB");
        assertThat(RequestErrorHandler.megabytes(DataSize.ofKilobytes(1536))).isEqualTo("1.5 MB");
        assertThat(RequestErrorHandler.megabytes(DataSize.ofKilobytes(1))).isEqualTo("1 KB");
        assertThat(RequestErrorHandler.megabytes(DataSize.ofBytes(-1))).isEqualTo("-");
    }
}
