import type { Block } from './blocks.js';

/** The few DOM members we read; linkedom's nodes provide them. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Page chrome and non-content: never part of a document's text.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SVG', 'IFRAME', 'SELECT']);
const TEXT_BLOCKS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'ADDRESS']);
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BODY',
  'HTML',
  'UL',
  'OL',
  'DL',
  'FIGURE',
  'CENTER',
  'TBODY',
  'THEAD',
  'TFOOT',
  'DETAILS',
  'SUMMARY',
  'HGROUP',
]);

function text(node: DomNode): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function elements(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((child) => child.nodeType === ELEMENT_NODE);
}

function tableRows(table: DomNode): string[][] {
  const rows: string[][] = [];
  const visit = (node: DomNode) => {
    for (const child of elements(node)) {
      if (child.nodeName === 'TR')
        rows.push(
          elements(child)
            .filter((cell) => cell.nodeName === 'TD' || cell.nodeName === 'TH')
            .map(text),
        );
      else if (child.nodeName !== 'TABLE') visit(child);
    }
  };
  visit(table);
  return rows;
}

/**
 * Walks an HTML tree into blocks: headings keep their level, tables their rows, list items a
 * "- " mark; loose inline text between blocks becomes a paragraph of its own.
 */
export function domToBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) blocks.push({ kind: 'paragraph', text: inline.replace(/\s+/g, ' ').trim() });
    inline = '';
  };
  const visit = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = child.nodeName.toUpperCase();
      if (SKIPPED.has(name)) continue;
      const heading = /^H([1-6])$/.exec(name);
      if (heading) {
        flush();
        blocks.push({ kind: 'heading', level: Number(heading[1]), text: text(child) });
      } else if (name === 'TABLE') {
        flush();
        blocks.push({ kind: 'table', rows: tableRows(child) });
      } else if (name === 'LI') {
        flush();
        const nested = elements(child).some((e) => ['UL', 'OL', 'TABLE', 'P', 'DIV'].includes(e.nodeName.toUpperCase()));
        if (nested) {
          inline = '- ';
          visit(child);
          flush();
        } else blocks.push({ kind: 'paragraph', text: `- ${text(child)}` });
      } else if (TEXT_BLOCKS.has(name)) {
        flush();
        blocks.push({ kind: 'paragraph', text: name === 'PRE' ? (child.textContent ?? '') : text(child) });
      } else if (CONTAINERS.has(name)) {
        flush();
        visit(child);
        flush();
      } else if (name === 'BR') {
        inline += '\n';
      } else {
        inline += child.textContent ?? '';
      }
    }
  };
  visit(root);
  flush();
  return blocks;
}
