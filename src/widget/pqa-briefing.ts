/**
 * Placeholder for the Briefing tab: the briefing feature replaces this file with the real
 * <pqa-briefing> element (same tag name, `lang` and `api-base` attributes).
 */
class PqaBriefingPlaceholder extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['lang'];
  }

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  private render(): void {
    const english = this.getAttribute('lang') === 'en';
    this.textContent = english ? 'Briefings for officials are not available on this server yet.' : '이 서버에서는 아직 공무원용 브리핑을 사용할 수 없습니다.';
  }
}

if (!customElements.get('pqa-briefing')) customElements.define('pqa-briefing', PqaBriefingPlaceholder);
