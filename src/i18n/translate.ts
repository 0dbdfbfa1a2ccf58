import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

/** The two languages of every screen, email and message. */
export type Lang = 'fr' | 'en';

type Tree = { [key: string]: string | Tree };
const CATALOGS: Record<Lang, Tree> = { fr: fr as Tree, en: en as Tree };

/** Maps a Forge/browser locale such as "fr-FR", "fr_CA" or "en-US" to one of our languages. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates `key` with `{name}` placeholders; falls back to English, then to the key itself. */
export function translate(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(CATALOGS[lang], key) ?? lookup(CATALOGS.en, key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
