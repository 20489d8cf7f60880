import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_MODEL, localModelRoot } from '../embed/local-embedder.js';
import { type EnglishWords, englishWordsOf } from '../text/english-words.js';

/** The local model's vocabulary file, which the Worker build exports too. */
export function englishVocabularyFile(): string {
  return path.join(localModelRoot(), LOCAL_MODEL.modelId, 'vocab.txt');
}

/**
 * The English word list from the local model's vocabulary, or undefined when models/ lacks it
 * (an index served with a remote embedder only): spelling is then mended as before, towards
 * any corpus word one edit away.
 */
export function loadEnglishWords(file = englishVocabularyFile()): EnglishWords | undefined {
  try {
    return englishWordsOf(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
