import { detectLang } from '../core/lang.js';
import { answerForSpeech, answerSegments } from './answer-segments.js';
import { type AnswerView, type CitationView, fetchStarters, isOriginRefusal } from './api-client.js';
import { citationSource, copyText, displayDate } from './copy-text.js';
import { h, uniqueId } from './dom.js';
import { define, LocalizedElement } from './localized-element.js';
import type { PqaCitation } from './pqa-citation.js';
import './pqa-citation.js';
import './pqa-feedback.js';
import { loadConversation, type SavedTurn, saveConversation } from './conversation.js';
import { HttpError, postSse } from './sse-stream.js';

const CSS = `
:host { display: block; height: 100%; min-height: 0; }
.chat { position: relative; display: flex; flex-direction: column; height: 100%; min-height: 0; background: var(--pqa-surface); }
.content { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.log { position: relative; flex: 1; min-height: 0; overflow-y: auto; overflow-x: hidden; padding: 12px 16px; display: flex; flex-direction: column; gap: 12px; }
.intro { margin: 0; color: var(--pqa-muted); }
.starters { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; margin: 0; padding: 0; list-style: none; }
.starters h2, .starters h3 { margin: 4px 0 0; }
.starter { text-align: left; min-height: 36px; border-radius: 18px; padding: 6px 14px; font-size: 14px; color: var(--pqa-link); }
.turn { max-width: 100%; min-width: 0; overflow-wrap: anywhere; word-break: keep-all; }
.turn.q { align-self: flex-end; background: var(--pqa-accent); color: #fff; padding: 8px 12px; border-radius: 12px 12px 2px 12px; max-width: 88%; white-space: pre-wrap; }
.turn.a { align-self: stretch; background: var(--pqa-soft); padding: 10px 12px; border-radius: 12px 12px 12px 2px; }
.turn p { margin: 0; }
.answer { white-space: pre-wrap; }
.status { color: var(--pqa-muted); display: flex; align-items: center; gap: 8px; }
.status::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: var(--pqa-link); animation: pqa-pulse 1s ease-in-out infinite alternate; }
@keyframes pqa-pulse { from { opacity: 0.25; } to { opacity: 1; } }
.badge { display: inline-block; font-size: 13px; font-weight: 600; color: #5c3b00; background: #fde7b0; border-radius: 4px; padding: 0 6px; margin-bottom: 6px; }
.fn { display: inline-flex; align-items: center; justify-content: center; min-width: 24px; min-height: 24px; padding: 0 3px; margin: 0 1px; border: 0; background: none; color: var(--pqa-link); text-decoration: underline; font-size: 13px; font-weight: 600; line-height: 1; vertical-align: baseline; }
.fn:hover { background: var(--pqa-hover); }
h2, h3 { font-size: 14px; margin: 10px 0 4px; color: var(--pqa-muted); }
ol { margin: 0; padding: 0; list-style: none; display: grid; grid-template-columns: minmax(0, 1fr); gap: 6px; }
.src { display: block; text-align: left; width: 100%; max-width: 100%; min-height: 40px; font-size: 14px; padding: 6px 8px; overflow: hidden; overflow-wrap: anywhere; word-break: keep-all; }
.src .date { white-space: nowrap; }
.src .quote { display: block; color: var(--pqa-muted); font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.tools { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; align-items: center; }
.tools button { min-height: 32px; font-size: 14px; padding: 4px 10px; }
.error { color: var(--pqa-danger); }
.refused { margin: 0; padding: 10px 12px; border: 1px solid var(--pqa-danger); border-radius: 8px; color: var(--pqa-danger); }
form { border-top: 1px solid var(--pqa-border); padding: 10px 12px; display: grid; grid-template-columns: 1fr auto; gap: 6px 8px; align-items: end; }
form label { grid-area: 1 / 1; font-size: 14px; font-weight: 600; align-self: center; }
form textarea { grid-area: 2 / 1; }
form .buttons { grid-area: 2 / 2; }
textarea { word-break: keep-all; width: 100%; min-height: 44px; max-height: 160px; resize: vertical; border: 1px solid var(--pqa-field); border-radius: 6px; padding: 8px 10px; background: var(--pqa-surface); }
.buttons { display: flex; gap: 6px; }
.hint { grid-area: 3 / 1 / 4 / 3; margin: 0; font-size: 14px; }
.hint:empty { display: none; }
.new { grid-area: 1 / 1 / 2 / 3; justify-self: end; min-height: 32px; font-size: 14px; padding: 2px 10px; }
`;

const HISTORY_TURNS = 6;
const HISTORY_TURN_CHARS = 4000;

interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/**
 * The conversation: a question box, answers streamed in over SSE with [n] footnotes, the sources
 * and "see also" lists, the passage viewer, copy and feedback. Used by the widget and the full
 * page. The conversation is kept per tab across reloads; starter questions come from the API.
 */
export class PqaChat extends LocalizedElement {
  private turns: SavedTurn[] = [];
  private running: AbortController | undefined;
  private startersLoading: AbortController | undefined;
  /** The question being answered, kept at the top of the view until the reader scrolls. */
  private pinned: HTMLElement | undefined;
  private log!: HTMLElement;
  private content!: HTMLElement;
  private form!: HTMLFormElement;
  private input!: HTMLTextAreaElement;
  private sendButton!: HTMLButtonElement;
  private stopButton!: HTMLButtonElement;
  private newButton!: HTMLButtonElement;
  private hint!: HTMLElement;
  private starters!: HTMLElement;
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
    this.starters = h('div', { class: 'starters' });
    this.log.append(this.bind(h('p', { class: 'intro' }), 'intro'), this.starters);
    this.input = h('textarea', { id: inputId, name: 'question', rows: 2, maxlength: 1000, 'aria-describedby': hintId, autocomplete: 'off' });
    this.bind(this.input, 'placeholder', 'placeholder');
    this.sendButton = this.bind(h('button', { type: 'submit', class: 'primary send' }), 'send');
    this.stopButton = this.bind(h('button', { type: 'button', class: 'stop', hidden: true }), 'stop');
    this.newButton = this.bind(h('button', { type: 'button', class: 'new', hidden: true }), 'newConversation');
    this.hint = h('p', { id: hintId, class: 'hint error', 'aria-live': 'assertive' });
    this.form = h(
      'form',
      { novalidate: true },
      this.bind(h('label', { for: inputId }), 'questionLabel'),
      this.newButton,
      this.input,
      h('div', { class: 'buttons' }, this.sendButton, this.stopButton),
      this.hint,
    );
    this.content = h('div', { class: 'content' }, this.log, this.form);
    this.announcer = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status' });
    this.viewer = h('pqa-citation', { hidden: true, 'data-follow-lang': true, lang: this.uiLang, 'api-base': this.apiBase });
    this.viewer.addEventListener('pqa-citation-close', () => {
      this.content.inert = false;
    });
    this.root.append(h('div', { class: 'chat' }, this.content, this.announcer, this.viewer));

    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.input.addEventListener('keydown', (event) => {
      // Enter sends, Shift+Enter breaks the line; never while a Korean IME is still composing.
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.form.requestSubmit();
      }
    });
    this.stopButton.addEventListener('click', () => this.running?.abort());
    // The reader takes over the scrolling: the view no longer follows the question.
    for (const type of ['wheel', 'touchstart', 'keydown', 'mousedown'] as const) {
      this.log.addEventListener(
        type,
        () => {
          this.pinned = undefined;
        },
        { passive: true },
      );
    }
    this.newButton.addEventListener('click', () => this.startOver());
    this.restore();
    void this.loadStarters();
  }

  focusInput(): void {
    this.input?.focus();
  }

  /** Re-renders the conversation this tab had before a reload. */
  private restore(): void {
    this.turns = loadConversation(this.apiBase);
    for (const saved of this.turns) {
      const { turn, answerText } = this.appendTurn(saved.question);
      if (saved.result) this.finish(turn, answerText, saved.result, false);
      else turn.append(h('p', { class: 'error' }, saved.error ?? ''));
      turn.setAttribute('aria-busy', 'false');
    }
    this.syncNewButton();
  }

  private startOver(): void {
    this.running?.abort();
    this.turns = [];
    saveConversation(this.apiBase, this.turns);
    this.log.querySelectorAll('.turn').forEach((turn) => {
      turn.remove();
    });
    this.syncNewButton();
    this.starters.hidden = false;
    this.log.scrollTop = 0;
    this.input.focus();
  }

  private syncNewButton(): void {
    const empty = this.turns.length === 0;
    // Focus would fall to <body> if the focused button vanished.
    if (empty && this.root.activeElement === this.newButton) this.input.focus();
    this.newButton.hidden = empty;
    this.starters.hidden = !empty;
  }

  /**
   * Starter questions in the reader's language, made by the server from the documents' headings.
   * The same GET tells whether this page's origin may use the service at all.
   */
  private async loadStarters(): Promise<void> {
    this.startersLoading?.abort();
    const loading = new AbortController();
    this.startersLoading = loading;
    try {
      const questions = await fetchStarters(this.apiBase, this.uiLang, loading.signal);
      if (loading.signal.aborted) return;
      const heading = h(this.headingTag());
      this.bind(heading, 'starters');
      const buttons = questions.map((question) => {
        const button = h('button', { type: 'button', class: 'starter', lang: this.uiLang }, question);
        button.addEventListener('click', () => {
          this.input.value = question;
          void this.submit();
        });
        return h('li', {}, button);
      });
      this.starters.replaceChildren(...(questions.length > 0 ? [heading, h('ul', { class: 'starters' }, ...buttons)] : []));
    } catch (error) {
      if (isOriginRefusal(error)) this.refuse();
    }
  }

  /** This site may not use the service: say so plainly, and offer no question box that cannot work. */
  private refuse(): void {
    if (this.root.querySelector('.refused')) return;
    const message = this.bind(h('p', { class: 'refused', role: 'alert' }), 'notAllowed');
    this.starters.replaceChildren(message);
    this.starters.hidden = false;
    this.input.disabled = true;
    this.sendButton.disabled = true;
  }

  private appendTurn(question: string): { question: HTMLElement; turn: HTMLElement; answerText: HTMLElement } {
    const lang = detectLang(question);
    const questionTurn = h('div', { class: 'turn q', lang }, h('span', { class: 'sr-only' }, `${this.t('you')}: `), question);
    const answerText = h('p', { class: 'answer', lang });
    const turn = h('article', { class: 'turn a', 'aria-busy': 'true' }, answerText);
    this.bind(turn, 'assistant', 'aria-label');
    this.log.append(questionTurn, turn);
    return { question: questionTurn, turn, answerText };
  }

  private async submit(): Promise<void> {
    const question = this.input.value.trim();
    this.hint.textContent = '';
    if (!question) {
      this.hint.textContent = this.t('empty');
      this.input.focus();
      return;
    }
    if (this.running || this.input.disabled) return;
    this.input.value = '';
    this.starters.hidden = true;
    const { question: questionTurn, turn, answerText } = this.appendTurn(question);
    const status = h('p', { class: 'status' }, this.t('answering'));
    turn.prepend(status);
    this.pinned = questionTurn;
    this.pin();

    const controller = new AbortController();
    this.running = controller;
    this.setBusy(true);
    this.announce(this.t('answering'));
    let citations: CitationView[] = [];
    let text = '';
    let result: AnswerView | undefined;
    const saved: SavedTurn = { question };
    try {
      for await (const event of postSse({
        url: `${this.apiBase}/api/ask`,
        body: { question, lang: 'auto', stream: true, history: this.history() },
        signal: controller.signal,
      })) {
        const data = JSON.parse(event.data) as Record<string, unknown>;
        if (event.event === 'meta') citations = (data.citations as CitationView[]) ?? [];
        else if (event.event === 'delta') {
          text += String(data.text ?? '');
          if (text) status.remove();
          this.renderAnswer(answerText, text, citations);
          this.pin();
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
      status.remove();
      this.finish(turn, answerText, result, true);
      this.pin();
      saved.result = result;
    } catch (error) {
      status.remove();
      // A cross-origin POST refused at the preflight looks like a network error: ask why.
      if (!controller.signal.aborted && !(error instanceof HttpError)) await this.loadStarters();
      const message = controller.signal.aborted
        ? this.t('stopped')
        : this.input.disabled
          ? this.t('notAllowed')
          : error instanceof HttpError
            ? this.t('serverError', { message: error.message })
            : this.t('networkError');
      turn.append(h('p', { class: 'error' }, message));
      this.announce(message);
      saved.error = message;
    } finally {
      turn.setAttribute('aria-busy', 'false');
      this.pinned = undefined;
      this.running = undefined;
      this.setBusy(false);
      if (this.log.contains(turn)) {
        this.turns.push(saved);
        saveConversation(this.apiBase, this.turns);
        this.syncNewButton();
      }
    }
  }

  /**
   * Scrolls the question being answered towards the top of the view: as the answer grows below
   * it, the view moves until the question reaches the top, then stays. The reader starts at the
   * first line of the answer, not wherever the stream has got to.
   */
  private pin(): void {
    if (!this.pinned) return;
    const target = Math.max(0, this.pinned.offsetTop - 12);
    if (this.log.scrollTop < target) this.log.scrollTop = target;
  }

  /** The last exchanges, sent along so that a follow-up question can be understood. */
  private history(): Turn[] {
    return this.turns
      .filter((t) => t.result)
      .flatMap((t): Turn[] => [
        { role: 'user', content: t.question.slice(0, HISTORY_TURN_CHARS) },
        { role: 'assistant', content: (t.result?.answer ?? '').slice(0, HISTORY_TURN_CHARS) },
      ])
      .slice(-HISTORY_TURNS);
  }

  private finish(turn: HTMLElement, answerText: HTMLElement, result: AnswerView, announce: boolean): void {
    answerText.lang = result.lang;
    this.renderAnswer(answerText, result.answer, result.citations);
    if (!result.grounded) turn.prepend(this.bind(h('p', { class: 'badge' }), 'notGrounded'));
    const list = result.grounded ? result.citations : (result.seeAlso ?? []);
    if (list.length > 0) turn.append(this.bind(h(this.headingTag()), result.grounded ? 'sources' : 'seeAlso'), this.sourceList(list));
    const copy = this.bind(h('button', { type: 'button', class: 'copy' }), 'copy');
    copy.addEventListener('click', () => void this.copy(result));
    turn.append(
      h('div', { class: 'tools' }, copy),
      h('pqa-feedback', { 'answer-id': result.id, lang: this.uiLang, 'api-base': this.apiBase, 'data-follow-lang': true }),
    );
    if (announce) this.announce(`${this.t('answerReady')} ${answerForSpeech(result.answer)}`);
  }

  private async copy(result: AnswerView): Promise<void> {
    try {
      await navigator.clipboard.writeText(copyText(result, this.t('sources'), this.uiLang));
      this.announce(this.t('copied'));
    } catch {
      this.announce(this.t('copyFailed'));
    }
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
      return button;
    });
    target.replaceChildren(...nodes);
  }

  private sourceList(citations: CitationView[]): HTMLElement {
    return h(
      'ol',
      {},
      ...citations.map((citation) => {
        const button = h(
          'button',
          { type: 'button', class: 'src', 'data-n': citation.n },
          `[${citation.n}] ${citationSource(citation)}`,
          citation.publishedAt ? h('span', { class: 'date' }, ` · ${displayDate(citation.publishedAt, this.uiLang)}`) : null,
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
    // Before connectedCallback the lang attribute is only being set up: nothing to reload yet.
    if (this.input && !this.input.disabled) void this.loadStarters();
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
}

define('pqa-chat', PqaChat);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-chat': PqaChat;
  }
}
