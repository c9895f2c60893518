package cn.taizhang.access;

import cn.taizhang.platform.audit.AuditNote;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a change request's audit row inside each read-write transaction it commits, just before the commit and on
 * the same connection: the change and its row commit together or not at all, so a crash can never leave an
 * acknowledged change without its row. A transaction that wrote nothing gets no row here (the request's row is then
 * written after the answer, with its status). Spring Boot adds this listener to the application's transaction manager.
 */
@Component
class AuditedTransactions implements TransactionExecutionListener {

    private final AuditTrail audit;

    AuditedTransactions(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        if (beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        AuditNote.change().ifPresent(change -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            private boolean recorded;

            @Override
            public void beforeCommit(boolean readOnly) {
                recorded = !readOnly && audit.recordCommitted(change, AuditNote.note().orElse(null));
                if (recorded) {
                    AuditNote.takeNote();
                }
            }

            @Override
            public void afterCommit() {
                if (recorded) {
                    AuditNote.written();
                }
            }
        }));
    }
}
