/**
 * The one way to turn a key of `locales/*.json` into text: ICU MessageFormat through FormatJS's
 * `intl-messageformat` (plurals, selects, ordinals and number formatting with the language's rules), used by
 * the UIs, the emails, the comments and the server's error messages alike.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import en from '../../locales/en-US.json';
import fr from '../../locales/fr-FR.json';

/** The two languages of every screen, email and message. */
export type Lang = 'fr' | 'en';

/** The BCP 47 locale whose rules (plurals, decimal comma, ordinals) each language's messages follow. */
export const FORMAT_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };

/**
 * A message as written in locales/ (ICU text), or already parsed: the UI builds replace the catalogs with their
 * parsed form at build time (scripts/build-ui.mjs), so the browser needs no ICU parser.
 */
export type Message = ConstructorParameters<typeof IntlMessageFormat>[0];
type Tree = { [key: string]: Message | Tree };
const CATALOGS: Record<Lang, Tree> = { fr: fr as Tree, en: en as Tree };

export type MessageParams = Record<string, string | number>;

/** Maps a Forge/browser locale such as "fr-FR", "fr_CA" or "en-US" to one of our languages. */
export function langOf(locale: string | undefined | null): Lang {
  return locale && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const isMessage = (node: unknown): node is Message => typeof node === 'string' || Array.isArray(node);

function lookup(tree: Tree, key: string): Message | undefined {
  let node: Message | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || isMessage(node)) return undefined;
    node = node[part];
  }
  return isMessage(node) ? node : undefined;
}

const compiledText = new Map<string, IntlMessageFormat>();
const compiledAst = { fr: new WeakMap<object, IntlMessageFormat>(), en: new WeakMap<object, IntlMessageFormat>() };

/** Compiles (once) an ICU message; tags are plain text here (`ignoreTag`): emails escape their own HTML. */
export function compileMessage(message: Message, lang: Lang): IntlMessageFormat {
  const make = () => new IntlMessageFormat(message, FORMAT_LOCALE[lang], undefined, { ignoreTag: true });
  if (typeof message !== 'string') {
    let format = compiledAst[lang].get(message);
    if (!format) compiledAst[lang].set(message, (format = make()));
    return format;
  }
  const cacheKey = `${lang}\u0000${message}`;
  let format = compiledText.get(cacheKey);
  if (!format) compiledText.set(cacheKey, (format = make()));
  return format;
}

/** A message with no argument and no ICU quoting is its own text. */
const isPlainText = (message: Message): message is string => typeof message === 'string' && !/[{}]|''/.test(message);

/** Formats an ICU message; a missing parameter shows as `{name}` rather than failing the whole screen or email. */
export function formatMessage(message: Message, lang: Lang, params: MessageParams = {}): string {
  if (isPlainText(message)) return message;
  try {
    const format = compileMessage(message, lang);
    return String(format.format(withPlaceholders(format, params)));
  } catch {
    return typeof message === 'string' ? message : '';
  }
}

/**
 * French elides "de" and "le" before a vowel or a mute h ("Relance d’Alice", "heure d’Amsterdam"). A message
 * asks for it with a select on `{nameElision}`, which is "yes" or "no" from the `name` parameter's first letter:
 * `Relance {whoElision, select, yes {d’{who}} other {de {who}}}`.
 */
export function elides(word: string): boolean {
  return /^[aeiouyhàâäéèêëîïôöûüæœ]/i.test(word.trim());
}

const ELISION = /^(\w+)Elision$/;

function withPlaceholders(format: IntlMessageFormat, params: MessageParams): MessageParams {
  const names = argumentNames(format.getAst());
  if (names.every((n) => n in params)) return params;
  const filled: MessageParams = { ...params };
  for (const n of names) {
    if (n in filled) continue;
    const base = ELISION.exec(n)?.[1];
    filled[n] = base !== undefined && base in params ? (elides(String(params[base])) ? 'yes' : 'no') : `{${n}}`;
  }
  return filled;
}

type AstNode = { type: number; value?: unknown; options?: Record<string, { value: AstNode[] }> };

/** Names of the arguments a compiled message uses, at any depth (plural and select branches included). */
export function argumentNames(ast: ReadonlyArray<unknown>): string[] {
  const names = new Set<string>();
  const walk = (nodes: ReadonlyArray<unknown>) => {
    for (const raw of nodes) {
      const node = raw as AstNode;
      // Types 1–6 are argument, number, date, time, select and plural; 0 is literal, 7 is `#`.
      if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') names.add(node.value);
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(ast);
  return [...names];
}

/** Translates `key` with ICU parameters; falls back to English, then to the key itself. */
export function translate(lang: Lang, key: string, params: MessageParams = {}): string {
  const own = lookup(CATALOGS[lang], key);
  const message = own ?? lookup(CATALOGS.en, key);
  if (message === undefined) return key;
  return formatMessage(message, own === undefined ? 'en' : lang, params);
}
