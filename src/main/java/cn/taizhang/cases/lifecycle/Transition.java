package cn.taizhang.cases.lifecycle;

/** A case after an action, and the fact that records it. */
public record Transition(Case after, CaseEvent event) {
}
