/** A check's error: an i18n key under `config.error.*` (locales/*.json), which the handler translates. */
export const err = (key: string) => ({ error: `config.error.${key}` });
