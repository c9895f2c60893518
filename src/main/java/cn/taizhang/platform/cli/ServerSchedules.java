package cn.taizhang.platform.cli;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (overdue sweep, tally folding, escalation, the webhook outbox, the calendar refresh) run in the
 * serving application only: a command started beside it (a backup, an import) works on the same database and must
 * not sweep, fold or send notices a second time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class ServerSchedules {
}
