package cn.taizhang.platform;

import static cn.taizhang.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input gets a 400 problem+json naming each bad field, with a stable code and a Chinese detail, and writes nothing. */
@IntegrationTest
class BadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void malformedJsonAndFieldsOfTheWrongTypeAreNamed() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM staff", Long.class);
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"a\",").with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_BODY"))
                .andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON"));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"typed\",\"name\":\"王五\",\"roles\":[\"DISPATCHER\"],\"jurisdictionCode\":\"522601\","
                                + "\"departmentId\":\"not-a-number\",\"password\":\"Kaili@2026\"}")
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("departmentId"));
        mvc.perform(post("/api/v1/staff").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"typed\",\"name\":\"王五\",\"roles\":[\"MAYOR\"],\"jurisdictionCode\":\"522601\",\"password\":\"Kaili@2026\"}")
                        .with(as(mvc, "demo-secadmin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles[0]"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM staff", Long.class)).isEqualTo(before);
    }

    @Test
    void outOfRangeCoordinatesAndMalformedCodesAreNamed() throws Exception {
        mvc.perform(get("/api/v1/grids/locate").param("lat", "95").param("lng", "200").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'lat')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'lng')]").exists());
        mvc.perform(get("/api/v1/areas/52260100").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/staff").param("size", "100000").with(as(mvc, "demo-leader")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    /** Through the real server: only Tomcat's multipart parsing enforces the size limit. */
    @Test
    void anOversizedUploadIsRefusedAndImportsNothing() throws Exception {
        long areas = jdbc.queryForObject("SELECT count(*) FROM area", Long.class);
        String boundary = "taizhang-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grids.geojson\"\r\n"
                + "Content-Type: application/geo+json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(head);
        body.write(new byte[11 * 1024 * 1024]);
        body.write(tail);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/territory/imports/grids"))
                .header("Authorization", "Bearer " + DemoUsers.tokenFor(mvc, "demo-sysadmin", DemoUsers.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"UPLOAD_TOO_LARGE\"");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM area", Long.class)).isEqualTo(areas);
    }

    @Test
    void importsAreForTheSystemAdministratorOnly() throws Exception {
        mvc.perform(multipart("/api/v1/territory/imports/divisions")
                        .file(new MockMultipartFile("file", "d.csv", "text/csv", "code,parent_code,name,level,urban_rural_class,lng,lat\n".getBytes()))
                        .with(as(mvc, "demo-leader")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }
}
