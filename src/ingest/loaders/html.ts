import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block } from './blocks.js';
import { domToBlocks } from './dom-blocks.js';

const CHROME = 'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]';

/**
 * Below this much text (page chrome removed) a page is short: Readability's scoring then picks
 * whichever block is longest, which on a short notice is its footer. Such a page is read as its
 * <main> or <article> element when it has one, else as its whole body without the chrome.
 */
const SHORT_PAGE_CHARS = 3000;

/**
 * HTML: the main content as Readability finds it (menus, banners and footers dropped); a short
 * page (or one too small for Readability) is read as its article or body without the page chrome.
 */
export function loadHtml(input: { html: string }): { blocks: Block[]; title?: string } {
  const { document } = parseHTML(input.html);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  const chromeless = parseHTML(input.html).document;
  for (const node of Array.from(chromeless.querySelectorAll(CHROME))) node.remove();
  const short = (chromeless.body?.textContent ?? '').replace(/\s+/g, ' ').trim().length < SHORT_PAGE_CHARS;
  // Readability mutates the tree it reads; give it its own copy.
  const article = short ? null : new Readability(parseHTML(input.html).document as never, { charThreshold: 200 }).parse();
  if (article?.content && (article.textContent ?? '').trim().length > 0) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    for (const node of Array.from(content.querySelectorAll(CHROME))) node.remove();
    return { blocks: domToBlocks(content.body as never), title: article.title?.trim() || pageTitle };
  }
  for (const node of Array.from(document.querySelectorAll(CHROME))) node.remove();
  return { blocks: domToBlocks((document.querySelector('main, article') ?? document.body) as never), title: pageTitle };
}
