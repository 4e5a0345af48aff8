/*
 * Static base-map data bundled with the app, so the map works with no network.
 * City positions: the coordinates of each city's Wikipedia article, rounded to 0.01°
 * (enough for a label at the map's zoom levels).
 */
export type Lang = 'en' | 'ar';

/** The overlay layers, in legend order: org.relationsatlas.layers.Layer's ids (SharedConstantsTest). */
export const LAYER_IDS = ['borders', 'pipelines', 'railways', 'exercises', 'places'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface City {
  name_en: string;
  name_ar: string;
  lon: number;
  lat: number;
  capital: boolean;
}

export const CITIES: City[] = [
  { name_en: 'Moscow', name_ar: 'موسكو', lat: 55.76, lon: 37.62, capital: true },
  { name_en: 'Beijing', name_ar: 'بكين', lat: 39.91, lon: 116.40, capital: true },
  { name_en: 'Ulaanbaatar', name_ar: 'أولان باتور', lat: 47.92, lon: 106.92, capital: true },
  { name_en: 'Vladivostok', name_ar: 'فلاديفوستوك', lat: 43.12, lon: 131.89, capital: false },
  { name_en: 'Khabarovsk', name_ar: 'خاباروفسك', lat: 48.48, lon: 135.08, capital: false },
  { name_en: 'Harbin', name_ar: 'هاربن', lat: 45.76, lon: 126.63, capital: false },
  { name_en: 'Irkutsk', name_ar: 'إيركوتسك', lat: 52.29, lon: 104.28, capital: false },
  { name_en: 'Novosibirsk', name_ar: 'نوفوسيبيرسك', lat: 55.03, lon: 82.92, capital: false },
  { name_en: 'Ürümqi', name_ar: 'أورومتشي', lat: 43.83, lon: 87.62, capital: false },
  { name_en: 'Shanghai', name_ar: 'شانغهاي', lat: 31.23, lon: 121.47, capital: false },
];
