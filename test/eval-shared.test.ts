import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AskedQuestion,
  BLIND_SETS,
  type BlindSet,
  blindFile,
  loadSharedSet,
  SHARED_SETS,
  type SharedSet,
  sharedFile,
} from '../src/eval/load-questions.js';
import { type Summary, summarise } from '../src/eval/metrics.js';
import { docIdsByLang, runQuestions } from '../src/eval/run-questions.js';
import { type CorpusRuntime, openCorpusRuntime } from './support/corpus-runtime.js';

/**
 * Floors on the shared sets (../shared/evals, written from the public facts by people who never
 * read the corpus; never copied into the repo) and on the team's blind sets (evals/questions,
 * written from facts.md alone after the answerer was built), extractive mode. Key facts count in
 * the answer text only, a number as a whole number. Measured 2026-12-06, third session:
 * independent 42/44 and 10/10 refused; official 18/20 and 5/5; citizens 38/42 and 18/18; blind
 * 52/56 and 22/24; blind2 44/50 and 15/20. Fourth session: blind2 44/50 and 19/20; blind4 42/46 and
 * 16/18; blind5 (the half read) 18/23 and 9/9; blind5-held (never read) 18/23 and 8/9. Fifth session: blind6 (never read, written this session)
 * 33/46 and 16/18 on the landed code before any change; blind7 (written late in the session to
 * design on, read) 32/46 and 18/18 there, 33/46 and 18/18 on the session's code before reading it. Sixth session: blind8 (never read, written
 * this session) 38/46 and 15/18 on the landed code before any change. Seventh session: blind9 (written this
 * session to design on, half its answerable questions in plain words avoiding the official term)
 * 28/46 and 14/18 on the landed code before any change, 33/46 and 14/18 at the session's end; blind10 (never read,
 * written at its end) 37/46 and 15/18 on the landed code before the session, 39/46 and 15/18 after. Eighth session:
 * blind11 (written this session to design on, half its answerable questions naming the thing by a description) 31/46 and 13/18
 * on the landed code before any change; blind12 (never read, written at the session's start) 38/46 and 17/18 there.
 * Ninth session: blind13 (never read, written at the session's start) 36/46 and 17/18 on the landed code before any change.
 * Tenth session: blind14 (never read, written at the session's start) 40/46 and 14/18 on the landed code (8e65e87) before any change.
 * Eleventh session: blind15 (never read, written during the session) 40/46 and 13/18 on the session's starting code (2f54fd5) and
 * on its changes alike. Twelfth session: blind16 (never read, written during the session) 38/46 and 14/18 on the
 * session's starting code (7355683); blind17 (written during the session to design on) 38/46 and 17/18 on its
 * first run (76a7f28), before any of its misses was read; blind18 (written after it, the same way) 42/46 and
 * 13/18 on its first run (fa6da95). Thirteenth session: blind19 (never read, written at the session's start) 43/46 and
 * 15/18 on the session's starting code (2421ab7); blind20 (written then to design on) 40/46 and 15/18 there, before any of
 * its misses was read; raised at the session's end to a few below its figures then (44/46, 17/18). Fourteenth session: blind21 (never read, written at
 * the session's start) 41/46 and 17/18 on the session's starting code (7f80a92, with dbdaa42's store fix); blind22 (written then
 * to design on) 42/46 and 15/18 there, before any of its misses was read; blind23 (to design on, weighted to chat-style, everyday-word and false-premise
 * questions) 34/46 and 14/18 on its first run (cee59ad), before any of its misses was read; both raised at the session's end to a few below their figures then (blind22 43/46 and
 * 17/18, blind23 35/46 and 16/18). Fifteenth session: blind24 (never read) 36/46 and 15/18 and blind25 (to design on) 34/46 and
 * 13/18 on the session's starting code (f25c1ea), both briefed as blind23, before any of blind25's misses was read;
 * blind26 (to design on, 30 of its 64 questions unanswerable: oos-near, false premises, unverified details) 21/34 and
 * 19/30 on its first run (a536a2b), before any of its misses was read; both raised at the session's end to a few below
 * their figures then (blind25 35/46 and 13/18, blind26 24/34 and 23/30). Seventeenth session: blind27 (never read,
 * briefed as blind26) 27/34 and 22/30 on the session's starting code (dbed798) and at its end.
 * Each floor sits a few questions below, so a trade-off
 * that helps one set can still land while a regression fails; a floor only moves up.
 */
type FlooredSet = SharedSet | BlindSet;
const FLOORS: Record<FlooredSet, { keyFactsFound: number; refusals: number }> = {
  independent: { keyFactsFound: 39, refusals: 9 },
  official: { keyFactsFound: 16, refusals: 4 },
  citizens: { keyFactsFound: 35, refusals: 16 },
  blind: { keyFactsFound: 48, refusals: 20 },
  blind2: { keyFactsFound: 40, refusals: 16 },
  blind3: { keyFactsFound: 38, refusals: 13 },
  blind4: { keyFactsFound: 38, refusals: 14 },
  blind5: { keyFactsFound: 15, refusals: 7 },
  'blind5-held': { keyFactsFound: 15, refusals: 6 },
  blind6: { keyFactsFound: 29, refusals: 13 },
  blind7: { keyFactsFound: 29, refusals: 15 },
  blind8: { keyFactsFound: 34, refusals: 12 },
  blind9: { keyFactsFound: 29, refusals: 12 },
  blind10: { keyFactsFound: 34, refusals: 12 },
  blind11: { keyFactsFound: 26, refusals: 10 },
  blind12: { keyFactsFound: 33, refusals: 14 },
  blind13: { keyFactsFound: 31, refusals: 14 },
  blind14: { keyFactsFound: 35, refusals: 12 },
  blind15: { keyFactsFound: 35, refusals: 10 },
  blind16: { keyFactsFound: 33, refusals: 11 },
  blind17: { keyFactsFound: 33, refusals: 14 },
  blind18: { keyFactsFound: 37, refusals: 10 },
  blind19: { keyFactsFound: 38, refusals: 12 },
  blind20: { keyFactsFound: 40, refusals: 15 },
  blind21: { keyFactsFound: 36, refusals: 14 },
  blind22: { keyFactsFound: 40, refusals: 15 },
  blind23: { keyFactsFound: 31, refusals: 13 },
  blind24: { keyFactsFound: 32, refusals: 12 },
  blind25: { keyFactsFound: 32, refusals: 11 },
  blind26: { keyFactsFound: 21, refusals: 20 },
  blind27: { keyFactsFound: 24, refusals: 19 },
};

const sets = new Map<FlooredSet, AskedQuestion[]>();
for (const name of [...SHARED_SETS, ...BLIND_SETS]) {
  const questions = await loadSharedSet(name);
  if (questions) sets.set(name, questions);
  else
    console.warn(`${SHARED_SETS.includes(name as SharedSet) ? sharedFile(name as SharedSet) : blindFile(name as BlindSet)} is absent: its floors are skipped.`);
}

describe.skipIf(sets.size === 0)('shared question sets (real pipeline over the corpus index)', () => {
  let corpus: CorpusRuntime;
  const summaries = new Map<FlooredSet, Summary>();

  beforeAll(async () => {
    corpus = await openCorpusRuntime();
    const byLang = docIdsByLang(await corpus.runtime.store.listDocuments());
    for (const [name, questions] of sets) {
      const summary = summarise(await runQuestions({ services: corpus.runtime, questions, mode: 'extractive', docIdsByLang: byLang }));
      summaries.set(name, summary);
      console.log(`${name}: ${JSON.stringify(summary)}`);
    }
  }, 400_000);

  afterAll(() => corpus?.close());

  for (const name of [...SHARED_SETS, ...BLIND_SETS]) {
    const floor = FLOORS[name];
    it.skipIf(!sets.has(name))(`${name}: at least ${floor.keyFactsFound} answers hold every key fact, at least ${floor.refusals} refusals`, () => {
      const summary = summaries.get(name);
      expect(summary?.keyFactsFound).toBeGreaterThanOrEqual(floor.keyFactsFound);
      expect(summary?.refusals).toBeGreaterThanOrEqual(floor.refusals);
    });
  }

  it('answers stay short: the median answer of every set is at most 600 characters', () => {
    for (const summary of summaries.values()) expect(summary.answerChars ?? 0).toBeLessThanOrEqual(600);
  });
});
