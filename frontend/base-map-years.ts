/*
 * Which states the base map draws in a year, from the dated changes in data/base-map.json (served at
 * /api/base-map.json): until a state was dissolved, its countries are drawn as that one state. Pure,
 * without the DOM or OpenLayers, so that it can be tested on its own (test/base-map-years.test.ts).
 */

/** One change of the base map; mirrors BaseMapController.BaseMapChangeJson in Java. */
export interface BaseMapChange {
  id: string;
  /** The day of the change, YYYY-MM-DD. */
  date: string;
  /** The last year the countries were one state: the year of the change. */
  lastYearTogether: number;
  change: string;
  /** The state the countries formed, e.g. USSR. */
  state: { en: string; ar: string };
  /** Its colour on the base map, as a country's ('russia', 'china' or 'other'). */
  emphasis: string;
  /** Today's countries it was made of, by ISO 3166 numeric id as in the base map. */
  countries: string[];
  title: { en: string; ar: string };
}

/** What the base map draws in a year: the states made of several of today's countries, and those countries. */
export interface BaseForYear {
  /** The changes whose countries are drawn as one state. */
  unions: BaseMapChange[];
  /** Today's countries drawn inside one of those states instead of on their own. */
  merged: Set<string>;
}

/**
 * The base for a year: the status in that year, as for the overlays (the last year of the selected
 * range). A state dissolved during a year is still drawn in that year, and no longer from the next.
 */
export function baseFor(changes: BaseMapChange[], year: number): BaseForYear {
  const unions = changes.filter((change) => year <= change.lastYearTogether);
  return { unions, merged: new Set(unions.flatMap((union) => union.countries)) };
}
