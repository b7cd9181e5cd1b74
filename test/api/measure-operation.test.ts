import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../../api/create-schema.js';
import { ASSUMED_LIST_SIZE, measureOperation } from '../../api/limits/measure-operation.js';

const schema = createSchema();
const measure = (query: string, variables: Record<string, unknown> = {}) =>
  measureOperation(schema, parse(query), undefined, variables);

describe('measureOperation', () => {
  it('counts nesting depth, fragments included, introspection left out', () => {
    const size =
      measure(`{ document(id: "d") { ...T } __schema { types { fields { type { ofType { name } } } } } }
      fragment T on Document { tasks { owners { agency { name } } } }`);
    expect(size.depth).toBe(5);
  });

  it('multiplies list fields by first, by a variable, or by an assumed size', () => {
    expect(measure('{ documents(first: 5) { edges { node { title } } } }').cost).toBe(1 + 5 * 3);
    expect(
      measure('query($n: Int) { documents(first: $n) { edges { node { title } } } }', { n: 7 })
        .cost,
    ).toBe(1 + 7 * 3);
    expect(measure('{ document(id: "d") { tasks { title } } }').cost).toBe(
      1 + 1 + ASSUMED_LIST_SIZE,
    );
  });

  it('weighs path and neighbourhood searches more than a lookup', () => {
    expect(measure('{ neighborhood(id: "x") { truncated } }').cost).toBeGreaterThan(
      measure('{ node(id: "x") { id } }').cost * 50,
    );
  });
});
