package cn.taizhang.registry.person;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.figures.Count;
import cn.taizhang.figures.Direction;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryFigures;
import cn.taizhang.territory.Area;
import cn.taizhang.territory.Overlay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The persons registry's figures wherever figures are read: the registry statistics ({@code persons}: every category,
 * key persons by follow-up state, 技术人才), two dashboard cards (重点人员在管, 脱管) and a briefing section. A count is of
 * the persons registered by the end of the day asked, in the state they are in now; counts carry no names.
 */
@Component
@Order(30)
class PersonFigures implements RegistryFigures, FigureContributor, BriefingContributor {

    /** The dashboard's cards: the key persons followed (在管: neither more nor fewer is news in itself) and those lost from sight (脱管: fewer is better). */
    static final List<Count<PersonCounts>> CARDS = List.of(
            new Count<>("keyPersonsInCare", "重点人员在管（人）", Direction.NEITHER, PersonCounts::inCare),
            new Count<>("keyPersonsLost", "重点人员脱管（人）", Direction.LOWER_IS_BETTER, PersonCounts::lost));

    private final PersonRepository persons;
    private final Placement placement;

    PersonFigures(PersonRepository persons, Placement placement) {
        this.persons = persons;
        this.placement = placement;
    }

    PersonCounts counts(String area, String zone, LocalDate date, Scope scope) {
        OffsetDateTime before = date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
        String[] zonePrefixes = null;
        if (zone != null) {
            zonePrefixes = placement.zones().stream().filter(z -> z.code().equals(zone)).findFirst().map(Overlay::members).orElse(List.of())
                    .stream().map(Area::code).map(code -> code + "%").toArray(String[]::new);
        }
        return PersonCounts.of(persons.countByCategory(area, zonePrefixes, before, scope));
    }

    @Override
    public String key() {
        return "persons";
    }

    @Override
    public Object figures(String area, String zone, LocalDate date, Scope scope) {
        return counts(area, zone, date, scope);
    }

    @Override
    public List<Count<PersonCounts>> cards() {
        return CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        PersonCounts counts = counts(r.area(), null, r.to(), r.scope());
        return cards().stream().map(card -> FigureValue.of(card, counts)).toList();
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        PersonCounts counts = counts(r.area(), null, r.to(), r.scope());
        if (counts.registered() == 0) {
            return List.of();
        }
        String lead = "截至" + r.to().getMonthValue() + "月" + r.to().getDayOfMonth() + "日，" + r.areaName();
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("keyPersons", counts.keyPersons());
        figures.put("inCare", counts.inCare());
        figures.put("lost", counts.lost());
        figures.put("released", counts.released());
        figures.put("talents", counts.talents());
        figures.put("relocated", counts.relocated());
        return List.of(new BriefingSection("人员台账和重点人员管控", PersonSentences.area(lead, counts), List.of(), figures, Map.of()));
    }
}
