import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where Debian's wordnet-base package puts WordNet 3.0 (`apt-get install wordnet-base`). */
export const WORDNET_DIR = '/usr/share/wordnet';

/**
 * English nouns' synonyms from WordNet 3.0: the other words of each noun's first (commonest)
 * sense that are in common use ("factory" → "mill"). The answerability fit uses
 * them to ask about a passage in words it does not use, as people do; read offline only, never at
 * run time. Undefined when WordNet is not installed (the fit then goes without).
 */
export function loadNounSynonyms(dir = WORDNET_DIR): ((word: string) => string[]) | undefined {
  const index = path.join(dir, 'index.noun');
  const data = path.join(dir, 'data.noun');
  const counts = path.join(dir, 'cntlist.rev');
  if (!existsSync(index) || !existsSync(data) || !existsSync(counts)) return undefined;
  // Words SemCor's sense-tagged text uses as nouns: "mill", not "manufactory" or "viridity".
  const inUse = new Set<string>();
  for (const line of readFileSync(counts, 'utf8').split('\n')) {
    const [key, , count] = line.split(' ');
    const [lemma, sense] = (key ?? '').split('%');
    if (lemma && sense?.startsWith('1:') && Number(count) > 0) inUse.add(lemma.replace(/_/g, ' '));
  }
  const firstSense = new Map<string, string>();
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const synsets = Number(fields[2] ?? 0);
    // The synset offsets are the last fields, the commonest sense first.
    const offset = fields[fields.length - synsets];
    if (/^[a-z]+$/.test(lemma) && offset) firstSense.set(lemma, offset);
  }
  const wanted = new Set(firstSense.values());
  const words = new Map<string, string[]>();
  for (const line of readFileSync(data, 'utf8').split('\n')) {
    const offset = line.slice(0, 8);
    if (!wanted.has(offset)) continue;
    const fields = line.split(' ');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    words.set(offset, Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/_/g, ' ').replace(/\(.*\)$/, '')).filter(Boolean));
  }
  return (word: string) => {
    // A capitalised word is a name, which has no synonym an asker would use.
    if (!/^[a-z]+$/.test(word)) return [];
    const offset = firstSense.get(word);
    return offset ? (words.get(offset) ?? []).filter((w) => w !== word && inUse.has(w)) : [];
  };
}
