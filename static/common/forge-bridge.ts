/**
 * The real bridge, used only by each app's main.tsx. `@forge/bridge` reads `globalThis.__bridge` when it
 * loads, so nothing imported by component tests may import this file.
 */
import { invoke, view } from '@forge/bridge';
import { asResult, unavailable, type AppContext, type Bridge } from './bridge';

export const forgeBridge: Bridge = {
  async invoke(functionKey, payload) {
    try {
      return asResult(await invoke(functionKey, payload));
    } catch (e) {
      return unavailable(e);
    }
  },
  async getContext() {
    const ctx = (await view.getContext()) as unknown as Partial<AppContext>;
    return {
      locale: ctx.locale ?? navigator.language ?? 'en-US',
      timezone: ctx.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
      accountType: ctx.accountType,
      moduleKey: ctx.moduleKey,
      extension: ctx.extension,
    };
  },
  async enableTheme() {
    await view.theme.enable();
  },
};
