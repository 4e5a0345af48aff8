package org.relationsatlas.events;

import java.util.Arrays;
import java.util.Optional;

import org.relationsatlas.i18n.Bilingual;
import org.relationsatlas.i18n.Lang;

/** What a date of an event marks: signing, entry into force, opening… */
public enum DateKind {
    OCCURRED("occurred", "", ""),
    ANNOUNCED("announced", "announced", "أُعلن"),
    SIGNED("signed", "signed", "وُقّع"),
    RATIFIED("ratified", "ratified", "صُدّق"),
    IN_FORCE("in-force", "in force", "دخل حيز التنفيذ"),
    NOTICE("notice", "notice given", "إخطار"),
    EXPIRED("expired", "expired", "انتهى"),
    STARTED("started", "started", "بدأ"),
    COMPLETED("completed", "completed", "اكتمل"),
    OPENED("opened", "opened", "افتُتح"),
    ENDED("ended", "ended", "انتهى"),
    DEMARCATED("demarcated", "demarcated", "رُسّم"),
    HANDED_OVER("handed-over", "handed over", "سُلّم"),
    HELD("held", "held", "أُجري"),
    VISIT("visit", "visit", "زيارة"),
    FOUNDED("founded", "founded", "تأسّس");

    private final String id;
    private final Bilingual label;

    DateKind(String id, String labelEn, String labelAr) {
        this.id = id;
        this.label = new Bilingual(labelEn, labelAr);
    }

    public String id() {
        return id;
    }

    /** The word shown before the date on a card; empty for a plain "it happened". */
    public String label(Lang lang) {
        return label.in(lang);
    }

    public static Optional<DateKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    /**
     * Whether {@code later}, listed after {@code earlier}, breaks the natural order: a treaty is signed
     * before it is ratified, in force and expires; work starts before it is completed or ended.
     */
    public static boolean outOfOrder(DateKind earlier, DateKind later) {
        if (rank(earlier) >= 0 && rank(later) >= 0) {
            return rank(later) < rank(earlier);
        }
        return later == STARTED && (earlier == COMPLETED || earlier == ENDED);
    }

    private static int rank(DateKind kind) {
        return switch (kind) {
            case SIGNED -> 0;
            case RATIFIED -> 1;
            case IN_FORCE -> 2;
            case EXPIRED -> 3;
            default -> -1;
        };
    }
}
