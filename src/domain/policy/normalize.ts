/**
 * The comparable form of an option name, alias or priority: trimmed, inner spaces collapsed,
 * lower case, accents removed (NFKD then drop combining marks), so "Étendu / Généralisé",
 * "etendu /  generalise" and "ÉTENDU / GÉNÉRALISÉ" are equal.
 */
export function normalizeLabel(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').trim().replace(/\s+/g, ' ').toLowerCase();
}
