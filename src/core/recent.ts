/**
 * The last few values computed from a key, oldest dropped first. For pure functions of a text that
 * one ask (or the next questions) reads again: question units, glossary lookups, sentence terms.
 */
export class Recent<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const known = this.values.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (this.values.size >= this.limit) this.values.delete(this.values.keys().next().value as string);
    this.values.set(key, value);
    return value;
  }
}

/**
 * Recent values per table (the corpus's term table): a new index brings a new table object, so its
 * values never mix with the old one's, which go when the old table does.
 */
export class RecentPerTable<V> {
  private readonly byTable = new WeakMap<object, Recent<V>>();
  private static readonly NONE = {};
  constructor(private readonly limit: number) {}

  get(table: object | undefined, key: string, compute: () => V): V {
    const owner = table ?? RecentPerTable.NONE;
    let recent = this.byTable.get(owner);
    if (!recent) {
      recent = new Recent<V>(this.limit);
      this.byTable.set(owner, recent);
    }
    return recent.get(key, compute);
  }
}
