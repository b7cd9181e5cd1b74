import neo4j from 'neo4j-driver';

// The one place driver values become plain JS: Integer → number, temporal → ISO string,
// Node/Relationship → their properties. Everything the store returns went through here.
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value === null || typeof value !== 'object') return value;
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
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) result[key] = toPlain(inner);
  return result;
}
