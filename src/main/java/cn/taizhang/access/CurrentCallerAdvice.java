package cn.taizhang.access;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's layout shows who is signed in: the model attribute {@code me}. */
@ControllerAdvice
class CurrentCallerAdvice {

    @ModelAttribute("me")
    Caller me() {
        return AuditTrail.currentCaller();
    }
}
