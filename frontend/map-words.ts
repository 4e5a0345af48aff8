/*
 * The words the map writes itself, in the map's language: feature names, "name · status" for the
 * tooltip and the text alternative, and the scale line. Pure functions, no DOM or OpenLayers.
 */
import { digits } from './numerals';

/** A feature's names, as /api/layers/{layer}.geojson and /api/regions.geojson send them. */
export interface Names {
  name_en: string;
  name_ar: string;
}

/** The name in the language; in Arabic with Arabic-Indic digits ("خط أنابيب ١"). */
export function nameIn(names: Names, lang: string): string {
  return lang === 'ar' ? digits(names.name_ar, 'ar') : names.name_en;
}

/** "Power of Siberia · under construction": the name and the status label, or the name alone when the status has none. */
export function describe(name: string, status: string | undefined, statusLabels: Record<string, string> | undefined): string {
  const label = status ? statusLabels?.[status] : undefined;
  return label ? `${name} · ${label}` : name;
}

const SCALE_UNITS_AR: Record<string, string> = { km: 'كم', m: 'م', mm: 'مم' };

/**
 * OpenLayers writes the scale in English ("2000 km"); in Arabic it reads "٢٠٠٠ كم". Null when the
 * text needs no change (another language, or not a scale OpenLayers writes).
 */
export function scaleIn(text: string, lang: string): string | null {
  if (lang !== 'ar') return null;
  const match = /^([\d.]+)\s*(km|m|mm)$/.exec(text.trim());
  return match ? `${digits(match[1]!, 'ar')} ${SCALE_UNITS_AR[match[2]!]}` : null;
}
