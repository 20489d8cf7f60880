/**
 * Styles go in through constructable stylesheets (adoptedStyleSheets): a strict host
 * Content-Security-Policy blocks <style> elements and style attributes, but not these.
 */
export function sheet(css: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(css);
  return result;
}

/**
 * Shared look: reset what the host page would otherwise pass in by inheritance, plus common parts.
 * The host's accent (data-accent, set as --pqa-host-accent on <pqa-widget>) inherits into every
 * nested shadow root: custom properties pass through "all: initial". --pqa-accent fills (white
 * text on it), --pqa-link is the accent as text on the surface; dark mode swaps the surfaces.
 */
export const BASE_CSS = `
:host {
  all: initial;
  --pqa-accent: var(--pqa-host-accent, #0b4ea2);
  --pqa-accent-dark: color-mix(in srgb, var(--pqa-accent) 78%, #000);
  --pqa-link: var(--pqa-accent);
  --pqa-text: #1b1f24;
  --pqa-muted: #4a5360;
  --pqa-border: #c9d0d9;
  --pqa-field: #8a94a3;
  --pqa-surface: #ffffff;
  --pqa-soft: #f2f5f9;
  --pqa-hover: #dfe8f5;
  --pqa-mark: #fff0a8;
  --pqa-danger: #a4161a;
  --pqa-focus: #f5a623;
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
  font-size: 16px;
  line-height: 1.55;
  color: var(--pqa-text);
  box-sizing: border-box;
}
*, *::before, *::after { box-sizing: inherit; }
[hidden] { display: none !important; }
button, textarea, input { font: inherit; color: inherit; }
button {
  cursor: pointer;
  border-radius: 6px;
  border: 1px solid var(--pqa-border);
  background: var(--pqa-surface);
  padding: 6px 12px;
  min-height: 40px;
}
button:hover { background: var(--pqa-soft); }
button.primary { background: var(--pqa-accent); border-color: var(--pqa-accent); color: #fff; }
button.primary:hover { background: var(--pqa-accent-dark); }
button:disabled { cursor: default; opacity: 0.6; }
:focus-visible { outline: 3px solid var(--pqa-focus); outline-offset: 2px; }
a { color: var(--pqa-link); }
.ko-text { word-break: keep-all; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) {
  :host {
    color-scheme: dark;
    --pqa-link: color-mix(in srgb, var(--pqa-accent) 45%, #fff);
    --pqa-text: #e7eaee;
    --pqa-muted: #b4bcc7;
    --pqa-border: #3d4652;
    --pqa-field: #7d8896;
    --pqa-surface: #15191e;
    --pqa-soft: #222932;
    --pqa-hover: #2c3643;
    --pqa-mark: #6e5a00;
    --pqa-danger: #ff8a8a;
  }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
