const SVG = 'http://www.w3.org/2000/svg';

/** Drawn with paths rather than emoji: not every phone or server has a colour-emoji font. */
const PATHS = {
  thumb: 'M2 10h4v11H2z M8 21h9.5a2 2 0 0 0 2-1.6l1.4-7A2 2 0 0 0 18.9 10h-5.4l.9-4.3a1.8 1.8 0 0 0-1.8-2.1L8 9.5z',
  chat: 'M4 3h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z',
} as const;

/** A decorative icon, hidden from assistive technology (its button carries the words). */
export function icon(name: keyof typeof PATHS, className = ''): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'currentColor');
  if (className) svg.setAttribute('class', className);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[name]);
  svg.append(path);
  return svg;
}
