/**
 * Styles go in through constructable stylesheets (adoptedStyleSheets): a strict host
 * Content-Security-Policy blocks <style> elements and style attributes, but not these.
 */
export function sheet(css: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(css);
  return result;
}

/** Shared look: reset what the host page would otherwise pass in by inheritance, plus common parts. */
export const BASE_CSS = `
:host {
  all: initial;
  --pqa-accent: #0b4ea2;
  --pqa-accent-dark: #083a79;
  --pqa-text: #1b1f24;
  --pqa-muted: #4a5360;
  --pqa-border: #c9d0d9;
  --pqa-surface: #ffffff;
  --pqa-soft: #f2f5f9;
  --pqa-mark: #fff0a8;
  --pqa-danger: #a4161a;
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
:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
a { color: var(--pqa-accent); }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;
