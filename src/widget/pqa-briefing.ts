import { briefingFileName } from '../briefing/file-name.js';
import { figureCells, footnoteText, formatDate, LABELS, referenceLine, sectionHeading, summaryLine } from '../briefing/labels.js';
import type { Briefing } from '../briefing/types.js';
import { safeHttpUrl } from './api-client.js';
import { h, uniqueId } from './dom.js';
import { pickLang, type UiLang } from './strings.js';
import { BASE_CSS, sheet } from './styles.js';

type Format = 'docx' | 'markdown';
const FILE_TYPES: Record<Format, { extension: string; key: 'downloadDocx' | 'downloadMarkdown' }> = {
  docx: { extension: 'docx', key: 'downloadDocx' },
  markdown: { extension: 'md', key: 'downloadMarkdown' },
};

const STRINGS = {
  ko: {
    heading: '브리핑 만들기',
    intro: '주제를 입력하면 문서의 목차에서 세부 질문을 뽑아 답하고, 출처 각주가 달린 브리핑을 만듭니다.',
    topic: '주제',
    topicPlaceholder: '예: 5차 산업집적활성화 기본계획',
    questions: '세부 질문 (선택, 한 줄에 하나)',
    questionsPlaceholder: '예: 5차 계획안의 목표는?',
    language: '브리핑 언어',
    build: '브리핑 만들기',
    building: '브리핑을 만드는 중입니다. 세부 질문마다 문서를 찾아 답하므로 잠시 걸립니다…',
    preparingFile: '파일을 준비하는 중…',
    ready: '브리핑이 준비되었습니다.',
    preview: '미리보기',
    downloadDocx: 'Word(DOCX) 내려받기',
    downloadMarkdown: 'Markdown 내려받기',
    footnotes: '각주',
    toFootnote: '각주 {n}',
    back: '본문으로',
    needInput: '주제나 질문을 하나 이상 입력해 주십시오.',
    failed: '브리핑을 만들지 못했습니다: {message}',
    network: '서비스에 연결할 수 없습니다. 잠시 후 다시 시도해 주십시오.',
  },
  en: {
    heading: 'Build a briefing',
    intro: 'Enter a topic: sub-questions are taken from the documents’ headings, answered, and assembled into a briefing with source footnotes.',
    topic: 'Topic',
    topicPlaceholder: 'e.g. draft 5th Basic Plan for Industrial Cluster Activation',
    questions: 'Sub-questions (optional, one per line)',
    questionsPlaceholder: 'e.g. What is the goal of the draft 5th plan?',
    language: 'Briefing language',
    build: 'Build briefing',
    building: 'Building the briefing. Each sub-question is looked up and answered, so this takes a moment…',
    preparingFile: 'Preparing the file…',
    ready: 'The briefing is ready.',
    preview: 'Preview',
    downloadDocx: 'Download Word (DOCX)',
    downloadMarkdown: 'Download Markdown',
    footnotes: 'Notes',
    toFootnote: 'Note {n}',
    back: 'Back to the text',
    needInput: 'Enter a topic or at least one question.',
    failed: 'The briefing could not be built: {message}',
    network: 'Cannot reach the service. Please try again shortly.',
  },
} as const;

type Key = keyof (typeof STRINGS)['ko'];

const CSS = `
:host { display: block; }
.wrap { max-width: 860px; margin: 0 auto; padding: 16px; }
h2 { font-size: 1.25rem; margin: 0 0 4px; color: var(--pqa-link); }
p.intro { margin: 0 0 16px; color: var(--pqa-muted); }
form { display: grid; gap: 12px; }
label { display: block; font-weight: 600; margin-bottom: 4px; }
input[type=text], textarea, select {
  width: 100%; padding: 8px 10px; border: 1px solid var(--pqa-border); border-radius: 6px;
  background: var(--pqa-surface); font: inherit; color: inherit;
}
textarea { min-height: 5.5em; resize: vertical; }
.row { display: flex; gap: 16px; flex-wrap: wrap; }
.row > div { flex: 1 1 180px; }
.status { min-height: 1.5em; color: var(--pqa-muted); }
.status.error { color: var(--pqa-danger); }
.downloads { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 12px; }
h3 { font-size: 1rem; margin: 16px 0 4px; }
h3:focus { outline: none; }
.doc { word-break: keep-all; overflow-wrap: anywhere; border: 1px solid var(--pqa-border); border-radius: 6px; padding: 16px 20px; background: var(--pqa-surface); }
.doc h4 { font-size: 1.35rem; margin: 0 0 4px; color: var(--pqa-link); }
.doc h5 { font-size: 1.05rem; margin: 18px 0 6px; color: var(--pqa-link); }
.doc .meta, .doc .note { margin: 0 0 4px; color: var(--pqa-muted); font-size: 0.9rem; }
.doc ul, .doc ol { margin: 0; padding-left: 1.4em; }
.doc li { margin: 2px 0; }
.doc table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.doc th, .doc td { border: 1px solid var(--pqa-border); padding: 4px 6px; text-align: left; vertical-align: top; }
.doc th { background: var(--pqa-soft); }
.doc td:first-child, .doc td:last-child { white-space: nowrap; }
.doc .fn { min-height: 24px; min-width: 24px; padding: 0 4px; margin-left: 2px; border: 0; background: none; color: var(--pqa-link); font-size: 0.75rem; font-weight: 600; vertical-align: super; line-height: 1; text-decoration: underline; }
.doc .notes { font-size: 0.85rem; color: var(--pqa-muted); }
.doc .notes li:focus { outline: 3px solid var(--pqa-focus); }
.doc .table-wrap { overflow-x: auto; }
`;

/**
 * <pqa-briefing lang="ko|en" api-base="...">: a form that asks POST /api/briefing for a briefing,
 * shows its Markdown as plain text and offers the DOCX or Markdown file for download. Everything
 * from the server is set as text, never as markup.
 */
class PqaBriefing extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['lang'];
  }

  private readonly root: ShadowRoot;
  private readonly texts: { element: Element; key: Key; attr?: string }[] = [];
  private readonly topic: HTMLInputElement;
  private readonly questions: HTMLTextAreaElement;
  private readonly language: HTMLSelectElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;
  private objectUrl: string | undefined;
  private request: Record<string, unknown> | undefined;
  private busy = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [sheet(BASE_CSS), sheet(CSS)];
    const ids = { topic: uniqueId('brief-topic'), questions: uniqueId('brief-q'), lang: uniqueId('brief-lang') };
    this.topic = h('input', { type: 'text', id: ids.topic, name: 'topic', maxlength: 300, autocomplete: 'off' });
    this.questions = h('textarea', { id: ids.questions, name: 'questions', rows: 4 });
    this.language = h('select', { id: ids.lang, name: 'lang' }, h('option', { value: 'ko' }, '한국어'), h('option', { value: 'en' }, 'English'));
    this.button = this.text(h('button', { type: 'submit', class: 'primary' }), 'build');
    this.status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.result = h('div', { class: 'result' });
    const form = h(
      'form',
      { novalidate: true },
      h('div', {}, this.text(h('label', { for: ids.topic }), 'topic'), this.topic),
      h('div', {}, this.text(h('label', { for: ids.questions }), 'questions'), this.questions),
      h('div', { class: 'row' }, h('div', {}, this.text(h('label', { for: ids.lang }), 'language'), this.language)),
      h('div', {}, this.button),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.build();
    });
    this.root.append(
      h('div', { class: 'wrap' }, this.text(h('h2'), 'heading'), this.text(h('p', { class: 'intro' }), 'intro'), form, this.status, this.result),
    );
    this.text(this.topic, 'topicPlaceholder', 'placeholder');
    this.text(this.questions, 'questionsPlaceholder', 'placeholder');
    this.language.value = this.uiLang;
  }

  get uiLang(): UiLang {
    return pickLang(this.getAttribute('lang'));
  }

  private get apiBase(): string {
    return (this.getAttribute('api-base') ?? '').replace(/\/+$/, '');
  }

  private t(key: Key, params: Record<string, string> = {}): string {
    return STRINGS[this.uiLang][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  }

  /** Sets a UI string now and again whenever the language switches. */
  private text<E extends Element>(element: E, key: Key, attr?: string): E {
    this.texts.push({ element, key, ...(attr ? { attr } : {}) });
    if (attr) element.setAttribute(attr, this.t(key));
    else element.textContent = this.t(key);
    return element;
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (name !== 'lang' || previous === next) return;
    for (const { element, key, attr } of this.texts) {
      if (attr) element.setAttribute(attr, this.t(key));
      else element.textContent = this.t(key);
    }
  }

  disconnectedCallback(): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
  }

  private setStatus(message: string, error = false): void {
    this.status.textContent = message;
    this.status.classList.toggle('error', error);
  }

  private async build(): Promise<void> {
    if (this.busy) return;
    const topic = this.topic.value.trim();
    const questions = this.questions.value
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean);
    if (!topic && questions.length === 0) {
      this.setStatus(this.t('needInput'), true);
      this.topic.focus();
      return;
    }
    const body = { ...(topic ? { topic } : {}), ...(questions.length ? { questions } : {}), lang: this.language.value === 'en' ? 'en' : 'ko' };
    this.busy = true;
    this.button.disabled = true;
    this.result.replaceChildren();
    this.setStatus(this.t('building'));
    try {
      const briefing = (await (await this.post({ ...body, format: 'json' })).json()) as Briefing;
      this.request = body;
      this.showResult(briefing);
      this.setStatus(this.t('ready'));
    } catch (error) {
      this.setStatus(error instanceof BriefingError ? this.t('failed', { message: error.message }) : this.t('network'), true);
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }

  private async post(body: Record<string, unknown>): Promise<Response> {
    const response = await fetch(`${this.apiBase}/api/briefing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
    });
    if (!response.ok) {
      const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
      throw new BriefingError(payload?.error?.message ?? `HTTP ${response.status}`);
    }
    return response;
  }

  /** Asks for the same briefing as a file and hands it to the browser's download. */
  private async download(format: Format, briefing: Pick<Briefing, 'topic' | 'date'>): Promise<void> {
    if (!this.request || this.busy) return;
    this.busy = true;
    this.setStatus(this.t('preparingFile'));
    try {
      const blob = await (await this.post({ ...this.request, format })).blob();
      if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
      this.objectUrl = URL.createObjectURL(blob);
      const link = h('a', { href: this.objectUrl, download: briefingFileName(briefing, FILE_TYPES[format].extension), hidden: true });
      this.root.append(link);
      link.click();
      link.remove();
      this.setStatus(this.t('ready'));
    } catch (error) {
      this.setStatus(error instanceof BriefingError ? this.t('failed', { message: error.message }) : this.t('network'), true);
    } finally {
      this.busy = false;
    }
  }

  /** The briefing as a document: headings, bullets with footnote marks, the figures table, references, notes. */
  private showResult(briefing: Briefing): void {
    const l = LABELS[briefing.lang];
    const noteIds = new Map(briefing.citations.map((c) => [c.n, uniqueId('brief-note')]));
    const mark = (n: number) => {
      const button = h('button', { type: 'button', class: 'fn', 'aria-label': this.t('toFootnote', { n: String(n) }) }, String(n));
      button.addEventListener('click', () => {
        const note = this.root.getElementById(noteIds.get(n) ?? '');
        note?.focus();
        note?.scrollIntoView({ block: 'nearest' });
      });
      return button;
    };
    const doc = h(
      'article',
      { class: 'doc', lang: briefing.lang },
      h('h4', {}, briefing.title),
      h('p', { class: 'meta' }, `${l.date}: ${formatDate(briefing.date, briefing.lang)} · ${l.mode[briefing.mode]}`),
      h('p', { class: 'note' }, l.note),
    );
    if (briefing.summary.length > 0)
      doc.append(h('h5', {}, l.summary), h('ul', {}, ...briefing.summary.map((p) => h('li', {}, summaryLine(p, briefing.lang)))));
    if (briefing.sections.length === 0) doc.append(h('p', {}, l.nothingFound));
    for (const [i, section] of briefing.sections.entries()) {
      const list = h('ul');
      for (const bullet of section.bullets) {
        const [first = '', ...items] = bullet.text.split('\n').filter((line) => line.trim());
        const marks = bullet.citations.map(mark);
        const li = h('li', {}, first);
        if (items.length === 0) li.append(...marks);
        else li.append(h('ul', {}, ...items.map((item, j) => h('li', {}, item.replace(/^[-*•·]\s+/, ''), ...(j === items.length - 1 ? marks : [])))));
        list.append(li);
      }
      doc.append(h('h5', {}, sectionHeading(section, i)), list);
    }
    if (briefing.keyFigures.length > 0) {
      const head = h('tr', {}, ...[l.figure, l.context, l.referenceDate, l.source].map((label) => h('th', { scope: 'col' }, label)));
      const rows = briefing.keyFigures.map((row) => h('tr', {}, ...figureCells(row, briefing.lang).map((lines) => h('td', {}, lines.join(' / ')))));
      doc.append(h('h5', {}, l.keyFigures), h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows))));
    }
    if (briefing.notCovered.length > 0) {
      doc.append(h('h5', {}, l.notCovered), h('p', { class: 'note' }, l.notCoveredNote), h('ul', {}, ...briefing.notCovered.map((q) => h('li', {}, q))));
    }
    if (briefing.references.length > 0) {
      const items = briefing.references.map((r) => {
        const href = safeHttpUrl(r.sourceUrl);
        return h('li', {}, `${referenceLine(r, briefing.lang)}. `, href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, r.sourceUrl) : null);
      });
      doc.append(h('h5', {}, l.references), h('ol', {}, ...items));
    }
    if (briefing.citations.length > 0) {
      const notes = briefing.citations.map((c) => h('li', { id: noteIds.get(c.n), tabindex: -1, value: c.n }, footnoteText(briefing, c)));
      doc.append(h('h5', {}, this.t('footnotes')), h('ol', { class: 'notes' }, ...notes));
    }
    const downloads = h(
      'div',
      { class: 'downloads' },
      ...(Object.keys(FILE_TYPES) as Format[]).map((format) => {
        const button = h('button', { type: 'button', class: `download ${format}` }, this.t(FILE_TYPES[format].key));
        button.addEventListener('click', () => void this.download(format, briefing));
        return button;
      }),
    );
    const preview = h('h3', { tabindex: -1 }, this.t('preview'));
    this.result.replaceChildren(downloads, preview, doc);
    // The result is below the form, out of sight on a phone: bring the reader to it.
    preview.focus();
  }
}

class BriefingError extends Error {}

if (!customElements.get('pqa-briefing')) customElements.define('pqa-briefing', PqaBriefing);
