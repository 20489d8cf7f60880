import { h, uniqueId } from './dom.js';
import { pickLang, type UiLang } from './strings.js';
import { BASE_CSS, sheet } from './styles.js';

type Format = 'docx' | 'markdown';

const STRINGS = {
  ko: {
    heading: '브리핑 만들기',
    intro: '주제를 입력하면 문서의 목차에서 세부 질문을 뽑아 답하고, 출처 각주가 달린 브리핑을 만듭니다.',
    topic: '주제',
    topicPlaceholder: '예: 5차 산업집적활성화 기본계획',
    questions: '세부 질문 (선택, 한 줄에 하나)',
    questionsPlaceholder: '예: 5차 계획안의 목표는?',
    language: '브리핑 언어',
    format: '파일 형식',
    docx: 'Word (DOCX)',
    markdown: 'Markdown',
    build: '브리핑 만들기',
    building: '브리핑을 만드는 중입니다. 세부 질문마다 문서를 찾아 답하므로 잠시 걸립니다…',
    preparingFile: '파일을 준비하는 중…',
    ready: '브리핑이 준비되었습니다.',
    preview: '미리보기 (Markdown)',
    download: '내려받기: {file}',
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
    format: 'File format',
    docx: 'Word (DOCX)',
    markdown: 'Markdown',
    build: 'Build briefing',
    building: 'Building the briefing. Each sub-question is looked up and answered, so this takes a moment…',
    preparingFile: 'Preparing the file…',
    ready: 'The briefing is ready.',
    preview: 'Preview (Markdown)',
    download: 'Download: {file}',
    needInput: 'Enter a topic or at least one question.',
    failed: 'The briefing could not be built: {message}',
    network: 'Cannot reach the service. Please try again shortly.',
  },
} as const;

type Key = keyof (typeof STRINGS)['ko'];

const CSS = `
:host { display: block; }
.wrap { max-width: 860px; margin: 0 auto; padding: 16px; }
h2 { font-size: 1.25rem; margin: 0 0 4px; color: var(--pqa-accent-dark); }
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
.download { display: inline-block; margin: 8px 0; font-weight: 600; }
pre {
  white-space: pre-wrap; word-break: break-word; background: var(--pqa-soft); border: 1px solid var(--pqa-border);
  border-radius: 6px; padding: 12px; max-height: 60vh; overflow: auto; font-size: 0.9rem; line-height: 1.5;
  font-family: ui-monospace, "Noto Sans Mono CJK KR", "D2Coding", monospace;
}
h3 { font-size: 1rem; margin: 16px 0 4px; }
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
  private readonly format: HTMLSelectElement;
  private readonly button: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly result: HTMLElement;
  private objectUrl: string | undefined;
  private busy = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.adoptedStyleSheets = [sheet(BASE_CSS), sheet(CSS)];
    const ids = { topic: uniqueId('brief-topic'), questions: uniqueId('brief-q'), lang: uniqueId('brief-lang'), format: uniqueId('brief-format') };
    this.topic = h('input', { type: 'text', id: ids.topic, name: 'topic', maxlength: 300, autocomplete: 'off' });
    this.questions = h('textarea', { id: ids.questions, name: 'questions', rows: 4 });
    this.language = h('select', { id: ids.lang, name: 'lang' }, h('option', { value: 'ko' }, '한국어'), h('option', { value: 'en' }, 'English'));
    this.format = h(
      'select',
      { id: ids.format, name: 'format' },
      this.text(h('option', { value: 'docx' }), 'docx'),
      this.text(h('option', { value: 'markdown' }), 'markdown'),
    );
    this.button = this.text(h('button', { type: 'submit', class: 'primary' }), 'build');
    this.status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.result = h('div', { class: 'result' });
    const form = h(
      'form',
      { novalidate: true },
      h('div', {}, this.text(h('label', { for: ids.topic }), 'topic'), this.topic),
      h('div', {}, this.text(h('label', { for: ids.questions }), 'questions'), this.questions),
      h(
        'div',
        { class: 'row' },
        h('div', {}, this.text(h('label', { for: ids.lang }), 'language'), this.language),
        h('div', {}, this.text(h('label', { for: ids.format }), 'format'), this.format),
      ),
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
    const format = this.format.value as Format;
    const body = { ...(topic ? { topic } : {}), ...(questions.length ? { questions } : {}), lang: this.language.value === 'en' ? 'en' : 'ko' };
    this.busy = true;
    this.button.disabled = true;
    this.result.replaceChildren();
    this.setStatus(this.t('building'));
    try {
      const markdown = await (await this.request({ ...body, format: 'markdown' })).text();
      const file = format === 'docx' ? await this.fileFor(body) : new Blob([markdown], { type: 'text/markdown;charset=utf-8' });
      this.showResult(markdown, file, format);
      this.setStatus(this.t('ready'));
    } catch (error) {
      this.setStatus(error instanceof BriefingError ? this.t('failed', { message: error.message }) : this.t('network'), true);
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }

  private async fileFor(body: Record<string, unknown>): Promise<Blob> {
    this.setStatus(this.t('preparingFile'));
    return (await this.request({ ...body, format: 'docx' })).blob();
  }

  private async request(body: Record<string, unknown>): Promise<Response> {
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

  private showResult(markdown: string, file: Blob, format: Format): void {
    if (this.objectUrl) URL.revokeObjectURL(this.objectUrl);
    this.objectUrl = URL.createObjectURL(file);
    const date = new Date().toISOString().slice(0, 10);
    const name = `briefing-${date}.${format === 'docx' ? 'docx' : 'md'}`;
    const link = h('a', { class: 'download', href: this.objectUrl, download: name }, this.t('download', { file: name }));
    this.result.replaceChildren(link, h('h3', {}, this.t('preview')), h('pre', { tabindex: 0 }, markdown));
  }
}

class BriefingError extends Error {}

if (!customElements.get('pqa-briefing')) customElements.define('pqa-briefing', PqaBriefing);
