import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './render-docx.js';
import { renderMarkdown } from './render-markdown.js';
import type { Briefing } from './types.js';

/** A briefing whose sources carry what an index built before the load-time check could hold. */
const briefing: Briefing = {
  title: 'Links',
  date: '2026-12-02',
  lang: 'en',
  mode: 'extractive',
  summary: [],
  sections: [],
  notCovered: [],
  keyFigures: [],
  citations: [],
  references: [
    { n: 1, titles: ['Hostile'], sourceUrl: 'javascript:alert(1)', sections: [] },
    { n: 2, titles: ['Data'], sourceUrl: 'data:text/html,<script>x</script>', sections: [] },
    { n: 3, titles: ['Fine'], sourceUrl: 'https://www.motie.go.kr/ok', sections: [] },
  ],
};

describe('briefing links are http(s) only, wherever the metadata came from', () => {
  it('Markdown', () => {
    const markdown = renderMarkdown(briefing);
    expect(markdown).not.toMatch(/javascript:|data:text/);
    expect(markdown).toContain('<https://www.motie.go.kr/ok>');
  });

  it('DOCX', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(briefing)));
    const xml = Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    expect(xml).not.toMatch(/javascript:|data:text/);
    expect(xml).toContain('https://www.motie.go.kr/ok');
  });
});
