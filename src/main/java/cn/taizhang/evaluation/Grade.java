package cn.taizhang.evaluation;

import java.math.BigDecimal;

/** 等次: A ≥ 90, B ≥ 75, C ≥ 60, D ≥ 40, E below, on the score as shown (one decimal). */
enum Grade {
    A(90), B(75), C(60), D(40), E(0);

    private final BigDecimal floor;

    Grade(int floor) {
        this.floor = BigDecimal.valueOf(floor);
    }

    static Grade of(BigDecimal score) {
        for (Grade g : values()) {
            if (score.compareTo(g.floor) >= 0) {
                return g;
            }
        }
        return E;
    }
}
