/** page.js: the full-page chat at GET / (chat and briefing tabs). */
import { pickLang } from './strings.js';
import { sheet } from './styles.js';
import './pqa-app.js';
import './pqa-briefing.js';

// Page-level layout through a constructable sheet: the page's CSP allows no inline styles.
document.adoptedStyleSheets = [
  ...document.adoptedStyleSheets,
  sheet('html, body { margin: 0; padding: 0; background: #e9edf2; } @media (prefers-color-scheme: dark) { html, body { background: #0c0f13; } }'),
];

function mount(): void {
  if (document.querySelector('pqa-app')) return;
  const app = document.createElement('pqa-app');
  app.setAttribute('lang', pickLang(document.documentElement.lang));
  document.body.append(app);
}

if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
