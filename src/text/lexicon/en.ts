/**
 * English word lists for reading questions as people type them. Data only; each list names the
 * general reference it follows. None is drawn from an evaluation question.
 */

/** Common informal abbreviations of written English (chat and note-taking short forms, as dictionaries list them). */
export const EN_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['govt', 'government'],
  ["gov't", 'government'],
  ['gov', 'government'],
  ['dept', 'department'],
  ['approx', 'approximately'],
  ['info', 'information'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['hq', 'headquarters'],
  ['ppl', 'people'],
  ['hqs', 'headquarters'],
  ['abt', 'about'],
  ['thru', 'through'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['w/', 'with'],
  ['b/c', 'because'],
  ['&', 'and'],
  ['rn', 'now'],
  ['atm', 'now'],
  // Chat spellings of function words and of contractions typed without the apostrophe.
  ['tho', 'though'],
  ['whats', 'what is'],
  ['wats', 'what is'],
  ['hows', 'how is'],
  ['wheres', 'where is'],
  ['whos', 'who is'],
  ['thats', 'that is'],
  // Month abbreviations (as style guides list them); "May" has none, "Mar" is too rare a word to clash.
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['sept', 'September'],
  ['oct', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];

/**
 * Discourse fillers, politeness markers and chat interjections (the discourse markers of spoken
 * English grammars): they shape the request, not what is asked.
 */
export const EN_FILLERS: readonly string[] = [
  'pls',
  'plz',
  'please',
  'lol',
  'btw',
  'tbh',
  'imo',
  'ok',
  'okay',
  'um',
  'uh',
  'hey',
  'hi',
  'hello',
  'yo',
  'oh',
  'hmm',
  'yeah',
  'idk',
  'thx',
  'thanks',
  'basically',
  'kinda',
  'sorta',
  'i heard',
  'heard something like that',
  'someone told me',
  'though',
  'tho',
  'is that right',
  'is that true',
  'is it true that',
  'is it true',
  'right?',
  // Requests about the answer's form ("in one line", "briefly"): the answer has one form whatever is asked.
  'one-line',
  'in one line',
  'in short',
  'in brief',
  'briefly',
];

/** English interrogatives (the wh-words of any grammar): a question word, never a topic. */
export const EN_INTERROGATIVES: readonly string[] = ['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how'];

/**
 * Words of spoken English that name no topic a passage could cover: vague nouns (kind, sort,
 * thing, stuff), hedges and intensifiers (like, whole, pretty), as English stop-word lists give them.
 */
export const EN_FUNCTION_WORDS: readonly string[] = [
  'kind',
  'sort',
  'thing',
  'things',
  'stuff',
  'like',
  'whole',
  'pretty',
  'lot',
  'lots',
  'bit',
  'way',
  'ones',
  'one',
  'anything',
  'something',
  'everything',
];

/**
 * Nouns whose value is a sum of money (the money and public-finance words of a general thesaurus):
 * "how much" with one of these asks for an amount, which an answer must state in a currency.
 */
export const EN_MONEY_NOUNS: readonly string[] = [
  'budget',
  'budgets',
  'money',
  'cost',
  'costs',
  'subsidy',
  'subsidies',
  'grant',
  'grants',
  'funding',
  'fund',
  'funds',
  'price',
  'prices',
  'investment',
  'investments',
  'spending',
  'expenditure',
  'salary',
  'wage',
  'wages',
  'fee',
  'fees',
  'tax',
  'taxes',
  'rent',
  'won',
  'dollars',
];

/**
 * Light verbs (the support verbs of English grammars): "why did they make / set up / need it" asks
 * the purpose of something, not the cause of a particular event the question takes as given.
 */
export const EN_LIGHT_VERBS: readonly string[] = [
  'make',
  'made',
  'do',
  'did',
  'done',
  'create',
  'created',
  'set',
  'need',
  'needed',
  'start',
  'started',
  'begin',
  'began',
  'happen',
  'happened',
  'have',
  'take',
  'took',
  'give',
  'gave',
  'use',
  'used',
  'matter',
  'exist',
];
