// Which stated licences let a source text be copied whole: the exports ship such a text, the site shows it.

/**
 * Licences (SPDX ids) that let anyone copy and redistribute a text unchanged, with attribution at most.
 * Any other text (one stating no licence, or a licence not listed) is named with where to get it and its
 * SHA-256, never copied; the site shows only its cited passages.
 */
export const REDISTRIBUTABLE = new Set(["CC0-1.0", "CC-BY-3.0", "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "PDDL-1.0", "ODC-By-1.0"]);
