import { pickLang, type StringKey, t, type UiLang } from './strings.js';
import { BASE_CSS, sheet } from './styles.js';

type Target = 'text' | 'aria-label' | 'placeholder' | 'title';
interface Binding {
  element: Element;
  key: StringKey;
  target: Target;
  params: Record<string, string | number>;
}

let baseSheet: CSSStyleSheet | undefined;

/**
 * A custom element with an open shadow root, the shared stylesheet plus its own, and UI strings
 * that follow its `lang` attribute: bound strings are rewritten when the language switches.
 */
export abstract class LocalizedElement extends HTMLElement {
  static get observedAttributes(): string[] {
    return ['lang'];
  }

  protected readonly root: ShadowRoot;
  private bindings: Binding[] = [];

  constructor(css: string) {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    baseSheet ??= sheet(BASE_CSS);
    this.root.adoptedStyleSheets = [baseSheet, sheet(css)];
  }

  get uiLang(): UiLang {
    return pickLang(this.getAttribute('lang'));
  }

  get apiBase(): string {
    return (this.getAttribute('api-base') ?? '').replace(/\/+$/, '');
  }

  protected t(key: StringKey, params: Record<string, string | number> = {}): string {
    return t(this.uiLang, key, params);
  }

  /** Sets a UI string on an element now and again whenever the language changes. */
  protected bind<E extends Element>(element: E, key: StringKey, target: Target = 'text', params: Record<string, string | number> = {}): E {
    this.bindings.push({ element, key, target, params });
    this.apply({ element, key, target, params });
    return element;
  }

  private apply(binding: Binding): void {
    const text = this.t(binding.key, binding.params);
    if (binding.target === 'text') binding.element.textContent = text;
    else binding.element.setAttribute(binding.target, text);
  }

  attributeChangedCallback(name: string, previous: string | null, next: string | null): void {
    if (name !== 'lang' || previous === next) return;
    for (const binding of this.bindings) this.apply(binding);
    // Nested widgets (feedback, citation viewer) are marked data-follow-lang and switch with us.
    this.root.querySelectorAll('[data-follow-lang]').forEach((child) => {
      child.setAttribute('lang', this.uiLang);
    });
    this.onLangChange();
  }

  protected onLangChange(): void {}
}

/** Defines an element once: a page may load the widget twice, or also host the full chat. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
