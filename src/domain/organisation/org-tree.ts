/** Departments (avdelningar) sit directly under the board; units (enheter) under a department. */
export type OrgUnitKind = 'department' | 'unit';

export interface OrgUnit {
  readonly id: string;
  /** null for a unit directly under the board. */
  readonly parentId: string | null;
  readonly kind: OrgUnitKind;
  /** The responsibility code (ansvar) the ledger uses for this unit. */
  readonly code: string;
  readonly name: string;
  readonly sortOrder: number;
}

export interface OrgTree {
  readonly units: readonly OrgUnit[];
  get(id: string): OrgUnit | undefined;
  /** The units directly under a unit, or under the board for null, in display order. */
  childrenOf(parentId: string | null): readonly OrgUnit[];
  /** From the top (a department) down to and including the unit. */
  pathTo(id: string): readonly OrgUnit[];
  /** The unit and every unit below it. */
  subtreeIds(id: string): ReadonlySet<string>;
}

function byDisplayOrder(a: OrgUnit, b: OrgUnit): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv-SE');
}

/** Builds the tree; throws on a unit whose parent is missing or on a cycle (data errors). */
export function buildOrgTree(units: readonly OrgUnit[]): OrgTree {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const children = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    if (unit.parentId !== null && !byId.has(unit.parentId)) {
      throw new Error(`Organisation unit ${unit.id} has a parent that is not in the tree`);
    }
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort(byDisplayOrder);

  const pathTo = (id: string): OrgUnit[] => {
    const path: OrgUnit[] = [];
    let current = byId.get(id);
    while (current) {
      if (path.includes(current)) throw new Error(`Organisation tree has a cycle at ${current.id}`);
      path.unshift(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return path;
  };
  units.forEach((unit) => pathTo(unit.id));

  return {
    units,
    get: (id) => byId.get(id),
    childrenOf: (parentId) => children.get(parentId) ?? [],
    pathTo,
    subtreeIds: (id) => {
      const ids = new Set<string>();
      const visit = (unitId: string): void => {
        ids.add(unitId);
        for (const child of children.get(unitId) ?? []) visit(child.id);
      };
      if (byId.has(id)) visit(id);
      return ids;
    },
  };
}
