import type { Control } from './control';
import type { Tab } from './browser';
import type { Lang, Texts } from './texts';

export interface ScenarioContext {
  ctl: Control;
  tab: Tab;
  lang: Lang;
  t: Texts;
}

export interface Scenario {
  title: string;
  run(s: ScenarioContext): Promise<void>;
}

/** The agent who reads the agent panel: Dave is French, Erin English (both native, no locale override). */
export const AGENT: Record<Lang, string> = { fr: 'agent-dave', en: 'agent-erin' };
