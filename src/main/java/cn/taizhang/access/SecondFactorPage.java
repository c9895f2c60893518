package cn.taizhang.access;

import cn.taizhang.access.twofactor.QrSvg;
import cn.taizhang.platform.Problem;
import cn.taizhang.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enrolment page: where the gate sends a caller who owes a second factor, and the header's 动态口令. It shows the
 * QR code and the secret, takes the first code, and then shows the recovery codes — in that answer only.
 */
@Controller
class SecondFactorPage {

    private final SecondFactors secondFactors;
    private final SecondFactorEnrolments enrolments;

    SecondFactorPage(SecondFactors secondFactors, SecondFactorEnrolments enrolments) {
        this.secondFactors = secondFactors;
        this.enrolments = enrolments;
    }

    @GetMapping(SecondFactorGate.PAGE)
    String page(Model model) {
        Caller caller = AuditTrail.currentCaller();
        if (secondFactors.enrolled(caller.id())) {
            model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(caller.id()));
            return "access/two-factor";
        }
        return enrolment(caller, model);
    }

    @PostMapping(SecondFactorGate.PAGE)
    String confirm(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request, HttpServletResponse response) {
        Caller caller = AuditTrail.currentCaller();
        try {
            model.addAttribute("recoveryCodes", enrolments.confirm(caller, code, request, response));
            return "access/two-factor";
        } catch (Problem problem) {
            response.setStatus(ProblemResponses.status(problem).value());
            model.addAttribute("problem", problem.errors().isEmpty() ? problem.getMessage() : problem.errors().get(0).detail());
            if (secondFactors.enrolled(caller.id())) {
                model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(caller.id()));
                return "access/two-factor";
            }
            return enrolment(caller, model);
        }
    }

    private String enrolment(Caller caller, Model model) {
        SecondFactors.Enrolment enrolment = secondFactors.start(caller.id(), caller.getUsername());
        model.addAttribute("due", caller.secondFactorDue());
        model.addAttribute("secret", enrolment.grouped());
        model.addAttribute("qr", QrSvg.of(enrolment.otpauthUri()));
        return "access/two-factor";
    }
}
