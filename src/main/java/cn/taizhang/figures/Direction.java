package cn.taizhang.figures;

/** Which way a figure moving is good news: it decides the colour of a change and the order of a ranking. */
public enum Direction {
    HIGHER_IS_BETTER(1),
    LOWER_IS_BETTER(-1),
    NEITHER(0);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** +1, −1 or 0, as the pages' {@code data-better} carries it. */
    public int sign() {
        return sign;
    }
}
