package cn.taizhang.benchmarks;

import cn.taizhang.platform.crypto.PersonalDataCipher;
import cn.taizhang.platform.crypto.PersonalDataMasks;
import cn.taizhang.registry.codes.IdNumber;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.postgresql.PGConnection;

/**
 * The persons benchmark (bench/persons.sh), against a running application and its embedded PostgreSQL:
 * <ol>
 * <li>loads persons up to TOTAL by COPY, each ID number and phone encrypted, masked and hashed with the data folder's
 * own key ({@code keys/pii.key}) exactly as a registration does, so that the application finds them;</li>
 * <li>looks LOOKUPS random persons up by ID number through {@code GET /api/v1/persons?idNumber=} as a city leader, and
 * reads as many by primary key through {@code GET /api/v1/persons/{id}} (the baseline, same run, same client), and
 * times the bare SQL lookup by hash over JDBC; prints p50, p90, p99 and max of each.</li>
 * </ol>
 * java ... PersonLookupBench DATA_DIR PORT TOTAL LOOKUPS
 */
public final class PersonLookupBench {

    private static final String[] CATEGORIES = {"elderly_alone", "other", "relocated", "talent", "drug", "mental_disorder",
            "community_correction", "petition", "epidemic"};
    private static final String SURNAMES = "杨吴龙潘王李张刘陈石罗欧邰顾文万黄赵周徐孙马朱胡郭何高林姚唐宋彭";
    private static final String GIVEN = "国华明强军平红文建志勇秀英丽芳敏静伟刚桂兰海波云飞金银光荣德福春梅玉珍昌明永贵正兴";
    private static final int BATCH = 20_000;

    private PersonLookupBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int total = Integer.parseInt(args[2]);
        int lookups = Integer.parseInt(args[3]);
        Path keyFile = data.resolve(PersonalDataCipher.KEY_FILE);
        if (!Files.exists(keyFile)) {
            throw new IllegalStateException("no key in " + keyFile + ": start the application on this data folder first");
        }
        PersonalDataCipher cipher = PersonalDataCipher.fromKeyFile(keyFile);
        String pgPort = Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).strip();
        String password = Files.readString(data.resolve("pg-superuser.password")).strip();
        Random random = new Random(1_000_003);
        List<String> sample = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres", password)) {
            List<String> grids = strings(db, "SELECT code FROM area WHERE level = 'grid' ORDER BY code");
            Set<String> taken = new HashSet<>(strings(db, "SELECT id_number_hash FROM person"));
            int missing = total - taken.size();
            long t0 = System.nanoTime();
            if (missing > 0) {
                load(db, cipher, grids, taken, missing, lookups, random, sample);
            } else {
                System.out.println("persons already loaded: " + taken.size());
            }
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE person");
            }
            long count = count(db);
            System.out.printf(Locale.ROOT, "persons in the registry: %d (loaded %d in %.1f s, encrypted and hashed with %s)%n", count,
                    Math.max(0, missing), (System.nanoTime() - t0) / 1e9, keyFile);
            if (sample.isEmpty()) {
                throw new IllegalStateException("nothing loaded in this run, so no plain ID numbers to look up: use a fresh data folder");
            }
            List<Long> ids = longs(db, "SELECT id FROM person TABLESAMPLE SYSTEM (1) LIMIT " + lookups);
            while (ids.size() < lookups) {
                ids.add(ids.get(random.nextInt(ids.size())));
            }
            Collections.shuffle(sample, random);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://localhost:" + port;
            String token = token(http, base, "demo-leader");
            IntFunction<String> byIdNumber = i -> base + "/api/v1/persons?idNumber=" + sample.get(i % sample.size());
            IntFunction<String> byKey = i -> base + "/api/v1/persons/" + ids.get(i % ids.size());
            // warm both paths up (JIT, pools, plans), then measure each in turn, twice, and keep the second round
            measure(http, token, byIdNumber, 300, true);
            measure(http, token, byKey, 300, false);
            measure(http, token, byIdNumber, lookups, true);
            measure(http, token, byKey, lookups, false);
            long[] lookup = measure(http, token, byIdNumber, lookups, true);
            long[] primary = measure(http, token, byKey, lookups, false);
            long[] sql = sqlLookups(db, cipher, sample, lookups);
            report("GET /api/v1/persons?idNumber= (lookup by ID number)", lookup);
            report("GET /api/v1/persons/{id}      (by primary key, baseline)", primary);
            report("SQL by id_number_hash incl. HMAC (JDBC, baseline)", sql);
            System.out.printf(Locale.ROOT, "lookup / primary key: p50 %.2fx, p99 %.2fx%n", (double) pct(lookup, 50) / pct(primary, 50),
                    (double) pct(lookup, 99) / pct(primary, 99));
            explain(db, cipher.lookupHash(sample.get(0)));
        }
    }

    private static void load(Connection db, PersonalDataCipher cipher, List<String> grids, Set<String> taken, int missing, int lookups,
            Random random, List<String> sample) throws Exception {
        var copy = db.unwrap(PGConnection.class).getCopyAPI();
        LocalDate first = LocalDate.of(1935, 1, 1);
        int days = (int) (LocalDate.of(2008, 12, 31).toEpochDay() - first.toEpochDay());
        double keep = Math.min(1.0, lookups * 2.0 / missing);
        int written = 0;
        StringBuilder rows = new StringBuilder();
        while (written < missing) {
            String id = IdNumber.of("522601", first.plusDays(random.nextInt(days + 1)), random.nextInt(1000));
            String hash = cipher.lookupHash(id);
            if (!taken.add(hash)) {
                continue;
            }
            if (random.nextDouble() < keep) {
                sample.add(id);
            }
            String phone = random.nextInt(5) == 0 ? null : "1" + "35789".charAt(random.nextInt(5)) + String.format("%09d", random.nextInt(1_000_000_000));
            String category = CATEGORIES[Math.min(CATEGORIES.length - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2))];
            boolean key = !Set.of("elderly_alone", "other", "relocated", "talent").contains(category);
            String followUp = !key ? null : random.nextInt(30) == 0 ? "lost" : random.nextInt(8) == 0 ? "released" : "in_care";
            rows.append(name(random)).append('\t').append(cipher.encrypt(id)).append('\t').append(PersonalDataMasks.idNumber(id)).append('\t')
                    .append(hash).append('\t').append(phone == null ? "\\N" : cipher.encrypt(phone)).append('\t')
                    .append(phone == null ? "\\N" : PersonalDataMasks.phone(phone)).append('\t').append("凯里市基准路").append(1 + random.nextInt(999))
                    .append("号\t").append(grids.get(random.nextInt(grids.size()))).append('\t').append(category).append('\t')
                    .append(followUp == null ? "\\N" : followUp).append('\n');
            if (++written % BATCH == 0 || written == missing) {
                copy.copyIn("COPY person (name, id_number_encrypted, id_number_masked, id_number_hash, phone_encrypted, phone_masked, address, "
                        + "area_code, category_code, follow_up) FROM STDIN", new StringReader(rows.toString()));
                rows.setLength(0);
                if (written % 200_000 == 0) {
                    System.out.printf(Locale.ROOT, "  loaded %d / %d%n", written, missing);
                }
            }
        }
    }

    private static long[] measure(HttpClient http, String token, IntFunction<String> url, int n, boolean listAnswer) throws Exception {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.apply(i))).header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json").GET().build();
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t;
            if (r.statusCode() != 200 || (listAnswer && !r.body().contains("\"total\":1"))) {
                throw new IllegalStateException(request.uri().getPath() + " answered " + r.statusCode() + ": " + r.body());
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long[] sqlLookups(Connection db, PersonalDataCipher cipher, List<String> sample, int n) throws Exception {
        long[] nanos = new long[n];
        try (PreparedStatement s = db.prepareStatement("SELECT * FROM person WHERE id_number_hash = ?")) {
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                s.setString(1, cipher.lookupHash(sample.get(i % sample.size())));
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("not found by hash");
                    }
                }
                nanos[i] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void explain(Connection db, String hash) throws Exception {
        try (PreparedStatement s = db.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF) SELECT p.*, c.name, c.key_person FROM person p "
                + "JOIN person_category c ON c.code = p.category_code WHERE p.area_code LIKE '522601%' AND p.id_number_hash = ? ORDER BY p.id LIMIT 50")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                System.out.println("plan of the list's lookup:");
                while (rs.next()) {
                    System.out.println("  " + rs.getString(1));
                }
            }
        }
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-58s n=%d  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                pct(sorted, 50) / 1e6, pct(sorted, 90) / 1e6, pct(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String token(HttpClient http, String base, String user) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"Kaili@2026\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("no token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return r.body().replaceAll(".*\"token\":\"([^\"]*)\".*", "$1");
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    private static long count(Connection db) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM person")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Connection db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<Long> longs(Connection db, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
