package cn.taizhang.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.taizhang.registry.codes.CreditCode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Enterprises of names and credit codes no other test uses, registered through the API by the 指挥员 of their 镇街. */
public final class TestEnterprises {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.shared();

    private TestEnterprises() {
    }

    /** A new active enterprise named {@code prefix}… of {@code sector} in {@code grid}; answers its id. */
    public static long register(MockMvc mvc, String prefix, String sector, String grid, String riskLevel) throws Exception {
        int n = SERIAL.incrementAndGet();
        ObjectNode e = JSON.createObjectNode();
        e.put("uscc", CreditCode.of("91", "522601", String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))))
                .put("name", prefix + System.nanoTime() % 100_000 + "-" + n).put("legalRepresentative", "王某")
                .put("address", "凯里市测试路 " + n + " 号").put("gridCode", grid).put("employees", 50).put("riskLevel", riskLevel);
        e.putArray("sectors").add(sector);
        String dispatcher = grid.startsWith("522601002") ? "demo-dispatcher" : "t" + grid.substring(0, 9) + "-dispatcher-1";
        MvcResult r = mvc.perform(post("/api/v1/enterprises").with(DemoUsers.as(mvc, dispatcher)).contentType(MediaType.APPLICATION_JSON)
                .content(e.toString())).andReturn();
        if (r.getResponse().getStatus() != 201) {
            throw new AssertionError("registering an enterprise: " + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
        }
        return JSON.readTree(r.getResponse().getContentAsString()).get("id").asLong();
    }
}
