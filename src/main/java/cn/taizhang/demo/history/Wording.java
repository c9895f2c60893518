package cn.taizhang.demo.history;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The words of a report: what was found, from templates by type (and sector for hazards), and where, in the form
 * the grid's kind of place takes (a house number on a road, a landmark, a village's group). Both are filled from
 * the same scene, so that a description naming a road and the address agree.
 */
final class Wording {

    /** What a report says and where it says it was. */
    record Words(String description, String address) {
    }

    /** The list of descriptions for types the phrase files do not know. */
    static final String OTHER = "other";

    private final Phrases phrases;
    private final Map<String, Locality> localities = new HashMap<>();

    Wording(Phrases phrases) {
        this.phrases = phrases;
    }

    Words of(String type, String sector, Spot spot, SplittableRandom random) {
        Locality place = localities.computeIfAbsent(spot.gridCode(), grid -> Locality.of(spot, phrases));
        Map<String, String> scene = place.scene(phrases, random);
        String description = phrases.pick(descriptions(type, sector), scene, random);
        return new Words(description, phrases.pick(place.kind().addressList(), scene, random));
    }

    /** The most specific list there is: the type and sector's, the type's, or the catch-all. */
    String descriptions(String type, String sector) {
        if (sector != null && phrases.has(type + "." + sector)) {
            return type + "." + sector;
        }
        return phrases.has(type) ? type : OTHER;
    }
}
