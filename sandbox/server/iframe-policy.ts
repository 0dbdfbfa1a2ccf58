/**
 * The attributes Forge puts on every Custom UI iframe, which "cannot be modified by the developer"
 * (platform/forge/custom-ui/iframe, "iframe permissions"): the feature policies camera, clipboard-write,
 * display-capture, fullscreen and microphone, and the sandbox attributes allow-downloads ("Allows downloads to be
 * started via a user gesture"), allow-forms, allow-modals, allow-pointer-lock, allow-same-origin and allow-scripts
 * ("run scripts, but not create pop-up windows"). The sandbox's frames get exactly these, so what Forge refuses
 * (pop-ups, navigating the top page from the frame) fails here too.
 */
export const FORGE_IFRAME_SANDBOX =
  'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';
export const FORGE_IFRAME_ALLOW = 'camera; clipboard-write; display-capture; fullscreen; microphone';

/** ` sandbox="…" allow="…"`, for an `<iframe class="app">`. */
export const forgeIframeAttributes = (): string => ` sandbox="${FORGE_IFRAME_SANDBOX}" allow="${FORGE_IFRAME_ALLOW}"`;
