import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load on a running Taizhang with the Kaili demo, through real sign-in and bearer tokens:
 * single-case creation, batch ingest and the full loop (report → register → dispatch → handle → verify).
 * Run by bench/cases.sh as a single-file program: java bench/CaseLoad.java BASE_URL SECONDS CLIENTS [PHASES]
 * where PHASES is a comma-separated subset of single,batch,loop (all by default).
 */
public class CaseLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        int seconds = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        List<String> phases = List.of((args.length > 3 ? args[3] : "single,batch,loop").split(","));
        String dispatcher = token("demo-dispatcher");
        String handler = token("demo-handler");
        List<String> grids = new ArrayList<>();
        Matcher m = Pattern.compile("\"code\":\"(52260100\\d{7})\"").matcher(get(dispatcher, "/api/v1/areas/522601002/grids.geojson"));
        while (m.find() && grids.size() < clients) {
            grids.add(m.group(1));
        }
        List<String> workers = new ArrayList<>();
        for (String grid : grids) {
            workers.add(token(grid.equals("522601002002001") ? "demo-gridworker" : "gw-" + grid));
        }
        long unit = unitId(dispatcher, "市应急管理局");

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // warm-up, not counted: on 2 cores the JIT compilers need a good while of every kind of request
        int warmup = Math.max(10, seconds);
        run(pool, clients, warmup, i -> {
            if (i % 4 == 3) {
                batch(workers.get(i), grids.get(i), 100);
            } else if (i % 2 == 1) {
                fullLoop(workers.get(i), grids.get(i), dispatcher, handler, unit);
            } else {
                create(workers.get(i), grids.get(i));
            }
        });

        if (phases.contains("single")) {
            Result single = run(pool, clients, seconds, i -> create(workers.get(i), grids.get(i)));
            System.out.printf("single create: %d cases in %.1f s = %.1f cases/s (p50 %.1f ms, p99 %.1f ms, %d clients)%n",
                    single.count, single.seconds, single.count / single.seconds, single.p(50), single.p(99), clients);
        }
        if (phases.contains("batch")) {
            Result batch = run(pool, clients, seconds, i -> batch(workers.get(i), grids.get(i), 500));
            System.out.printf("batch ingest: %d reports in %.1f s = %.1f reports/s (batches of 500, p50 %.0f ms per batch)%n",
                    batch.count * 500, batch.seconds, batch.count * 500 / batch.seconds, batch.p(50));
        }
        if (phases.contains("loop")) {
            Result loop = run(pool, clients, seconds, i -> fullLoop(workers.get(i), grids.get(i), dispatcher, handler, unit));
            System.out.printf("full loop (create → register → dispatch → handle → verify → closed): %d loops in %.1f s = %.1f loops/s (p50 %.0f ms)%n",
                    loop.count, loop.seconds, loop.count / loop.seconds, loop.p(50));
        }
        pool.shutdown();
    }

    interface Step {
        void run(int client) throws Exception;
    }

    record Result(long count, double seconds, List<Double> millis) {
        double p(int percentile) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100));
        }
    }

    static Result run(ExecutorService pool, int clients, int seconds, Step step) throws Exception {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Future<List<Double>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit((Callable<List<Double>>) () -> {
                List<Double> times = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    step.run(client);
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                return times;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        return new Result(all.size(), (System.nanoTime() - start) / 1e9, all);
    }

    static String report(String grid) {
        return "{\"clientId\":\"" + UUID.randomUUID() + "\",\"type\":\"safety_hazard\",\"severity\":\"general\","
                + "\"sector\":\"hazardous_chemicals\",\"description\":\"压测：仓库内危险化学品堆放不规范\",\"gridCode\":\"" + grid
                + "\",\"source\":\"grid_worker\"}";
    }

    static long create(String token, String grid) throws Exception {
        String body = expect(201, send(token, "POST", "/api/v1/cases", report(grid), null));
        return number(body, "id");
    }

    static void batch(String token, String grid, int size) throws Exception {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 0; i < size; i++) {
            items.append(i == 0 ? "" : ",").append(report(grid));
        }
        expect(200, send(token, "POST", "/api/v1/cases/batch", items.append("]}").toString(), null));
    }

    static void fullLoop(String worker, String grid, String dispatcher, String handler, long unit) throws Exception {
        long id = create(worker, grid);
        int version = act(dispatcher, id, 1, "register", "{}");
        version = act(dispatcher, id, version, "dispatch", "{\"unit\":" + unit + "}");
        version = act(handler, id, version, "handle", "{\"note\":\"已整改\"}");
        act(worker, id, version, "verify", "{\"passed\":true,\"note\":\"核查通过\"}");
    }

    static int act(String token, long id, int version, String action, String body) throws Exception {
        String answer = expect(200, send(token, "POST", "/api/v1/cases/" + id + "/actions/" + action, body, "\"" + version + "\""));
        return (int) number(answer, "version");
    }

    static String token(String username) throws Exception {
        String body = expect(200, send(null, "POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"Kaili@2026\"}", null));
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body);
        m.find();
        return m.group(1);
    }

    static long unitId(String token, String name) throws Exception {
        Matcher m = Pattern.compile("\"id\":(\\d+),\"name\":\"" + name + "\"").matcher(get(token, "/api/v1/units"));
        if (!m.find()) {
            throw new IllegalStateException("no unit " + name);
        }
        return Long.parseLong(m.group(1));
    }

    static String get(String token, String path) throws Exception {
        return expect(200, send(token, "GET", path, null, null));
    }

    static HttpResponse<String> send(String token, String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
