import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadNounSynonyms } from './wordnet-synonyms.js';

// A WordNet folder in miniature, in the files' own formats: "harbour" has two senses, the
// commonest first; its first sense's words are "harbour", "haven" and "seaport" (never tagged).
const dir = mkdtempSync(path.join(os.tmpdir(), 'wordnet-'));
writeFileSync(
  path.join(dir, 'index.noun'),
  ['  1 This software and database is being provided', 'harbour n 2 1 @ 2 1 00000100 00000200  ', 'cargo n 1 1 @ 1 1 00000300  '].join('\n'),
);
writeFileSync(
  path.join(dir, 'data.noun'),
  [
    '  1 This software and database is being provided',
    '00000100 15 n 03 harbour 0 haven 0 seaport 0 000 | a sheltered port',
    '00000200 04 n 02 harbour 0 shelter 0 000 | refuge',
    '00000300 06 n 02 cargo 0 freight 0 000 | goods carried',
  ].join('\n'),
);
writeFileSync(path.join(dir, 'cntlist.rev'), ['harbour%1:15:00:: 1 12', 'haven%1:15:00:: 1 3', 'shelter%1:04:00:: 1 9', 'freight%1:06:00:: 1 0'].join('\n'));

describe('loadNounSynonyms', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const synonyms = loadNounSynonyms(dir);

  it("gives the other words of a noun's commonest sense that tagged text uses", () => {
    // Not "shelter" (the second sense), not "seaport" (never tagged).
    expect(synonyms?.('harbour')).toEqual(['haven']);
    expect(synonyms?.('cargo')).toEqual([]);
  });

  it('gives nothing for a name or a word WordNet lacks, and nothing at all without WordNet', () => {
    expect(synonyms?.('Harbour')).toEqual([]);
    expect(synonyms?.('quay')).toEqual([]);
    expect(loadNounSynonyms(path.join(dir, 'absent'))).toBeUndefined();
  });
});
