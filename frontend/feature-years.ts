/*
 * Which features the map shows for a year range, and in what status: the same rules as
 * MapFeature.existsDuring and MapFeature.statusDuring on the server, applied in the browser so that a
 * new range (the timeline playing, a slider step) restyles the layers without downloading them again.
 * Both sides are tested on the same cases: test/feature-years.cases.json.
 */

/** The year-related properties of a feature, as /api/layers/{layer}.geojson sends them. */
export interface FeatureYears {
  first_year: number;
  until: number | null;
  phases: { from: number; status: string }[];
}

/** Whether the feature existed at some time in from..to. */
export function existsDuring(feature: FeatureYears, from: number, to: number): boolean {
  return feature.first_year <= to && (feature.until === null || feature.until >= from);
}

/** Its status in the last year of the range it existed in; before its first phase, the first phase's. */
export function statusDuring(feature: FeatureYears, to: number): string {
  const year = feature.until === null ? to : Math.min(to, feature.until);
  let status = feature.phases[0]?.status ?? '';
  for (const phase of feature.phases) {
    if (phase.from <= year) status = phase.status;
  }
  return status;
}
