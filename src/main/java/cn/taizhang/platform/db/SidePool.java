package cn.taizhang.platform.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The small connection pool for short transactions of their own that a caller may start while its own
 * transaction holds a connection of the main pool (a block of case numbers). Taken from the main pool,
 * such a connection could wait forever: with every connection held by a request waiting for it, none is
 * ever given back.
 */
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface SidePool {
}
