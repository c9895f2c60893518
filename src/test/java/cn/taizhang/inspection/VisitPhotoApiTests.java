package cn.taizhang.inspection;

import static cn.taizhang.inspection.InspectionFixtures.body;
import static cn.taizhang.inspection.InspectionFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.taizhang.inspection.checklist.Checklist;
import cn.taizhang.inspection.checklist.Checklists;
import cn.taizhang.support.DemoUsers;
import cn.taizhang.support.IntegrationTest;
import cn.taizhang.support.TestImages;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Photos of a visit, uploaded after the outing is recorded: by its own inspectors only, nine an item at most, a phone's
 * retry of the same photo stored once, seen by whoever sees the outing.
 */
@IntegrationTest
class VisitPhotoApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Checklists checklists;

    InspectionFixtures api;
    Checklist chemicals;
    long outing;
    long visit;
    String failed;

    @BeforeEach
    void recorded() throws Exception {
        api = new InspectionFixtures(mvc, jdbc);
        chemicals = checklists.current("hazardous_chemicals").orElseThrow();
        long enterprise = api.enterprise("hazardous_chemicals", InspectionFixtures.GRID);
        JsonNode recorded = ok(api.record("demo-inspector", api.outing(enterprise, chemicals)), 201);
        outing = recorded.get("id").asLong();
        visit = recorded.get("visits").get(0).get("id").asLong();
        failed = chemicals.items().get(0).code();
    }

    @Test
    void anInspectorOfTheOutingAddsPhotosSeenWithTheOuting() throws Exception {
        JsonNode photo = ok(upload("demo-inspector", visit, failed, TestImages.jpeg(801)), 201);
        assertThat(photo.get("item").asString()).isEqualTo(failed);
        String url = photo.get("url").asString();
        assertThat(url).isEqualTo("/api/v1/inspections/" + outing + "/visits/" + visit + "/photos/" + photo.get("id").asLong());
        ok(upload("emergency-inspector", visit, null, TestImages.jpeg(802)), 201); // a fellow inspector, of the visit as a whole

        MvcResult read = api.read("demo-dispatcher", url);
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(read.getResponse().getContentAsByteArray()).isEqualTo(TestImages.jpeg(801));

        JsonNode photos = ok(api.read("demo-dispatcher", "/api/v1/inspections/" + outing), 200).get("visits").get(0).get("photos");
        assertThat(photos).hasSize(2);
        assertThat(photos.get(0).get("url").asString()).isEqualTo(url);
        assertThat(photos.get(1).get("item").isNull()).isTrue();
    }

    @Test
    void aRetriedUploadOfTheSamePhotoAnswersTheFirst() throws Exception {
        JsonNode first = ok(upload("demo-inspector", visit, failed, TestImages.jpeg(811)), 201);
        JsonNode again = ok(upload("demo-inspector", visit, failed, TestImages.jpeg(811)), 200);
        assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
        ok(upload("demo-inspector", visit, null, TestImages.jpeg(811)), 201); // the same picture of the visit as a whole is another photo
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inspection_photo WHERE visit_id = ?", Integer.class, visit)).isEqualTo(2);
    }

    @Test
    void nineAnItemAtMost() throws Exception {
        for (int i = 0; i < InspectionPhotos.MAX_PER_ITEM; i++) {
            ok(upload("demo-inspector", visit, failed, TestImages.jpeg(820 + i)), 201);
        }
        MvcResult tenth = upload("demo-inspector", visit, failed, TestImages.jpeg(830));
        assertThat(tenth.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(tenth).get("code").asString()).isEqualTo("TOO_MANY_IMAGES");
        ok(upload("demo-inspector", visit, failed, TestImages.jpeg(820)), 200); // a retry of one stored still answers it
        ok(upload("demo-inspector", visit, chemicals.items().get(1).code(), TestImages.jpeg(830)), 201); // another item has room
    }

    @Test
    void othersAndBadUploadsAreRefused() throws Exception {
        assertThat(upload("demo-dispatcher", visit, failed, TestImages.jpeg(841)).getResponse().getStatus()).as("sees it, not of the group")
                .isEqualTo(403);
        assertThat(upload("t522601003-dispatcher-1", visit, failed, TestImages.jpeg(841)).getResponse().getStatus()).as("out of reach")
                .isEqualTo(404);
        assertThat(upload("demo-inspector", visit + 1_000_000, failed, TestImages.jpeg(841)).getResponse().getStatus()).isEqualTo(404);

        MvcResult unknown = upload("demo-inspector", visit, "no_such_item", TestImages.jpeg(841));
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknown).get("errors").get(0).get("field").asString()).isEqualTo("item");
        MvcResult fake = upload("demo-inspector", visit, failed, "not a photo".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(fake).get("code").asString()).isEqualTo("UNSUPPORTED_IMAGE");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inspection_photo WHERE visit_id = ?", Integer.class, visit)).isZero();
    }

    @Test
    void aPhotoIsSeenOnlyByThoseWhoSeeTheOuting() throws Exception {
        String url = ok(upload("demo-inspector", visit, failed, TestImages.jpeg(851)), 201).get("url").asString();
        assertThat(api.read("t522601003-dispatcher-1", url).getResponse().getStatus()).isEqualTo(404);
        assertThat(api.read("demo-inspector", url.replace("/visits/" + visit, "/visits/" + (visit + 1))).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(api.read("demo-inspector", url).getResponse().getStatus()).isEqualTo(200);
    }

    private MvcResult upload(String user, long visitId, String item, byte[] bytes) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/inspections/" + outing + "/visits/" + visitId + "/photos");
        request.file(new MockMultipartFile("file", "现场.jpg", "image/jpeg", bytes));
        if (item != null) {
            request.param("item", item);
        }
        return mvc.perform(request.with(DemoUsers.as(mvc, user))).andReturn();
    }
}
