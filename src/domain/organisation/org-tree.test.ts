import { describe, expect, it } from 'vitest';
import { anOrgUnit } from '#test/builders/follow-up';
import { buildOrgTree } from './org-tree';

describe('the organisation tree', () => {
  const tree = buildOrgTree([
    anOrgUnit({ id: 'u2', parentId: 'd1', name: 'Boende', sortOrder: 2 }),
    anOrgUnit({ id: 'd1', kind: 'department', name: 'Avdelning vuxna', sortOrder: 1 }),
    anOrgUnit({ id: 'u1', parentId: 'd1', name: 'Öppenvård', sortOrder: 1 }),
    anOrgUnit({ id: 'd0', kind: 'department', name: 'Avdelning unga', sortOrder: 0 }),
  ]);

  it('lists children in display order and finds paths and subtrees', () => {
    expect(tree.childrenOf(null).map((unit) => unit.id)).toEqual(['d0', 'd1']);
    expect(tree.childrenOf('d1').map((unit) => unit.name)).toEqual(['Öppenvård', 'Boende']);
    expect(tree.pathTo('u2').map((unit) => unit.id)).toEqual(['d1', 'u2']);
    expect([...tree.subtreeIds('d1')].sort()).toEqual(['d1', 'u1', 'u2']);
    expect(tree.subtreeIds('missing').size).toBe(0);
  });

  it('refuses a unit whose parent is missing, and a cycle', () => {
    expect(() => buildOrgTree([anOrgUnit({ id: 'a', parentId: 'x' })])).toThrow(/parent/);
    expect(() =>
      buildOrgTree([anOrgUnit({ id: 'a', parentId: 'b' }), anOrgUnit({ id: 'b', parentId: 'a' })]),
    ).toThrow(/cycle/);
  });
});
