package cn.taizhang.access;

import org.springframework.stereotype.Component;

/**
 * The person signed in, for the layout's header where no handler put {@code me} into the model (an error page rendered
 * from an exception): {@code ${me ?: @signedIn.current()}}; null when nobody is.
 */
@Component("signedIn")
public class SignedIn {

    public Caller current() {
        return AuditTrail.currentCaller();
    }
}
