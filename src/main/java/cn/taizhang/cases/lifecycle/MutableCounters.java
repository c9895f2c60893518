package cn.taizhang.cases.lifecycle;

final class MutableCounters {

    int rework;
    int returns;
    int extensions;
    int deferrals;
    int supervisions;
    int reopenings;

    MutableCounters(Case.Counters c) {
        rework = c.rework();
        returns = c.returns();
        extensions = c.extensions();
        deferrals = c.deferrals();
        supervisions = c.supervisions();
        reopenings = c.reopenings();
    }

    Case.Counters build() {
        return new Case.Counters(rework, returns, extensions, deferrals, supervisions, reopenings);
    }
}
