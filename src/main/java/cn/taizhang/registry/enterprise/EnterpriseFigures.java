package cn.taizhang.registry.enterprise;

import cn.taizhang.figures.BriefingContributor;
import cn.taizhang.figures.BriefingRequest;
import cn.taizhang.figures.BriefingSection;
import cn.taizhang.figures.Count;
import cn.taizhang.figures.Direction;
import cn.taizhang.figures.FigureContributor;
import cn.taizhang.figures.FigureRequest;
import cn.taizhang.figures.FigureValue;
import cn.taizhang.organisation.Organisation;
import cn.taizhang.organisation.Sector;
import cn.taizhang.platform.BeijingTime;
import cn.taizhang.platform.Scope;
import cn.taizhang.registry.Placement;
import cn.taizhang.registry.RegistryFigures;
import cn.taizhang.territory.Overlay;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The enterprise registry's figures wherever figures are read: the registry statistics, three dashboard cards, and a
 * briefing section for the area and each development zone in it. A count is of the enterprises registered by the end of
 * the day asked, in the state they are in now.
 */
@Component
@Order(10)
class EnterpriseFigures implements RegistryFigures, FigureContributor, BriefingContributor {

    /** The dashboard's cards: the enterprises in business, those with a union, its members. */
    static final List<Count<EnterpriseCounts>> CARDS = List.of(
            new Count<>("enterprisesActive", "在册企业（家）", Direction.NEITHER, EnterpriseCounts::active),
            new Count<>("enterprisesUnionFounded", "已建会企业（家）", Direction.HIGHER_IS_BETTER, EnterpriseCounts::unionFounded),
            new Count<>("unionMembers", "工会会员（人）", Direction.HIGHER_IS_BETTER, EnterpriseCounts::unionMembers));

    private final EnterpriseRepository enterprises;
    private final Enterprises registry;
    private final Organisation organisation;
    private final Placement placement;

    EnterpriseFigures(EnterpriseRepository enterprises, Enterprises registry, Organisation organisation, Placement placement) {
        this.enterprises = enterprises;
        this.registry = registry;
        this.organisation = organisation;
        this.placement = placement;
    }

    EnterpriseCounts counts(String area, String zone, LocalDate date, Scope scope) {
        OffsetDateTime before = date.plusDays(1).atStartOfDay(BeijingTime.ZONE).toOffsetDateTime();
        Map<String, String> names = organisation.sectors().stream().collect(Collectors.toMap(Sector::code, Sector::name));
        return enterprises.counts(area, zone, before, scope, registry.reachSectors(scope), names);
    }

    @Override
    public String key() {
        return "enterprises";
    }

    @Override
    public Object figures(String area, String zone, LocalDate date, Scope scope) {
        return counts(area, zone, date, scope);
    }

    @Override
    public List<Count<EnterpriseCounts>> cards() {
        return CARDS;
    }

    @Override
    public List<FigureValue> values(FigureRequest r) {
        EnterpriseCounts counts = counts(r.area(), null, r.to(), r.scope());
        return cards().stream().map(card -> FigureValue.of(card, counts)).toList();
    }

    @Override
    public List<BriefingSection> sections(BriefingRequest r) {
        if (!r.narrowedOnlyBy()) {
            return List.of();
        }
        EnterpriseCounts counts = counts(r.area(), null, r.to(), r.scope());
        if (counts.registered() == 0) {
            return List.of();
        }
        String lead = "截至" + r.to().getMonthValue() + "月" + r.to().getDayOfMonth() + "日，" + r.areaName();
        StringBuilder text = new StringBuilder(EnterpriseSentences.area(lead, counts));
        for (Overlay zone : placement.zones()) {
            if (!zone.members().isEmpty() && zone.members().stream().allMatch(m -> m.code().startsWith(r.area()))) { // the whole zone only
                EnterpriseCounts inZone = counts(r.area(), zone.code(), r.to(), r.scope());
                if (inZone.nonPublic() > 0) {
                    text.append(EnterpriseSentences.zone(zone.name(), inZone));
                }
            }
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("registered", counts.registered());
        figures.put("nonPublic", counts.nonPublic());
        figures.put("unionFounded", counts.unionFounded());
        figures.put("unionMembers", counts.unionMembers());
        figures.put("deregistered", counts.deregistered());
        figures.put("lostContact", counts.lostContact());
        return List.of(new BriefingSection("企业台账和工会组建", text.toString(), List.of(), figures, Map.of()));
    }
}
