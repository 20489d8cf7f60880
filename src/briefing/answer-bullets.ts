import { MESSAGES } from '../answer/messages.js';

export interface RawBullet {
  text: string;
  /** The answer's own citation numbers, in order, without repeats. */
  markers: number[];
}

// Text followed by one or more [n] markers: one claim and its sources.
const CLAIM = /([^[\]]*?)((?:\s*\[\d+\])+)/g;
const LEADS = Object.values(MESSAGES).flatMap((m) => Object.values(m.crossLingualLead).filter(Boolean));

/**
 * Splits an answer ("sentence [1] sentence [2][3]") into bullets, one claim each. Text after the
 * last marker carries no citation, so it is left out: every bullet of a briefing is cited.
 */
export function answerBullets(answer: string): RawBullet[] {
  const bullets: RawBullet[] = [];
  for (const match of answer.matchAll(CLAIM)) {
    let text = (match[1] ?? '').trim();
    for (const lead of LEADS) if (text.startsWith(lead)) text = text.slice(lead.length).trim();
    const markers = [...new Set([...(match[2] ?? '').matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
    if (text.length > 0 && markers.length > 0) bullets.push({ text, markers });
  }
  return bullets;
}
