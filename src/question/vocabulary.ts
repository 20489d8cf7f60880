/** Document frequency of a search term in the corpus; the question is spelled towards words the documents use. */
export interface Vocabulary {
  df(term: string): number;
  /** Whether a Latin word is English at all (a general word list): a real word is no typo. */
  isWord?(word: string): boolean;
}
