import { describe, expect, it } from 'vitest';
import { contentWords, questionWords } from './query-words.js';

describe('question content words (Korean)', () => {
  it('strips particles, quotative endings and existence verbs', () => {
    expect(contentWords('산업집적이 법에서 뭐라고 정의돼 있어?')).toEqual(['산업집적', '정의']);
    expect(contentWords('기회발전특구의 법적 근거는 무엇인가요?')).toEqual(['기회발전특구', '법적', '근거']);
  });

  it('drops a one-syllable counter after a native numeral, with its particle, but not a noun counted so', () => {
    expect(contentWords('간담회에 온 교수 두 분이 누구야?')).toEqual(['간담회', '교수']);
    expect(contentWords('처음 뽑힌 세 곳이 어디야?')).not.toContain('곳이');
    // A two-syllable counter is a word the documents write too ("세 가지 추진과제").
    expect(contentWords('추진과제 세 가지를 알려줘')).toContain('가지');
    expect(contentWords('두 기관이 맡은 일')).toContain('기관');
  });

  it('drops adverbs of accompaniment: with whom, not what', () => {
    expect(contentWords('협력업체도 같이 입주하나요?')).toEqual(['협력업체', '입주']);
    expect(contentWords('지자체와 함께 추진하는 사업')).not.toContain('함께');
  });

  it("drops sentence adverbs of the asker's stance", () => {
    expect(contentWords('도대체 보조금은 정확히 얼마야?')).toEqual(['보조금']);
  });

  it('keeps a two-syllable noun whose last syllable looks like an ending', () => {
    expect(contentWords('몇 개 분야로 구성됐나요?')).toContain('분야');
  });
});

/** The words of a question read as verbs or adjectives. */
const predicates = (q: string) =>
  questionWords(q)
    .filter((w) => w.predicate)
    .map((w) => w.word);

describe('question predicates (Korean)', () => {
  it('knows verb forms by their ending and drops bound nouns', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = questionWords('청년친화 산단 추가로 뽑힌 데는 몇 곳이야?');
    expect(words.find((w) => w.word === '뽑힌')?.predicate).toBe(true);
    expect(words.some((w) => w.word.startsWith('데'))).toBe(false);
    expect(
      questionWords('기회발전특구에 들어가면 세금 얼마나 깎아줘?')
        .filter((w) => w.predicate)
        .map((w) => w.word),
    ).toEqual(['들어가면', '깎아줘']);
    expect(questionWords('지원 기간은 얼마나 되나요?').find((w) => w.word === '기간')?.predicate).toBe(false);
  });

  it('reads the connective -아서/-어서 fused into a stem as a verb form, not the 서 of a noun', () => {
    expect(predicates('선주들 모여서 정한 운임')).toContain('모여서');
    expect(predicates('부두 세워서 생긴 일자리')).toContain('세워서');
    expect(predicates('보고서 계약서 문서 순서')).toEqual([]);
    // The polite -어요/-아요 fuses the same way ("열려요"); a noun's 요 does not ("필요", "수요").
    expect(predicates('심사위원회는 언제 어디서 열려요?').map((w) => w.replace(/요$/, ''))).toContain('열려');
    expect(predicates('부두 수요 필요')).toEqual([]);
  });

  it('reads a permission question ("-아도 되냐") as verbs, not the 도 of a noun', () => {
    expect(predicates('신청서 팩스로 봐도 되냐?')).toEqual(['봐도', '되냐']);
    expect(predicates('신청서 우편으로 넣어도 되냐?')).toEqual(['넣어', '되냐']);
    expect(predicates('항만 제도 속도 지도')).toEqual([]);
  });

  it('reads spoken verb endings as verbs: obligation, hearsay, 음슴체, -던, -다면, an -어 compound adnominal', () => {
    for (const form of ['주냐', '해야돼', '하는거임', '한다더라', '한다네', '해줌', '나옴', '하던', '있던', '된다면', '늘어난', '줄어든', '들어선'])
      expect(predicates(`항만 ${form}`), form).toHaveLength(1);
    // Nouns that end alike: a field, an autumn, a village, London, a fishing boat.
    expect(predicates('항만 분야 가을 마을 런던 어선 노선')).toEqual([]);
  });

  it('reads a prospective adnominal before 때 as a verb, and 것 contracted with a particle as grammar', () => {
    expect(predicates('부두 처음 뽑을 때 몇 곳?')).toEqual(['뽑을']);
    expect(predicates('부두 지정될 때 예산은?')).toEqual(['지정']);
    // An event noun takes 때 as well.
    expect(predicates('명절 때 부두 운영은?')).toEqual([]);
    expect(contentWords('부두 예산 많이 든 걸로 아는데')).not.toContain('걸로');
    // Adverbs of degree and the indefinite 아무 name nothing.
    expect(contentWords('제일 큰 부두 무대, 가장 붐비는 항만, 아무 표시')).toEqual(contentWords('큰 부두 무대, 붐비는 항만, 표시'));
  });

  it('reads a count noun (총수, 수를) as the kind of value asked, like 총액', () => {
    expect(contentWords('전국 항만 총수와 그중 신항 부두 수를 알려줘')).toEqual(['전국', '항만', '신항', '부두']);
  });

  it('reads a one-syllable noun with the locative 에 or 엔 as that noun, as it reads one alone', () => {
    expect(contentWords('부두 칸엔 뭐라고 적어')).toEqual(contentWords('부두 칸 뭐라고 적어'));
    expect(contentWords('항만청 밑에 부두 몇 개')).toEqual(['항만청', '부두']);
  });

  it('reads 그중 as a relation', () => {
    expect(contentWords('부두 가운데 그중 신항 부두 몇 개야')).toEqual(['부두', '가운데', '신항', '부두']);
  });
});

describe('question words (English)', () => {
  it('drops quantifiers and the particles of phrasal verbs, which name no topic', () => {
    expect(contentWords('List all the berths the port authority set out for 2026.')).toEqual(['berths', 'port', 'authority', 'set', '2026']);
    expect(contentWords('how much power do harbours eat up')).not.toContain('up');
  });
});

describe('Korean verbal nouns with a light verb', () => {
  it('takes the noun off 하다, 되다 or 시키다, however the verb is inflected, and marks it', () => {
    const word = (q: string, w: string) => questionWords(q).find((x) => x.word === w);
    expect(word('산단 근로자들은 어디서 출퇴근하냐?', '출퇴근')?.verbalNoun).toBe(true);
    expect(word('폐업한 공장은 몇 개인가요?', '폐업')?.verbalNoun).toBe(true);
    expect(word('언제 지정되었나요?', '지정')?.verbalNoun).toBe(true);
    expect(word('지역을 활성화시킨 사업은?', '활성화')?.verbalNoun).toBe(true);
    // A particle beginning like a light verb (한테) leaves the noun as it was.
    expect(contentWords('산업단지공단한테 물어보면 되나요?')).toContain('산업단지공단');
    // A request verb in any form asks for the answer; a question word stays a question word.
    expect(contentWords('부두 현황 정리해줘')).toEqual(['부두', '현황']);
    expect(contentWords('부두 관련된 예산')).toEqual(['부두', '예산']);
    // Nouns with 하 or 한 inside are no verbs.
    expect(contentWords('산하기관과 대한민국 하천')).toEqual(['산하기관', '대한민국', '하천']);
  });

  it('marks as inflected what may be a verb form', () => {
    const words = questionWords('문화 입힌 산단 첫해에 구미 말고 또 어디 뽑혔냐');
    expect(words.find((w) => w.word === '말고')?.inflected).toBe(true);
    expect(words.find((w) => w.word === '구미')?.inflected).toBeUndefined();
  });

  it('drops 하다/되다 with an auxiliary verb typed on, whatever ending follows', () => {
    expect(contentWords('부두 허가 빨리 해준다매? 처리해주는거임? 지정돼있음?')).toEqual(['부두', '허가', '빨리', '처리', '지정']);
    // Words that merely begin so are kept.
    expect(contentWords('해외 해양 부두')).toEqual(['해외', '해양', '부두']);
  });

  it('strips spoken contractions of particles (엔, 에선) and chat 두', () => {
    expect(contentWords('항만엔 산업단지에선 비율두 알려줘')).toEqual(['항만', '산업단지', '비율']);
  });
});

describe('words named like object properties', () => {
  it('reads "constructor" or "toString" as the words they are (a plain-object lookup once crashed the ask)', () => {
    expect(contentWords('What is the constructor of the harbour?')).toEqual(['constructor', 'harbour']);
    expect(contentWords('toString valueOf hasOwnProperty')).toEqual(['toString', 'valueOf', 'hasOwnProperty']);
  });
});

describe('question predicates (English)', () => {
  it("reads a do-question's main verb after its subject: the last word after a noun subject, the next word after a pronoun", async () => {
    const { questionWords } = await import('./query-words.js');
    const predicate = (q: string, w: string) => questionWords(q).find((x) => x.word === w)?.predicate;
    expect(predicate('How much power do the factories draw?', 'draw')).toBe(true);
    expect(predicate('How do I apply for a fishing licence?', 'apply')).toBe(true);
    expect(predicate('How do I apply for a fishing licence?', 'licence')).toBe(false);
  });
});

describe('spoken Korean in questions', () => {
  it('reads 음슴체, hearsay and the plain present as predicates, and the colloquial 이랑 and plural 들 as grammar', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = questionWords('항만공사랑 선사들 들어간다던데 부두 공사 끝났음? 예산 아직 남음?');
    expect(words.map((w) => w.word)).toEqual(['항만공사', '선사', '들어간다던데', '부두', '공사', '끝났음', '예산', '남음']);
    expect(words.filter((w) => w.predicate).map((w) => w.word)).toEqual(['들어간다던데', '끝났음', '남음']);
  });

  it('keeps a compound joined by a middle dot as one word', () => {
    expect(contentWords('설계·시공·감리 업체는 어디인가요?')).toEqual(['설계·시공·감리', '업체']);
  });
});

describe('Korean question words whatever follows them', () => {
  it('drops an interrogative with its counter, particle or ending, and a counter made "per unit"', () => {
    expect(contentWords('항만 부두 몇개고 한 곳당 예산 얼마씩 나가? 공사는 언제였지')).toEqual(['항만', '부두', '예산', '나가', '공사']);
    // The counter after 몇 goes with it whatever the copula adds ("몇 군데였더라", "몇 곳이었지", "몇개야").
    expect(contentWords('부두 몇 군데였더라? 항만 몇 곳이었지? 선석 몇개야')).toEqual(['부두', '항만', '선석']);
    // Contracted interrogatives ask as well: 누가 (누구가), 무얼 (무엇을).
    expect(contentWords('부두 이름은 누가 지었어? 무얼 기념해?')).toEqual(['부두', '이름', '기념']);
  });

  it('drops deictic time words and reads reported speech as a predicate', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = questionWords('올해 부두 몇 개까지 늘린대? 그 계획에 어떤 시설이 들어간다고 했어?');
    expect(words.map((w) => w.word)).toEqual(['부두', '늘린대', '계획', '시설', '들어간다고']);
    expect(words.filter((w) => w.predicate).map((w) => w.word)).toEqual(['늘린대', '들어간다고']);
  });

  it('reads the infinitive of 하다/되다 before an auxiliary as a verb ("지정되어 있나요", "제출하여야")', () => {
    const words = questionWords('부두 운영기관은 어디로 지정되어 있나요? 보고서는 언제 제출하여야 해?');
    expect(words.filter((w) => w.predicate).map((w) => w.word)).toEqual(['지정', '제출']);
  });

  it('drops nouns that name the kind of answer (날짜, 시점) and requests for its form (항목별로 나열해)', () => {
    expect(contentWords('신항 부두 개장한 날짜 알려주세요')).toEqual(['신항', '부두', '개장']);
    expect(contentWords('부두 공사 3대 과제를 나열해 주세요')).toEqual(['부두', '공사', '3대', '과제']);
    // The end of a period is a date: "마감은 언제" asks for the period's last day.
    expect(contentWords('신항 부두 입주 신청 마감은 언제야?')).toEqual(['신항', '부두', '입주', '신청']);
    expect(contentWords('보고서 제출 기한 알려줘')).toEqual(['보고서', '제출']);
  });

  it('reads a date noun (출범일, 개장일자) as the event it dates', () => {
    expect(contentWords('신항 부두 개장일 알려줘')).toEqual(['신항', '부두', '개장']);
    expect(contentWords('협의회 출범일자는?')).toEqual(['협의회', '출범']);
  });

  it('reads a sum noun with the suffix -액 as what is summed, and 금액 alone as the kind of answer', () => {
    expect(contentWords('부두 지원액은 얼마야?')).toEqual(['부두', '지원']);
    expect(contentWords('행사보험의 보장 금액 기준은?')).toEqual(['행사보험', '보장', '기준']);
  });
});

describe('counters and obligations in Korean questions', () => {
  it('reads the counter after 몇 as the unit of the answer, not a topic word', async () => {
    const { questionWords } = await import('./query-words.js');
    expect(contentWords('제안서는 몇 부를 내야 하나요?')).toEqual(['제안서', '내야']);
    expect(contentWords('관람객 좌석은 몇 명 기준이야?')).toEqual(['관람객', '좌석', '기준']);
    expect(contentWords('몇부 내?')).toEqual([]);
    // A three-syllable word after 몇 is a noun, not a counter.
    expect(contentWords('법인세율은 몇 퍼센트')).toContain('퍼센트');
    expect(questionWords('부를 때 쓰는 이름은?').map((w) => w.word)).toContain('부를');
  });

  it('reads the obligation form -야 하다 as a verb, however short its stem', async () => {
    const { questionWords } = await import('./query-words.js');
    expect(questionWords('제안서는 몇 부를 내야 하나요?').find((w) => w.word === '내야')?.predicate).toBe(true);
    // Spoken, with the nominalised 됨 or 함: "몇 자리까지 써야 됨?".
    expect(questionWords('부두 좌표는 몇 자리까지 써야 됨?').find((w) => w.word === '써야')?.predicate).toBe(true);
    expect(questionWords('보험은 어디에 들어야 돼?').find((w) => w.word.startsWith('들어'))?.predicate).toBe(true);
  });
});

describe('Korean verbs by their grammar', () => {
  it('reads a ㅆ inside the word as the past tense, whatever stem it fused into', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = questionWords('신항 부두 공사는 언제 열렸고 몇 개 골랐어?');
    expect(words.filter((w) => w.predicate).map((w) => w.word)).toEqual(['열렸고', '골랐어']);
    expect(words.find((w) => w.word === '신항')?.predicate).toBe(false);
    expect(questionWords('작년에 부두로 뽑힌데 어디어디?').find((w) => w.word === '뽑힌데')?.predicate).toBe(true);
  });

  it('drops 하다 and 되다 inflected on their own', () => {
    expect(contentWords('부두 공사 언제 한다고 했음? 확정은 했고')).toEqual(['부두', '공사', '확정']);
    // The polite sentence-final forms too: "언제 어디서 해요?".
    expect(contentWords('항만 축제 언제 어디서 해요? 개장은 언제 돼요?')).toEqual(['항만', '축제', '개장']);
  });

  it('reads an embedded question with a particle after it as a verb ("몇 시에 끝나는지도")', () => {
    expect(questionWords('항만 축제는 몇 시에 끝나는지도 알려줘').find((w) => w.word.startsWith('끝나'))?.predicate).toBe(true);
  });
});

describe('more Korean grammar that names no topic', () => {
  it('reads 거 typed onto an adnominal, an embedded question and an intention as verbs', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = questionWords('부두 고친거 예산 얼마 쓰는지 보고서에 인용하고자 합니다');
    expect(words.filter((w) => w.predicate).map((w) => w.word)).toEqual(['고친거', '쓰는지', '인용']);
    expect(words.map((w) => w.word)).not.toContain('합니다');
  });

  it('keeps a quantifier as written: 총 and 전체 are not turned into 모두, a word documents rarely use', () => {
    expect(contentWords('항만 전체 물동량 중에 총 몇 톤이 신항이야?')).not.toContain('모두');
  });

  it('drops 중 "among" and the nouns that name an amount', () => {
    expect(contentWords('항만 부문 중에선 총액은 얼마?')).toEqual(['항만', '부문']);
  });
});

describe('words of the conversation, not of the topic', () => {
  it('drops discourse markers, a deictic 나중 and requests to tell', () => {
    expect(contentWords('부두 고친거 있잖아 나중엔 예산 얼마야? 다 말해봐')).toEqual(['부두', '고친거', '예산']);
    expect(contentWords('항만 목록 정리해 주세요 읊어봐')).toEqual(['항만', '목록']);
    // A verb of telling without a request auxiliary stays a word ("말해진", "알려진").
    expect(contentWords('알려진 항만')).toContain('알려진');
  });
});

describe('a name quoted with -(이)라는', () => {
  it('reads the quoted noun as a name, not a verb form', async () => {
    const { questionWords } = await import('./query-words.js');
    expect(questionWords('해누리라는 이름은 누가 지었어?')[0]).toEqual({ word: '해누리', predicate: false });
    expect(questionWords('항만특구라는 제도 언제 생겼어?')[0]).toEqual({ word: '항만특구', predicate: false });
    expect(questionWords('신항이라는 말')[0]).toEqual({ word: '신항', predicate: false });
    // A verb reported with it keeps its one-syllable stem and stays a verb.
    expect(questionWords('하라는 지시')[0]?.predicate).toBe(true);
  });

  it('drops one syllable with the particle its sound takes, as a bare one-syllable word, but not a noun ending so', async () => {
    const { questionWords } = await import('./query-words.js');
    const words = (q: string) => questionWords(q).map((w) => w.word);
    expect(words('부두 관람석 쪽은 몇 명 앉아?')).not.toContain('쪽은');
    expect(words('항만 땅을 누가 샀어?')).not.toContain('땅을');
    expect(words('2030년에 뽑은 부두 몇 곳?')).not.toContain('뽑은');
    expect(words('부두 점검은 얼마 만에 한 번씩 해?')).not.toContain('번씩');
    // 을 after a vowel, 는 after a final consonant: no particle of the syllable before.
    expect(words('가을 항만 축제는 언제?')).toContain('가을');
    expect(words('어촌 마을 부두 몇 곳?')).toContain('마을');
  });

  it('reads the quoting copula after a closing quote as grammar, not a word', async () => {
    const { questionWords } = await import('./query-words.js');
    expect(questionWords("'해누리'라는 이름은 누가 지었어?").map((w) => w.word)).toEqual(['해누리', '이름']);
    expect(questionWords('“신항”이라고 부르는 곳은 어디?').map((w) => w.word)).not.toContain('이라고');
  });
});

describe('function words that relate topics', () => {
  it('drops the rest of the English stop words: conjunctions, negation, comparison, pronouns', () => {
    expect(contentWords('if the harbour office sits on it too long, is the permit not approved?')).toEqual([
      'harbour',
      'office',
      'sits',
      'long',
      'permit',
      'approved',
    ]);
    expect(contentWords('what did the port pay him, more or less?')).toEqual(['port', 'pay', 'less']);
  });

  it('reads 그때/이때 as the deictic time, as 그곳/이곳 are the deictic place', () => {
    expect(contentWords('항만특구 처음 지정된 날짜랑 그때 부두 수 알려줘')).not.toContain('그때');
    expect(contentWords('이때 부두는 몇 곳이었어?')).toEqual(['부두']);
  });

  it('reads 여기서/거기서 as the deictic place and 군데 as a counter', () => {
    expect(contentWords('거기서 부두 몇 군데 있어?')).toEqual(['부두']);
    expect(contentWords('부두 군데당 예산 얼마야?')).toEqual(['부두', '예산']);
  });
});
