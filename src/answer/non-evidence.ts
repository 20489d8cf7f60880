import { searchTerms } from '../text/search-terms.js';

/**
 * Text of a Korean public document that states nothing about its matter: the table of contents,
 * lines that only repeat the document's title, and the blank forms (서식) a request for proposals or
 * a notice attaches for bidders to fill in. They share the question's words (every one of them names
 * the project) and so outrank the item that answers; they are never, or only last, evidence.
 */

/** "Ⅲ. 입찰 및 계약 5": a heading with a numeral marker, then its page number. */
const CONTENTS_ENTRY = /(?:^|\s)(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|[IVX]{1,4}|\d{1,2})\.\s*[^\d\s][^\d]{0,40}?\s\d{1,3}(?=\s|$)/gu;
/** "과업안내 ········ 1": dotted leaders before a page number. */
const LEADERS = /[·.․‥…]{4,}\s*\d{1,3}\s*$/u;

/** A line of a table of contents: three headings with page numbers, or dotted leaders to one. */
export function isContentsLine(line: string): boolean {
  return (line.match(CONTENTS_ENTRY)?.length ?? 0) >= 3 || LEADERS.test(line.trim());
}

/** The line of `text` that holds the span starting at `start`. */
export function lineAt(text: string, start: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const to = text.indexOf('\n', start);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * A sentence all of whose words are its document's title or section heading ("『제2회 가을밤의
 * 음악축제』", a cover or a running title): it names the matter and says nothing of it. A caller
 * that already holds the sentence's `searchTerms` passes them.
 */
export function restatesTitle(sentence: string, context: ReadonlySet<string>, terms: readonly string[] = searchTerms(sentence)): boolean {
  return terms.length > 0 && terms.every((t) => context.has(t));
}

/**
 * A section of forms (서식, 양식, 별지): "Ⅵ. 제출목록 및 서식", "[별지 제1호 서식]". Its sentences are
 * templates ("…공모에 참가하고자 … 신청합니다") with blanks for the bidder; a fact that only a form
 * states (the bid bond of its 납부확약서) is still found there when the body says nothing.
 */
const FORMS = /(?:^|[\s>·,(【[])(?:서식|양식|별지|별첨\s*서식)(?=$|[\s>\d)】\]])/u;

export function isFormSection(sectionPath: string): boolean {
  return FORMS.test(sectionPath);
}
