/**
 * Korean 개조식 (memo style): a sentence of the documents becomes a bullet that ends in a noun
 * form. Only the ending is rewritten, by the table of ending rules below, over the sentence's
 * last words: every figure, name and quotation before it stays verbatim. A sentence no rule
 * fits is kept whole, full stop included: a wrong ending would be worse than none.
 *
 * The table follows the endings Korean administrative and report writing uses for 개조식 (there
 * is no statutory grammar of 개조식; guides on 공문서·보고서 writing and the 음슴체/함체 usage
 * describe these): 명사형 종결 with -음/-ㅁ (있음, 없음, 함, 됨, 임), past tense kept as -았음/-었음
 * (요청했음, 줄었음: not 줆 or 엶, which are grammatical nominalisations nobody writes in a
 * report), and 명사 종결 where a verbal noun carries the meaning (간담회 개최, 10곳 지정,
 * 확정·고시 예정). Present-tense native verbs ("바꾼다", "늘어난다") have no ending in the table:
 * their -ㅁ forms ("바꿈") read as broken, so those sentences stay whole.
 */

const HANGUL_BASE = 0xac00;
const JONG_COUNT = 28;
/** Final consonants (jongseong) by index. */
const JONG = { none: 0, nieun: 4, rieul: 8, mieum: 16, ssangSiot: 20 } as const;

function withFinal(syllable: string, jong: number): string {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return String.fromCharCode(HANGUL_BASE + code - (code % JONG_COUNT) + jong);
}

function finalConsonant(syllable: string): number | undefined {
  const code = syllable.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code <= 11171 ? code % JONG_COUNT : undefined;
}

export type MemoForm = '명사 종결' | '명사형 -음' | '명사형 -ㅁ' | '목록 도입';

export interface EndingRule {
  /** What the rule is called in the style guides' terms. */
  form: MemoForm;
  /** Matched against the sentence without its final full stop. */
  pattern: RegExp;
  /** The new ending for the matched text; undefined = the rule does not apply after all. */
  rewrite: (match: RegExpExecArray) => string | undefined;
  /** One sentence ending and what it becomes (also checked by the tests). */
  example: [string, string];
}

// Bound nouns after which a copula ending keeps its -임 ("할 것이다" -> "할 것임", not "할 것").
const BOUND_NOUN = /(?:것|때문|수|뿐|중|셈|터)$/;

/** The ending rules, most specific first; the first that matches and applies rewrites the sentence. */
export const ENDING_RULES: EndingRule[] = [
  {
    form: '명사 종결',
    pattern: /할 (예정|계획)(?:이라고 밝혔다|이었다|이다)$/,
    rewrite: (m) => ` ${m[1]}`,
    example: ['기본계획을 확정·고시할 예정이라고 밝혔다', '기본계획을 확정·고시 예정'],
  },
  {
    form: '목록 도입',
    pattern: /(?:은|는) 다음과 같다$/,
    rewrite: () => ':',
    example: ['선정된 곳은 다음과 같다', '선정된 곳:'],
  },
  {
    // Object + verbal noun + 하다: the verbal noun alone says it ("간담회를 개최했다" -> "간담회 개최").
    form: '명사 종결',
    pattern: /(?<=\S)(?:을|를) ([가-힣·]{2,})(?:했다|하였다|한다|하고 있다)$/,
    rewrite: (m) => ` ${m[1]}`,
    example: ['전문가 간담회를 개최했다', '전문가 간담회 개최'],
  },
  {
    form: '명사형 -ㅁ',
    pattern: /(?<=[가-힣·]{2})(?:됐다|되었다|된다)$/,
    rewrite: () => '됨',
    example: ['특화단지로 지정됐다', '특화단지로 지정됨'],
  },
  {
    form: '명사형 -ㅁ',
    pattern: / (?:됐다|되었다|된다)$/,
    rewrite: () => ' 됨',
    example: ['지방정부가 수립하게 된다', '지방정부가 수립하게 됨'],
  },
  {
    // Past tense of 하다 keeps its tense: "정체했다" -> "정체했음".
    form: '명사형 -음',
    pattern: /(?<=[가-힣·])(?:했다|하였다)$/,
    rewrite: () => '했음',
    example: ['생산성이 정체했다', '생산성이 정체했음'],
  },
  {
    form: '명사형 -ㅁ',
    pattern: /(?<=\S)(?:한다|하다)$/,
    rewrite: () => '함',
    example: ['경쟁력 확보가 시급하다', '경쟁력 확보가 시급함'],
  },
  {
    // An auxiliary 하다 after a space: "밝혀야 한다" -> "밝혀야 함", "목표로 한다" -> "목표로 함".
    form: '명사형 -ㅁ',
    pattern: / (?:한다|하다)$/,
    rewrite: () => ' 함',
    example: ['시점을 함께 밝혀야 한다', '시점을 함께 밝혀야 함'],
  },
  {
    // Negation: 않다 has one noun form for every tense ("다루지 않는다" -> "다루지 않음").
    form: '명사형 -음',
    pattern: /않는다$/,
    rewrite: () => '않음',
    example: ['이 문서는 다루지 않는다', '이 문서는 다루지 않음'],
  },
  {
    form: '명사형 -ㅁ',
    pattern: /아니다$/,
    rewrite: () => '아님',
    example: ['법정 계획이 아니다', '법정 계획이 아님'],
  },
  {
    // Copula after a noun: the noun ends the bullet ("목표는 '…실현'이다" -> "목표는 '…실현'"),
    // after a bound noun it keeps -임 ("때문이다" -> "때문임").
    form: '명사 종결',
    pattern: /(?<=\S)이다$/,
    rewrite: (m) => (BOUND_NOUN.test(m.input.slice(0, m.index)) ? '임' : ''),
    example: ["목표는 '미래형 산업집적지 실현'이다", "목표는 '미래형 산업집적지 실현'"],
  },
  {
    // Any past tense (a syllable ending in ㅆ before 다): "줄었다" -> "줄었음", "늘어났다" -> "늘어났음".
    form: '명사형 -음',
    pattern: /([가-힣])다$/,
    rewrite: (m) => (finalConsonant(m[1] ?? '') === JONG.ssangSiot ? `${m[1]}음` : undefined),
    example: ['사업기간은 3분의 1 줄었다', '사업기간은 3분의 1 줄었음'],
  },
  {
    // An adjective or 있다/없다 on a closed stem: "있다" -> "있음", "많다" -> "많음". Not after ㄴ
    // (present-tense verbs: "바꾼다"), ㄹ or an open stem, whose -ㅁ forms read as broken.
    form: '명사형 -음',
    pattern: /([가-힣])다$/,
    rewrite: (m) => {
      const jong = finalConsonant(m[1] ?? '');
      return jong === undefined || jong === JONG.none || jong === JONG.nieun || jong === JONG.rieul || jong === JONG.ssangSiot ? undefined : `${m[1]}음`;
    },
    example: ['생산성은 정체되어 있다', '생산성은 정체되어 있음'],
  },
  {
    // An adjective on an open stem: "다르다" -> "다름" (verbs in running text end in -ㄴ다/-는다, never here).
    form: '명사형 -ㅁ',
    pattern: /([가-힣])다$/,
    rewrite: (m) => (finalConsonant(m[1] ?? '') === JONG.none ? withFinal(m[1] ?? '', JONG.mieum) : undefined),
    example: ['면적은 자료마다 다르다', '면적은 자료마다 다름'],
  },
];

/** The memo-style line and the rule that made it; rule undefined when the sentence stays whole. */
export function memoEnding(line: string): { text: string; rule?: EndingRule } {
  const trimmed = line.trim();
  const body = trimmed.replace(/\.$/, '');
  if (!/다$/.test(body)) return { text: trimmed };
  for (const rule of ENDING_RULES) {
    const match = rule.pattern.exec(body);
    if (!match) continue;
    const ending = rule.rewrite(match);
    if (ending === undefined) continue;
    return { text: `${body.slice(0, match.index)}${ending}`.trimEnd(), rule };
  }
  return { text: trimmed };
}

/** One line (a sentence or a list item) in memo style, or unchanged when no rule applies. */
export function memoLine(line: string): string {
  return memoEnding(line).text;
}

/** A bullet (possibly a lead-in plus list items, one per line) in memo style, line by line. */
export function memoBullet(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? memoLine(line) : line))
    .join('\n');
}
