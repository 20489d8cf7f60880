/**
 * widget.js: one <script src="https://HOST/widget.js" data-lang="ko" defer></script> adds the
 * launcher and chat panel to the page; data-accent="#0b6e4f" and data-position="left" style it. Bundled as an IIFE, so nothing leaks into the page's
 * globals; only the custom element names are registered.
 */
import { pickLang } from './strings.js';
import './pqa-widget.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
// The API lives where the script came from, unless data-api-base says otherwise.
const apiBase = script?.dataset.apiBase ?? (script?.src ? new URL(script.src).origin : '');
const explicitLang = script?.dataset.lang;

function mount(): void {
  if (document.querySelector('pqa-widget')) return;
  const widget = document.createElement('pqa-widget');
  widget.setAttribute('lang', pickLang(explicitLang, document.documentElement.lang));
  widget.setAttribute('api-base', apiBase);
  if (script?.dataset.accent) widget.setAttribute('accent', script.dataset.accent);
  if (script?.dataset.position === 'left') widget.setAttribute('position', 'left');
  document.body.append(widget);
  // Without data-lang the widget follows the page's own language switch.
  if (!explicitLang) {
    new MutationObserver(() => widget.setAttribute('lang', pickLang(document.documentElement.lang))).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
    });
  }
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
