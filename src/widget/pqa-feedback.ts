import { sendFeedback } from './api-client.js';
import { h, uniqueId } from './dom.js';
import { icon } from './icons.js';
import { define, LocalizedElement } from './localized-element.js';

const CSS = `
:host { display: block; margin-top: 10px; font-size: 14px; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
button.up, button.down { display: inline-flex; align-items: center; gap: 6px; }
.flip { transform: rotate(180deg); }
button[aria-pressed="true"] { background: var(--pqa-accent); border-color: var(--pqa-accent); color: #fff; }
.comment { margin-top: 8px; display: grid; gap: 6px; }
textarea { width: 100%; min-height: 56px; border: 1px solid var(--pqa-border); border-radius: 6px; padding: 6px 8px; resize: vertical; }
.status { margin: 6px 0 0; color: var(--pqa-muted); }
.status.error { color: var(--pqa-danger); }
`;

/**
 * Thumbs up / down for one answer with an optional comment. Choosing a thumb opens the comment
 * field; "send" stores the rating (with the comment, if any) through POST /api/feedback.
 */
export class PqaFeedback extends LocalizedElement {
  private rating: 'up' | 'down' | undefined;

  constructor() {
    super(CSS);
  }

  connectedCallback(): void {
    if (this.root.childElementCount > 0) return;
    const promptId = uniqueId('pqa-fb-prompt');
    const commentId = uniqueId('pqa-fb-comment');
    const up = h('button', { type: 'button', 'aria-pressed': 'false', class: 'up' });
    const down = h('button', { type: 'button', 'aria-pressed': 'false', class: 'down' });
    up.append(icon('thumb'), this.bind(h('span'), 'helpful'));
    down.append(icon('thumb', 'flip'), this.bind(h('span'), 'notHelpful'));
    const comment = h('textarea', { id: commentId, maxlength: 2000, rows: 2 });
    const send = this.bind(h('button', { type: 'submit', class: 'primary send' }), 'sendFeedback');
    const form = h('form', { class: 'comment', hidden: true }, this.bind(h('label', { for: commentId }), 'commentLabel'), comment, h('div', {}, send));
    const status = h('p', { class: 'status', role: 'status' });
    const group = h(
      'div',
      { role: 'group', 'aria-labelledby': promptId },
      h('div', { class: 'row' }, this.bind(h('span', { id: promptId }), 'feedbackPrompt'), up, down),
      form,
      status,
    );
    this.root.append(group);

    const choose = (rating: 'up' | 'down') => {
      this.rating = rating;
      up.setAttribute('aria-pressed', String(rating === 'up'));
      down.setAttribute('aria-pressed', String(rating === 'down'));
      form.hidden = false;
      status.textContent = '';
    };
    up.addEventListener('click', () => choose('up'));
    down.addEventListener('click', () => choose('down'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const answerId = this.getAttribute('answer-id');
      if (!this.rating || !answerId) return;
      send.disabled = true;
      try {
        await sendFeedback(this.apiBase, { answerId, rating: this.rating, ...(comment.value.trim() ? { comment: comment.value.trim() } : {}) });
        form.hidden = true;
        up.disabled = true;
        down.disabled = true;
        status.classList.remove('error');
        this.bind(status, 'feedbackThanks');
        // The form the focus was in is gone; keep the keyboard user where the result is announced.
        status.tabIndex = -1;
        status.focus();
      } catch {
        status.classList.add('error');
        status.textContent = this.t('feedbackError');
        send.disabled = false;
      }
    });
  }
}

define('pqa-feedback', PqaFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'pqa-feedback': PqaFeedback;
  }
}
