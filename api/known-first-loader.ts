import DataLoader from 'dataloader';

/**
 * A DataLoader that answers a key it already holds at once, not with a promise. Most of what a
 * large answer's nested fields ask for was primed by the read of the field above (a matrix's
 * cells name tasks and agencies read with it), and every promise makes graphql-js complete
 * that field, and the object around it, on the slower asynchronous path.
 */
export class KnownFirstLoader<V> {
  private readonly known = new Map<string, V>();
  private readonly loader: DataLoader<string, V>;

  constructor(batch: (ids: readonly string[]) => Promise<V[]>) {
    this.loader = new DataLoader<string, V>(async (ids) => {
      const values = await batch(ids);
      ids.forEach((id, at) => this.remember(id, values[at] as V));
      return values;
    });
  }

  /** The value of `id`: the one held if any, else batched with this tick's other loads. */
  load(id: string): V | Promise<V> {
    return this.known.has(id) ? (this.known.get(id) as V) : this.loader.load(id);
  }

  /** The values of `ids`, in order. */
  async loadMany(ids: readonly string[]): Promise<(V | Error)[]> {
    if (ids.every((id) => this.known.has(id))) return ids.map((id) => this.known.get(id) as V);
    return this.loader.loadMany(ids);
  }

  /** Holds `value` for `id` unless one is held already (DataLoader's own rule). */
  prime(id: string, value: V): this {
    this.remember(id, value);
    this.loader.prime(id, value);
    return this;
  }

  private remember(id: string, value: V): void {
    if (!this.known.has(id)) this.known.set(id, value);
  }
}
