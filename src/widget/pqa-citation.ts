import { detectLang } from '../core/lang.js';
import { type CitationView, fetchPassage, safeHttpUrl } from './api-client.js';
import { displayDate } from './copy-text.js';
import { append, h, uniqueId } from './dom.js';
import { define, LocalizedElement } from './localized-element.js';
import { highlightQuote } from './quote-highlight.js';

const CSS = `
:host { display: block; position: absolute; inset: 0; background: var(--pqa-surface); z-index: 2; overflow: auto; }
.viewer { padding: 12px 16px 16px; display: grid; gap: 10px; }
h3 { margin: 0; font-size: 18px; }
h3:focus { outline: none; }
h3:focus-visible { outline: 3px solid var(--pqa-focus); }
.meta { margin: 0; color: var(--pqa-muted); font-size: 14px; }
.doc { margin: 0; font-weight: 600; }
.passage { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; word-break: keep-all; border-left: 4px solid var(--pqa-border); padding: 4px 0 4px 12px; }
mark { background: var(--pqa-mark); color: inherit; padding: 0 1px; }
.legend { margin: 0; font-size: 14px; color: var(--pqa-muted); }
.source { display: inline-block; min-height: 24px; padding: 2px 0; }
.doc { word-break: keep-all; }
.actions { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; }
.error { color: var(--pqa-danger); }
`;

/**
 * Shows one cited passage in full with the quoted span highlighted and a link to the source
 * document. Focus moves to its heading on open and back to the footnote that opened it on close.
 */
export class PqaCitation extends LocalizedElement {
  private opener: HTMLElement | undefined;
  private loading: AbortController | undefined;

  constructor() {
    super(CSS);
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      this.close();
    });
  }

  async show(citation: CitationView, opener: HTMLElement): Promise<void> {
    this.opener = opener;
    this.loading?.abort();
    const loading = new AbortController();
    this.loading = loading;

    const headingId = uniqueId('pqa-cite-title');
    const heading = h('h3', { id: headingId, tabindex: -1 }, this.t('passageTitle', { n: citation.n }));
    const body = h('div', { 'aria-busy': 'true' }, h('p', { class: 'meta' }, this.t('passageLoading')));
    const back = h('button', { type: 'button', class: 'primary back' }, this.t('back'));
    back.addEventListener('click', () => this.close());
    this.setAttribute('role', 'region');
    this.setAttribute('aria-labelledby', headingId);
    this.root.replaceChildren(h('div', { class: 'viewer' }, heading, body, h('div', { class: 'actions' }, back)));
    this.hidden = false;
    heading.focus();

    try {
      const passage = await fetchPassage(this.apiBase, citation.passageId, loading.signal);
      if (loading.signal.aborted) return;
      const found = highlightQuote(passage.text, citation.quote);
      const text = h('blockquote', { class: 'passage', lang: detectLang(passage.text) });
      if (found) text.append(found.before, h('mark', {}, found.quote), found.after);
      else text.append(passage.text);
      // Where and when, next to the quote: the section, the page, the document's date.
      const where = [
        passage.sectionPath.replaceAll(' > ', ' › '),
        passage.page === undefined ? '' : this.t('page', { page: passage.page }),
        displayDate(citation.publishedAt, this.uiLang),
      ]
        .filter(Boolean)
        .join(' · ');
      const href = safeHttpUrl(passage.sourceUrl);
      body.replaceChildren(h('p', { class: 'doc' }, passage.title));
      append(
        body,
        where ? h('p', { class: 'meta' }, where) : null,
        text,
        found ? h('p', { class: 'legend' }, this.t('quoteLegend')) : null,
        href ? h('p', {}, h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'source' }, this.t('viewDocument'))) : null,
      );
    } catch (error) {
      if (loading.signal.aborted) return;
      body.replaceChildren(h('p', { class: 'error', role: 'alert' }, this.t('passageError')));
      console.warn('pqa: passage', error);
    } finally {
      body.removeAttribute('aria-busy');
    }
  }

  close(): void {
    this.loading?.abort();
    this.hidden = true;
    this.root.replaceChildren();
    this.dispatchEvent(new CustomEvent('pqa-citation-close'));
    this.opener?.focus();
  }
}

define('pqa-citation', PqaCitation);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-citation': PqaCitation;
  }
}
