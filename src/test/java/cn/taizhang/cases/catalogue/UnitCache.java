package cn.taizhang.cases.catalogue;

import cn.taizhang.platform.Expiring;
import org.springframework.context.ApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/** For a test that makes a unit while the server runs: the case module keeps the units for a minute ({@link Units}). */
public final class UnitCache {

    private UnitCache() {
    }

    /** Forgets the units, as a restart would, so that a unit made just now can be dispatched to. */
    public static void forget(ApplicationContext context) {
        ((Expiring<?>) ReflectionTestUtils.getField(context.getBean(Units.class), "departments")).invalidate();
    }
}
