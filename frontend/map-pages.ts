/** The pages that show a map: the atlas, the comparison and a lesson's steps (not the list of lessons). */
export function showsMap(pathInApp: string): boolean {
  return /^\/(compare)?$|^\/lesson\/[^/]+(\/step\/\d+)?$/.test(pathInApp);
}
