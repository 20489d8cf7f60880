/**
 * A sentence saying the documents do not contain something ("not stated in the sources",
 * "확인되지 않는다"), or the service's own refusal. Such a sentence answers nothing: as evidence it
 * signals a refusal, and in an answer it counts as declining. The one definition for both.
 */
const ABSENCE =
  /확인되지 않|다루지 않|포함되지 않|나와 있지 않|밝혀지지 않|공개되지 않|인용되어 있지 않|찾을 수 없|\bnot (?:been )?(?:confirmed|covered|stated|given|disclosed|published|available|documented|quoted|answered)\b|\b(?:does|do) not (?:cover|include|state|give|say|answer)\b|\bno (?:information|source)\b/iu;

/**
 * A parenthesis is an aside: "…account for 53.5% of national energy (the reference year is not
 * stated)" states a figure and qualifies it; what the sentence says is outside the brackets.
 */
export function saysDocumentsLack(sentence: string): boolean {
  return ABSENCE.test(sentence.replace(/\([^()]*\)/g, ' '));
}
