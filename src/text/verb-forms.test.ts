import { describe, expect, it } from 'vitest';
import { verbForms } from './verb-forms.js';

describe('the forms of a Korean verb', () => {
  it('reads the stem from a fused past or an ending and gives its other forms', () => {
    // 리+었 → 렸: the adnominal a document writes ("열린 행사") is the same verb.
    expect(verbForms('열렸')).toEqual(expect.arrayContaining(['열리', '열린', '열릴', '열려']));
    expect(verbForms('개장된')).toEqual(expect.arrayContaining(['개장되', '개장돼', '개장됐', '개장될']));
    expect(verbForms('착공했')).toEqual(expect.arrayContaining(['착공하', '착공한', '착공해']));
    expect(verbForms('열린')).toContain('열렸');
  });

  it('gives none for an ending syllable, a stem it cannot tell, or 하다 after one syllable', () => {
    // "던" is the retrospective ending, not a stem; "정했" forms (정하, 정한) sit inside 지정하다 and 선정한.
    expect(verbForms('들어갔던')).toEqual([]);
    expect(verbForms('정했')).toEqual([]);
    expect(verbForms('받았')).toEqual([]);
    expect(verbForms('열')).toEqual([]);
  });
});
