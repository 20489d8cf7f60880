import { h, uniqueId } from './dom.js';
import { define, LocalizedElement } from './localized-element.js';
import type { PqaChat } from './pqa-chat.js';
import './pqa-chat.js';
import type { StringKey } from './strings.js';

const CSS = `
:host { display: flex; flex-direction: column; height: 100vh; height: 100dvh; max-width: 880px; margin: 0 auto; background: var(--pqa-surface); }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 12px 16px 8px; }
.titles { flex: 1; min-width: 0; }
h1 { margin: 0; font-size: 22px; }
.subtitle { margin: 2px 0 0; color: var(--pqa-muted); font-size: 14px; }
[role="tablist"] { display: flex; gap: 4px; padding: 0 16px; border-bottom: 1px solid var(--pqa-border); }
[role="tab"] { border: 0; border-bottom: 3px solid transparent; border-radius: 6px 6px 0 0; background: none; padding: 8px 16px; font-weight: 600; color: var(--pqa-muted); }
[role="tab"][aria-selected="true"] { color: var(--pqa-link); border-bottom-color: var(--pqa-link); }
main { flex: 1; min-height: 0; display: flex; flex-direction: column; }
[role="tabpanel"] { flex: 1; min-height: 0; display: flex; flex-direction: column; }
[role="tabpanel"] > * { flex: 1; min-height: 0; }
.briefing { overflow: auto; padding: 12px 16px; }
/* On a phone the title bar and tabs take one short row each, not a fifth of the screen. */
@media (max-width: 600px) {
  header { padding: 4px 8px 2px 12px; flex-wrap: nowrap; }
  h1 { font-size: 16px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .subtitle { display: none; }
  header button { min-height: 36px; padding: 4px 10px; }
  [role="tablist"] { padding: 0 8px; }
  [role="tab"] { padding: 4px 14px; min-height: 36px; }
  .briefing { padding: 4px 0; }
}
`;

type TabName = 'chat' | 'briefing';

/**
 * The full page at GET /: the same chat as the widget, plus a Briefing tab for officials
 * (the <pqa-briefing> element, mounted the first time its tab opens).
 */
export class PqaApp extends LocalizedElement {
  private tabs = new Map<TabName, { tab: HTMLButtonElement; panel: HTMLElement }>();
  private chat!: PqaChat;

  constructor() {
    super(CSS);
  }

  connectedCallback(): void {
    if (this.root.childElementCount > 0) return;
    const langButton = this.bind(h('button', { type: 'button', class: 'lang' }), 'switchLang');
    // Named by the language it switches to, in that language (the usual language-switch pattern).
    this.bind(langButton, 'switchLangLabel', 'title');
    langButton.lang = this.uiLang === 'ko' ? 'en' : 'ko';
    langButton.addEventListener('click', () => {
      this.setAttribute('lang', this.uiLang === 'ko' ? 'en' : 'ko');
      langButton.lang = this.uiLang === 'ko' ? 'en' : 'ko';
      langButton.focus();
    });
    const tablist = h('div', { role: 'tablist' });
    this.bind(tablist, 'tabsLabel', 'aria-label');
    const main = h('main');
    this.chat = h('pqa-chat', { lang: this.uiLang, 'api-base': this.apiBase, 'data-follow-lang': true, 'heading-level': 2 });
    for (const [name, key] of [
      ['chat', 'tabChat'],
      ['briefing', 'tabBriefing'],
    ] as Array<[TabName, StringKey]>) {
      const tabId = uniqueId(`pqa-tab-${name}`);
      const panelId = uniqueId(`pqa-panel-${name}`);
      const tab = this.bind(h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'data-tab': name }), key);
      const panel = h('section', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, class: name });
      if (name === 'chat') panel.append(this.chat);
      tab.addEventListener('click', () => this.select(name));
      tablist.append(tab);
      main.append(panel);
      this.tabs.set(name, { tab, panel });
    }
    tablist.addEventListener('keydown', (event) => this.onTabKey(event));
    main.prepend(tablist);
    this.root.append(
      h('header', {}, h('div', { class: 'titles' }, this.bind(h('h1'), 'title'), this.bind(h('p', { class: 'subtitle' }), 'subtitle')), langButton),
      main,
    );
    this.select('chat', false);
    this.syncDocument();
  }

  /** Tabs follow the ARIA pattern: arrows move between tabs, Tab goes into the panel. */
  private onTabKey(event: KeyboardEvent): void {
    const names = [...this.tabs.keys()];
    const current = names.findIndex((name) => this.tabs.get(name)?.tab === this.root.activeElement);
    if (current < 0) return;
    const moves: Record<string, number> = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: names.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const name = names[(target + names.length) % names.length];
    if (name) this.select(name, true);
  }

  private select(name: TabName, focusTab = true): void {
    for (const [other, { tab, panel }] of this.tabs) {
      const selected = other === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      panel.hidden = !selected;
      if (selected && focusTab) tab.focus();
    }
    const briefing = this.tabs.get('briefing')?.panel;
    if (name === 'briefing' && briefing && briefing.childElementCount === 0) {
      briefing.append(h('pqa-briefing', { lang: this.uiLang, 'api-base': this.apiBase, 'data-follow-lang': true }));
    }
  }

  protected override onLangChange(): void {
    this.syncDocument();
  }

  /** The document's own lang and title follow the switch, for screen readers and the tab title. */
  private syncDocument(): void {
    document.documentElement.lang = this.uiLang;
    document.title = this.t('title');
  }
}

define('pqa-app', PqaApp);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-app': PqaApp;
  }
}
