package cn.taizhang.registry.person;

import cn.taizhang.platform.Scope;
import cn.taizhang.territory.Territory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Turns stored rows into what the API and pages show — the ID number and the phone as their masks, never decrypted
 * here — looking the area names up once per batch of rows. The names are whole; {@link Person#seenBy} masks them.
 */
@Component
class PersonViews {

    private final Territory territory;

    PersonViews(Territory territory) {
        this.territory = territory;
    }

    List<Person> of(List<PersonRow> rows) {
        Names names = new Names();
        names.learn(rows);
        return rows.stream().map(names::view).toList();
    }

    Person of(PersonRow row) {
        return of(List.of(row)).get(0);
    }

    /** A converter for a stream of rows too long to look names up all at once: areas are remembered as met. */
    Function<PersonRow, Person> streaming() {
        Names names = new Names();
        return row -> {
            names.learn(List.of(row));
            return names.view(row);
        };
    }

    private final class Names {
        private final Map<String, String> areas = new HashMap<>();

        void learn(List<PersonRow> rows) {
            Set<String> codes = new HashSet<>();
            for (PersonRow r : rows) {
                codes.add(r.areaCode());
                codes.add(r.areaCode().substring(0, 9));
            }
            codes.removeAll(areas.keySet());
            if (!codes.isEmpty()) {
                areas.putAll(territory.names(codes, Scope.area("")));
            }
        }

        Person view(PersonRow r) {
            String town = r.areaCode().substring(0, 9);
            return new Person(r.id(), r.name(), false, r.idNumberMasked(), r.phoneMasked(), r.address(), r.areaCode(), areas.get(r.areaCode()),
                    town, areas.get(town), r.categoryCode(), r.categoryName(), r.keyPerson(),
                    r.followUp() == null ? null : r.followUp().id(), r.followUp() == null ? null : r.followUp().label(), r.followUpCaseId(),
                    r.notes(), r.version(), r.createdAt(), r.updatedAt());
        }
    }
}
