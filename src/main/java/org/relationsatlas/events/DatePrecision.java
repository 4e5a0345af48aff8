package org.relationsatlas.events;

/** How precisely an event's date is known. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
