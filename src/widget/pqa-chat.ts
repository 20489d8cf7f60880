import { detectLang } from '../core/lang.js';
import { answerForSpeech, answerSegments } from './answer-segments.js';
import type { AnswerView, CitationView } from './api-client.js';
import { h, uniqueId } from './dom.js';
import { define, LocalizedElement } from './localized-element.js';
import type { PqaCitation } from './pqa-citation.js';
import './pqa-citation.js';
import './pqa-feedback.js';
import { HttpError, postSse } from './sse-stream.js';

const CSS = `
:host { display: block; height: 100%; min-height: 0; }
.chat { position: relative; display: flex; flex-direction: column; height: 100%; min-height: 0; background: var(--pqa-surface); }
.content { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.log { flex: 1; min-height: 0; overflow-y: auto; overflow-x: hidden; padding: 12px 16px; display: flex; flex-direction: column; gap: 12px; }
.intro { margin: 0; color: var(--pqa-muted); }
.turn { max-width: 100%; min-width: 0; overflow-wrap: anywhere; }
.turn.q { align-self: flex-end; background: var(--pqa-accent); color: #fff; padding: 8px 12px; border-radius: 12px 12px 2px 12px; max-width: 88%; white-space: pre-wrap; }
.turn.a { align-self: stretch; background: var(--pqa-soft); padding: 10px 12px; border-radius: 12px 12px 12px 2px; }
.turn p { margin: 0; }
.answer { white-space: pre-wrap; }
.turn.a[aria-busy="true"] .answer::after { content: "▍"; color: var(--pqa-muted); }
.badge { display: inline-block; font-size: 13px; font-weight: 600; color: #5c3b00; background: #fde7b0; border-radius: 4px; padding: 0 6px; margin-bottom: 6px; }
sup { line-height: 0; }
.fn { min-height: 0; padding: 0 3px; margin: 0 1px; border: 0; background: none; color: var(--pqa-accent); text-decoration: underline; font-size: 13px; font-weight: 600; }
.fn:hover { background: #dfe8f5; }
h2, h3 { font-size: 14px; margin: 10px 0 4px; color: var(--pqa-muted); }
ol { margin: 0; padding: 0; list-style: none; display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; }
.src { display: block; text-align: left; width: 100%; max-width: 100%; min-height: 40px; font-size: 14px; padding: 6px 8px; overflow: hidden; overflow-wrap: anywhere; }
.src .quote { display: block; color: var(--pqa-muted); font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.error { color: var(--pqa-danger); }
form { border-top: 1px solid var(--pqa-border); padding: 10px 12px; display: grid; grid-template-columns: 1fr auto; gap: 6px 8px; align-items: end; }
form label { grid-column: 1 / -1; font-size: 14px; font-weight: 600; }
textarea { width: 100%; min-height: 44px; max-height: 160px; resize: vertical; border: 1px solid #8a94a3; border-radius: 6px; padding: 8px 10px; }
.buttons { display: flex; gap: 6px; }
.hint { grid-column: 1 / -1; margin: 0; font-size: 14px; }
`;

const HISTORY_TURNS = 6;
const HISTORY_TURN_CHARS = 4000;

interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * The conversation: a question box, answers streamed in over SSE with [n] footnotes, the sources
 * and "see also" lists, the passage viewer and feedback. Used by the widget and the full page.
 */
export class PqaChat extends LocalizedElement {
  private history: Turn[] = [];
  private running: AbortController | undefined;
  private log!: HTMLElement;
  private content!: HTMLElement;
  private input!: HTMLTextAreaElement;
  private sendButton!: HTMLButtonElement;
  private stopButton!: HTMLButtonElement;
  private hint!: HTMLElement;
  private announcer!: HTMLElement;
  private viewer!: PqaCitation;

  constructor() {
    super(CSS);
  }

  connectedCallback(): void {
    if (this.root.childElementCount > 0) return;
    const inputId = uniqueId('pqa-q');
    const hintId = uniqueId('pqa-hint');
    this.log = h('div', { class: 'log', role: 'region', tabindex: 0 });
    this.bind(this.log, 'assistant', 'aria-label');
    this.log.append(this.bind(h('p', { class: 'intro' }), 'intro'));
    this.input = h('textarea', { id: inputId, name: 'question', rows: 2, maxlength: 1000, 'aria-describedby': hintId, autocomplete: 'off' });
    this.bind(this.input, 'placeholder', 'placeholder');
    this.sendButton = this.bind(h('button', { type: 'submit', class: 'primary send' }), 'send');
    this.stopButton = this.bind(h('button', { type: 'button', class: 'stop', hidden: true }), 'stop');
    this.hint = h('p', { id: hintId, class: 'hint error', 'aria-live': 'assertive' });
    const form = h(
      'form',
      { novalidate: true },
      this.bind(h('label', { for: inputId }), 'questionLabel'),
      this.input,
      h('div', { class: 'buttons' }, this.sendButton, this.stopButton),
      this.hint,
    );
    this.content = h('div', { class: 'content' }, this.log, form);
    this.announcer = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status' });
    this.viewer = h('pqa-citation', { hidden: true, 'data-follow-lang': true, lang: this.uiLang, 'api-base': this.apiBase });
    this.viewer.addEventListener('pqa-citation-close', () => {
      this.content.inert = false;
    });
    this.root.append(h('div', { class: 'chat' }, this.content, this.announcer, this.viewer));

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter breaks the line; never while a Korean IME is still composing.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    this.stopButton.addEventListener('click', () => this.running?.abort());
  }

  focusInput(): void {
    this.input?.focus();
  }

  private async submit(): Promise<void> {
    const question = this.input.value.trim();
    this.hint.textContent = '';
    if (!question) {
      this.hint.textContent = this.t('empty');
      this.input.focus();
      return;
    }
    if (this.running) return;
    this.input.value = '';
    this.log.append(h('div', { class: 'turn q', lang: detectLang(question) }, h('span', { class: 'sr-only' }, `${this.t('you')}: `), question));
    const answerText = h('p', { class: 'answer', lang: detectLang(question) });
    const turn = h('article', { class: 'turn a', 'aria-busy': 'true' }, answerText);
    this.bind(turn, 'assistant', 'aria-label');
    this.log.append(turn);
    this.scrollToEnd();

    const controller = new AbortController();
    this.running = controller;
    this.setBusy(true);
    this.announce(this.t('answering'));
    let citations: CitationView[] = [];
    let text = '';
    let result: AnswerView | undefined;
    try {
      for await (const event of postSse({
        url: `${this.apiBase}/api/ask`,
        body: { question, lang: 'auto', stream: true, history: this.history.slice(-HISTORY_TURNS) },
        signal: controller.signal,
      })) {
        const data = JSON.parse(event.data) as Record<string, unknown>;
        if (event.event === 'meta') citations = (data.citations as CitationView[]) ?? [];
        else if (event.event === 'delta') {
          text += String(data.text ?? '');
          this.renderAnswer(answerText, text, citations);
          this.scrollToEnd();
        } else if (event.event === 'reset') {
          // The server withdrew what it streamed (the model failed mid-answer); a fallback answer follows.
          text = '';
          citations = [];
          this.renderAnswer(answerText, text, citations);
        } else if (event.event === 'done') result = data as unknown as AnswerView;
        else if (event.event === 'error') {
          const error = data.error as { code?: string; message?: string } | undefined;
          throw new HttpError(500, error?.code ?? 'stream_error', error?.message ?? 'error');
        }
      }
      if (!result) throw new HttpError(502, 'incomplete', 'the answer stream ended early');
      this.finish(turn, answerText, result);
      this.history.push(
        { role: 'user', content: question.slice(0, HISTORY_TURN_CHARS) },
        { role: 'assistant', content: result.answer.slice(0, HISTORY_TURN_CHARS) },
      );
    } catch (error) {
      const message = controller.signal.aborted
        ? this.t('stopped')
        : error instanceof HttpError
          ? this.t('serverError', { message: error.message })
          : this.t('networkError');
      turn.append(h('p', { class: 'error' }, message));
      this.announce(message);
    } finally {
      turn.setAttribute('aria-busy', 'false');
      this.running = undefined;
      this.setBusy(false);
      this.scrollToEnd();
    }
  }

  private finish(turn: HTMLElement, answerText: HTMLElement, result: AnswerView): void {
    answerText.lang = result.lang;
    this.renderAnswer(answerText, result.answer, result.citations);
    if (!result.grounded) turn.prepend(this.bind(h('p', { class: 'badge' }), 'notGrounded'));
    const list = result.grounded ? result.citations : (result.seeAlso ?? []);
    if (list.length > 0) turn.append(this.bind(h(this.headingTag()), result.grounded ? 'sources' : 'seeAlso'), this.sourceList(list));
    turn.append(h('pqa-feedback', { 'answer-id': result.id, lang: this.uiLang, 'api-base': this.apiBase, 'data-follow-lang': true }));
    this.announce(`${this.t('answerReady')} ${answerForSpeech(result.answer)}`);
  }

  /** Re-renders the whole answer from its text: cheap, and a marker split across deltas heals itself. */
  private renderAnswer(target: HTMLElement, text: string, citations: CitationView[]): void {
    const byNumber = new Map(citations.map((c) => [c.n, c]));
    const nodes = answerSegments(text, new Set(byNumber.keys())).map((segment) => {
      if (segment.kind === 'text') return document.createTextNode(segment.text);
      const citation = byNumber.get(segment.n) as CitationView;
      const button = h('button', { type: 'button', class: 'fn', 'data-n': segment.n, 'data-title': citation.title }, `[${segment.n}]`);
      // Not bound: streaming re-renders these on every delta; onLangChange relabels them instead.
      button.setAttribute('aria-label', this.t('footnoteLabel', { n: segment.n, title: citation.title }));
      button.addEventListener('click', () => this.openCitation(citation, button));
      return h('sup', {}, button);
    });
    target.replaceChildren(...nodes);
  }

  private sourceList(citations: CitationView[]): HTMLElement {
    return h(
      'ol',
      {},
      ...citations.map((citation) => {
        const where = [citation.title, citation.sectionPath].filter(Boolean).join(' — ');
        const button = h(
          'button',
          { type: 'button', class: 'src', 'data-n': citation.n },
          `[${citation.n}] ${where}`,
          h('span', { class: 'quote' }, citation.quote),
        );
        button.addEventListener('click', () => this.openCitation(citation, button));
        return h('li', {}, button);
      }),
    );
  }

  private openCitation(citation: CitationView, opener: HTMLElement): void {
    this.content.inert = true;
    void this.viewer.show(citation, opener);
  }

  protected override onLangChange(): void {
    this.root.querySelectorAll<HTMLElement>('button.fn').forEach((button) => {
      button.setAttribute('aria-label', this.t('footnoteLabel', { n: button.dataset.n ?? '', title: button.dataset.title ?? '' }));
    });
  }

  /** Headings continue the host's outline: h3 under the widget's h2, h2 under the page's h1. */
  private headingTag(): 'h2' | 'h3' {
    return this.getAttribute('heading-level') === '2' ? 'h2' : 'h3';
  }

  private setBusy(busy: boolean): void {
    // Keep the keyboard where it was: the focused button is about to be hidden, so its twin takes over.
    const focused = this.root.activeElement;
    this.sendButton.hidden = busy;
    this.stopButton.hidden = !busy;
    if (busy && focused === this.sendButton) this.stopButton.focus();
    if (!busy && focused === this.stopButton) this.input.focus();
  }

  private announce(message: string): void {
    this.announcer.textContent = message;
  }

  private scrollToEnd(): void {
    this.log.scrollTop = this.log.scrollHeight;
  }
}

define('pqa-chat', PqaChat);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-chat': PqaChat;
  }
}
