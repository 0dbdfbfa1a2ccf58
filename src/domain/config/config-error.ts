import type { z } from 'zod';

/** A check's error: an i18n key under `config.error.*` (locales/*.json), which the handler translates. */
export const err = (key: string) => ({ error: `config.error.${key}` });

/**
 * A cross-field rule's refusal, from a `superRefine`: the value at `path` is refused with `config.error.<key>`.
 * The issue's `code` is zod's own: parse.ts keeps only the path and the key.
 */
export function refuse(ctx: z.RefinementCtx, path: (string | number)[], key: string): void {
  ctx.addIssue({ code: 'custom', path, message: `config.error.${key}` });
}
