package cn.taizhang.figures;

import cn.taizhang.platform.Scope;
import java.time.LocalDate;

/** The figures asked for: those of {@code area} (an area code inside the scope, checked) over [from, to], {@code to} inclusive. */
public record FigureRequest(String area, LocalDate from, LocalDate to, Scope scope) {
}
