/** Kritiska verksamhetsfaktorer: the perspectives 001 and 002 group them by. */
export const PERSPECTIVES = ['economy', 'target_group', 'operations', 'staff'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const PERSPECTIVE_NAMES_SV: Readonly<Record<Perspective, string>> = {
  economy: 'Ekonomi',
  target_group: 'Målgrupp',
  operations: 'Verksamhet',
  staff: 'Medarbetare',
};
