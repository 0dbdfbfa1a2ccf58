/** Support policies (tiers): which policy applies to a request, and the settings it gives (docs/rules.md §12). */
export * from './select-policy';
export * from './effective-settings';
