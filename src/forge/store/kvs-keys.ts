/** The app's KVS keys (see kvs-store.ts for what each holds). */
export const STORE_KEYS = {
  config: 'config',
  configLock: 'lock:config',
  record: (issueKey: string) => `record:${safe(issueKey)}`,
  lock: (issueKey: string) => `lock:${safe(issueKey)}`,
  claim: (key: string) => `claim:${safe(key)}`,
} as const;

/** KVS keys allow `[a-zA-Z0-9:._\s-#]`; anything else becomes `_`. */
function safe(part: string): string {
  return part.replace(/[^a-zA-Z0-9:._\s#-]/g, '_');
}
