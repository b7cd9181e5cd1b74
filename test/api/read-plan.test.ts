import { describe, expect, it } from 'vitest';
import { toReadPlan } from '../../api/to-read-plan.js';

describe('toReadPlan', () => {
  it('reads the properties whose names the operation writes, and no others', () => {
    const plan = toReadPlan('query { responsibilityMatrix(jurisdiction: "x") { cells { role } } }');
    expect(plan.reads('role')).toBe(true);
    expect(plan.reads('body')).toBe(false);
    expect(plan.reads('evidence')).toBe(false);
  });

  it('finds names inside fragments and inline fragments', () => {
    const plan = toReadPlan(
      'query { node(id: "x") { ...T } } fragment T on Task { ... on Task { body deadline } }',
    );
    expect(plan.reads('body')).toBe(true);
    expect(plan.reads('deadline')).toBe(true);
    expect(plan.reads('title')).toBe(false);
  });

  it('reads everything for annotations, whose labels come from other properties', () => {
    const plan = toReadPlan('query { document(id: "x") { annotations { label } } }');
    expect(plan.reads('title')).toBe(true);
    expect(plan.reads('sentence')).toBe(true);
  });

  it('reads everything when the operation text is not at hand', () => {
    expect(toReadPlan(undefined).reads('body')).toBe(true);
    expect(toReadPlan('').reads('evidence')).toBe(true);
  });
});

describe('toReadPlan for an operation sent again', () => {
  it('gives the plan of the first time, and keeps at most a thousand texts', () => {
    const query = `query { agency(id: "${Math.random()}") { name } }`;
    const first = toReadPlan(query);
    expect(toReadPlan(query)).toBe(first);
    for (let i = 0; i < 1_000; i += 1) toReadPlan(`query { task(id: "${i}") { title } }`);
    const again = toReadPlan(query);
    expect(again).not.toBe(first);
    expect(again.reads('name')).toBe(true);
    expect(again.reads('title')).toBe(false);
  });
});
