package org.relationsatlas.layers;

import java.util.Arrays;
import java.util.Optional;

/** What a feature was in a given year: how settled a border, how far built a route. */
public enum FeatureStatus {
    DISPUTED("disputed"),
    AGREED("agreed"),
    DEMARCATED("demarcated"),
    CLASH("clash"),
    PLANNED("planned"),
    CONTRACTED("contracted"),
    MEMORANDUM("memorandum"),
    UNDER_CONSTRUCTION("under-construction"),
    OPERATING("operating"),
    SUSPENDED("suspended"),
    HANDED_OVER("handed-over"),
    HELD("held"),
    /** The border passed to a successor state of the USSR (Kazakhstan, Kyrgyzstan, Tajikistan): drawn muted. */
    SUCCESSOR("successor"),
    /** A place where events happened: a status only because every feature has one; not named on the map. */
    PLACE("place");

    private final String id;

    FeatureStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<FeatureStatus> byId(String id) {
        return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst();
    }
}
