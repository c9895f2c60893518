package cn.taizhang.territory;

import java.util.List;

/**
 * A named group of areas outside the tree (a development zone, a resettlement area), reported on like an
 * area. {@code members} holds only the member areas inside the caller's scope.
 */
public record Overlay(String code, String name, OverlayKind kind, List<Area> members) {

    public Overlay {
        members = List.copyOf(members);
    }
}
