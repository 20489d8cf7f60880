/**
 * Feedback comments are free text from the public, read and exported later by officials: phone
 * numbers and Korean resident registration numbers (주민등록번호) are masked before a comment is
 * stored, so the feedback file never holds them. Each pattern is a fixed sequence of bounded
 * digit groups (no nested quantifiers), so matching stays linear in the comment's length.
 */

/** YYMMDD-GNNNNNN, with or without the hyphen (spaces around it tolerated); G is 1-8 (citizens and foreigners). */
const RESIDENT_NUMBER = /(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s?[-–]?\s?[1-8]\d{6}(?!\d)/g;

/**
 * Korean phone numbers: mobile (010-1234-5678), Seoul and area codes (02-123-4567, 031-1234-5678),
 * 070 and 050x numbers, with +82 instead of the leading 0; separators "-", "." or a space, or none.
 */
const PHONE = /(?<![\d+])(?:\+82[-.\s]?|0)(?:1[016789]|2|[3-6][1-5]|70|50\d)[-.\s)]?\d{3,4}[-.\s]?\d{4}(?!\d)/g;

export const MASKS = { residentNumber: '[주민등록번호 삭제]', phone: '[전화번호 삭제]' } as const;

export function maskPersonalData(text: string): string {
  return text.replace(RESIDENT_NUMBER, MASKS.residentNumber).replace(PHONE, MASKS.phone);
}
