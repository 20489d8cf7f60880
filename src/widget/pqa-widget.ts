import { h, uniqueId } from './dom.js';
import { icon } from './icons.js';
import { define, LocalizedElement } from './localized-element.js';
import type { PqaChat } from './pqa-chat.js';
import { sheet } from './styles.js';
import './pqa-chat.js';

const CSS = `
:host { display: block; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; }
:host([position="left"]) { right: auto; left: 16px; }
.launcher {
  display: inline-flex; align-items: center; gap: 8px; min-height: 52px; padding: 10px 18px;
  border-radius: 26px; border: 0; background: var(--pqa-accent); color: #fff; font-weight: 600;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25);
}
.launcher:hover { background: var(--pqa-accent-dark); }
.panel {
  position: fixed; right: 16px; bottom: 80px; width: min(420px, calc(100vw - 32px)); height: min(640px, calc(100vh - 112px));
  display: flex; flex-direction: column; background: var(--pqa-surface); border: 1px solid var(--pqa-border);
  border-radius: 12px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3); overflow: hidden;
}
.header { display: flex; align-items: center; gap: 8px; padding: 8px 8px 8px 16px; border-bottom: 1px solid var(--pqa-border); background: var(--pqa-soft); }
:host([position="left"]) .panel { right: auto; left: 16px; }
h2 { margin: 0; font-size: 17px; flex: 1; min-width: 0; }
.header button { min-height: 36px; min-width: 36px; }
pqa-chat { flex: 1; min-height: 0; }
@media (max-width: 480px), (max-height: 560px) {
  .panel, :host([position="left"]) .panel { inset: 0; width: 100%; height: 100%; border-radius: 0; border: 0; }
  :host([open]) .launcher { display: none; }
}
`;

/**
 * The embeddable widget: a launcher button that opens the chat in a panel over the host page.
 * `accent` (a CSS colour) and `position` ("left" or "right") come from the script tag's data-*.
 */
export class PqaWidget extends LocalizedElement {
  static override get observedAttributes(): string[] {
    return ['lang', 'accent'];
  }

  private accentSheet: CSSStyleSheet | undefined;

  private launcher!: HTMLButtonElement;
  private panel!: HTMLElement;
  private chat!: PqaChat;

  constructor() {
    super(CSS);
  }

  connectedCallback(): void {
    if (this.root.childElementCount > 0) return;
    const panelId = uniqueId('pqa-panel');
    const titleId = uniqueId('pqa-title');
    this.launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': panelId }, icon('chat'));
    this.launcher.append(this.bind(h('span', { class: 'launcher-label' }), 'launcherOpen'));
    const langButton = this.bind(h('button', { type: 'button', class: 'lang' }), 'switchLang');
    // Named by the language it switches to, in that language (the usual language-switch pattern).
    this.bind(langButton, 'switchLangLabel', 'title');
    langButton.lang = this.uiLang === 'ko' ? 'en' : 'ko';
    const close = h('button', { type: 'button', class: 'close' }, h('span', { 'aria-hidden': 'true' }, '✕'));
    this.bind(close, 'close', 'aria-label');
    this.chat = h('pqa-chat', { lang: this.uiLang, 'api-base': this.apiBase, 'data-follow-lang': true });
    this.panel = h(
      'div',
      { class: 'panel', id: panelId, role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': titleId, hidden: true },
      h('div', { class: 'header' }, this.bind(h('h2', { id: titleId }), 'title'), langButton, close),
      this.chat,
    );
    this.root.append(this.panel, this.launcher);

    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    close.addEventListener('click', () => this.close());
    langButton.addEventListener('click', () => {
      this.setAttribute('lang', this.uiLang === 'ko' ? 'en' : 'ko');
      langButton.lang = this.uiLang === 'ko' ? 'en' : 'ko';
      langButton.focus();
    });
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
  }

  override attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (name === 'accent') this.applyAccent(next);
    else super.attributeChangedCallback(name, previous, next);
  }

  /** Only a value the browser parses as a colour gets in: anything else could smuggle in CSS. */
  private applyAccent(value: string | null): void {
    const colour = value?.trim() ?? '';
    const sheets = this.root.adoptedStyleSheets.filter((s) => s !== this.accentSheet);
    this.accentSheet = undefined;
    if (colour && globalThis.CSS.supports('color', colour) && !/[;{}]/.test(colour)) {
      this.accentSheet = sheet(`:host { --pqa-host-accent: ${colour}; }`);
      sheets.push(this.accentSheet);
    }
    this.root.adoptedStyleSheets = sheets;
  }

  open(): void {
    this.panel.hidden = false;
    this.setAttribute('open', '');
    this.launcher.setAttribute('aria-expanded', 'true');
    this.chat.focusInput();
  }

  close(): void {
    this.panel.hidden = true;
    this.removeAttribute('open');
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.focus();
  }
}

define('pqa-widget', PqaWidget);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-widget': PqaWidget;
  }
}
