import neo4j from 'neo4j-driver';

// The one place driver values become plain JS: Integer → number, temporal → ISO string,
// Node/Relationship → their properties. Everything the store returns went through here.
//
// Most values are plain already (integers arrive as numbers, reads return lists and maps, not
// nodes), so a list or map is copied only when something inside it changes: a neighbourhood's
// ~400 rows of lists were otherwise rebuilt whole on every read.
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return plainList(value);
  if (neo4j.isInt(value)) return value.toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return plainMap(value as Record<string, unknown>);
}

function plainList(list: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | null = null;
  for (let at = 0; at < list.length; at += 1) {
    const inner = list[at];
    const plain = toPlain(inner);
    if (copy === null && plain !== inner) copy = list.slice(0, at);
    copy?.push(plain);
  }
  return copy ?? list;
}

function plainMap(map: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  let copy: Record<string, unknown> | null = null;
  for (const key in map) {
    const inner = map[key];
    const plain = toPlain(inner);
    if (copy === null && plain !== inner) copy = { ...map };
    if (copy !== null) copy[key] = plain;
  }
  return copy ?? map;
}
