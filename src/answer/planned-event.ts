import { searchTerms } from '../text/search-terms.js';
import type { TermPair } from '../text/term-pairs.js';
import { allTerms, questionUnits } from './question-units.js';
import { questionParts } from './select-evidence.js';

/**
 * "When was the final plan gazetted?", "고시된 날 며칠이야?" take the event as having happened. A
 * document that only says it is planned ("…을 1월 안에 확정·고시할 예정이라고 밝혔다", "said it planned
 * to finalise and announce …") gives the date of an intention, not of the event: the premise that it
 * happened is not supported, whatever date the sentence carries.
 */

/** The question asks about the plan itself ("언제 고시할 예정이야", "when is it expected to …"): a plan answers it. */
const ASKS_PLAN =
  /예정|(?:할|될|을)\s*(?:계획|거|것|방침)|하기로|\bwill\b|\bplan(?:s|ned|ning)? to\b|\bexpected\b|\bscheduled\b|\bsupposed\b|\bgoing to\b|\bdue\b/iu;

/**
 * A sentence stating an intention, not a fact: the prospective adnominal before 예정/계획/방침 ("할 예정",
 * "추진할 계획"), -겠다, -기로 하다; English "plans to", "would", "is to", "expected to", "intends to".
 */
const STATES_PLAN =
  /예정|(?:ㄹ|을|할|될)\s*(?:계획|방침)|겠다|하기로|\bplan(?:s|ned)? to\b|\bwould\b|\b(?:is|are|was|were) (?:to|expected to|scheduled to|due to|set to)\b|\bintends? to\b|\baims? to\b/iu;

/** An English past passive: "was gazetted", "were designated", "was the plan approved". */
const EN_EVENT = /\b(?:was|were|has been|have been|had been)\s+(?:[\w'-]+\s+){0,6}?(\w+(?:ed|en))\b/iu;

/** The words naming the event the question takes as past: its predicates (Korean) or its passive verb (English). */
function eventWords(question: string): string[] {
  const en = EN_EVENT.exec(question)?.[1];
  if (en) return [en.toLowerCase()];
  if (!/[\uAC00-\uD7AF]/u.test(question)) return [];
  // A Korean past form: an adnominal 된/한 or a past ㅆ on a verbal noun ("고시된", "확정됐어").
  return [...question.normalize('NFC').matchAll(/([\uAC00-\uD7AF]{2,}?)(?:된|됐|되었|했|하였)/gu)].map((m) => m[1] as string);
}

/**
 * A part asking the date of a past event: English opens with it ("When was …", "On what date did …"),
 * so a "when" clause inside another question ("who was minister when it was announced") is not one;
 * Korean asks with 언제, 며칠, 날짜, 몇 월.
 */
const EN_ASKS_WHEN = /^\s*(?:when|on what date|in what year|what (?:date|day|year|month))\s+(?:was|were|did|has|have|had)\b/iu;
const KO_ASKS_WHEN = /언제|며칠|날짜|몇\s*월|몇\s*일|일자/u;

/**
 * The event a part of the question takes as past when the answer's sentences that name it with a
 * date all state it as planned; undefined when a sentence states it as done, or none names it.
 */
export function onlyPlanned(question: string, answerSentences: readonly string[], termPairs?: readonly TermPair[]): string | undefined {
  for (const part of questionParts(question)) {
    const korean = /[\uAC00-\uD7AF]/u.test(part);
    if (!(korean ? KO_ASKS_WHEN : EN_ASKS_WHEN).test(part) || ASKS_PLAN.test(part)) continue;
    const events = eventWords(part);
    const units = questionUnits(part, termPairs).filter((u) =>
      events.some((e) => u.word.toLowerCase().startsWith(e.toLowerCase()) || e.toLowerCase().startsWith(u.word.toLowerCase())),
    );
    for (const unit of units) {
      const terms = allTerms(unit);
      const naming = answerSentences.filter((s) => {
        const have = new Set(searchTerms(s));
        return terms.some((t) => have.has(t)) && DATED.test(s);
      });
      if (naming.length > 0 && naming.every((s) => STATES_PLAN.test(s))) return unit.word;
    }
  }
  return undefined;
}

const DATED = /(?:19|20)\d{2}|\d{1,2}\s*월|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;
