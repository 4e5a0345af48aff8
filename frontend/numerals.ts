/*
 * Numbers the atlas writes itself, in the digits its readers expect: Arabic-Indic (٠١٢…) in Arabic,
 * as Lang.digits does on the server. Years are written without grouping ("١٩٥٠", not "١٬٩٥٠").
 */
const ARABIC_INDIC_ZERO = 0x0660;

/** The digits of a year or count in the language's numerals. */
export function digits(value: number | string, lang: string): string {
  const text = String(value);
  if (lang !== 'ar') return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(ARABIC_INDIC_ZERO + Number(digit)));
}

/** A decimal figure such as 245.1, with the Arabic decimal separator in Arabic. */
export function decimal(value: number, lang: string): string {
  return lang === 'ar' ? digits(String(value), lang).replace('.', '\u066B') : String(value);
}
