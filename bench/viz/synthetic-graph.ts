// A deterministic synthetic graph in the viewer's element shape, shaped like the real one:
// documents with tasks, tasks owned by agencies, documents mentioning entities. Serialised into
// the page by the benchmark, so it must stay self-contained (no imports at run time).

export interface SyntheticElement {
  group: 'nodes' | 'edges';
  data: Record<string, unknown>;
}

export function createSyntheticGraph(nodeCount: number): SyntheticElement[] {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const entityKinds = [
    'LAB',
    'PLATFORM',
    'ENTERPRISE',
    'PROGRAM',
    'INSTITUTION',
    'POLICY',
  ] as const;

  const documents = Math.max(1, Math.round(nodeCount * 0.02));
  const agencies = Math.max(1, Math.round(nodeCount * 0.08));
  const tasks = Math.round(nodeCount * 0.5);
  const entities = Math.max(0, nodeCount - documents - agencies - tasks);
  const elements: SyntheticElement[] = [];
  const node = (
    id: string,
    kind: string,
    label: string,
    extra: Record<string, unknown> = {},
  ): void => {
    elements.push({
      group: 'nodes',
      data: {
        id,
        kind,
        label,
        rawLabel: label,
        degree: 1,
        jurisdiction: null,
        documentId: null,
        properties: {},
        ...extra,
      },
    });
  };
  let edgeId = 0;
  const edge = (source: string, target: string, kind: string, role: string | null = null): void => {
    elements.push({
      group: 'edges',
      data: {
        id: `e${edgeId++}`,
        source,
        target,
        kind,
        role,
        inferred: false,
        curated: false,
        documentId: null,
        evidence: null,
      },
    });
  };
  for (let i = 0; i < documents; i++) node(`d${i}`, 'DOCUMENT', `文件${i}实施方案`);
  for (let i = 0; i < agencies; i++) node(`a${i}`, 'AGENCY', `市机构${i}局`);
  for (let i = 0; i < entities; i++) node(`n${i}`, pick(entityKinds), `创新主体${i}`);
  for (let i = 0; i < tasks; i++) {
    const doc = `d${i % documents}`;
    node(`t${i}`, 'TASK', `${i}. 任务${i}`, { documentId: doc, properties: { start: i } });
    edge(doc, `t${i}`, 'HAS_TASK');
    edge(`t${i}`, `a${Math.floor(random() * agencies)}`, 'ASSIGNED_TO', 'LEAD');
    if (random() < 0.6)
      edge(`t${i}`, `a${Math.floor(random() * agencies)}`, 'ASSIGNED_TO', 'SUPPORT');
  }
  for (let i = 0; i < entities; i++) {
    edge(`d${Math.floor(random() * documents)}`, `n${i}`, 'MENTIONS');
    if (random() < 0.3 && entities > 1)
      edge(`n${i}`, `n${Math.floor(random() * entities)}`, 'BASED_ON');
  }
  return elements;
}
