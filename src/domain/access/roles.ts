/**
 * The roles of a board's people, and what each may do. A role is held in a municipality for a
 * scope (the whole municipality, a board, a department or a unit): see access-policy.ts.
 */
export const ROLES = [
  'admin',
  'controller',
  'department-head',
  'unit-head',
  'board-member',
  'auditor',
  'hr',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const ROLE_NAMES_SV: Readonly<Record<Role, string>> = {
  admin: 'Administratör',
  controller: 'Controller/ekonom',
  'department-head': 'Avdelningschef',
  'unit-head': 'Enhetschef',
  'board-member': 'Nämndledamot',
  auditor: 'Revisor',
  hr: 'Personalfunktion/HR',
};

/** What a role may do; each permission is checked against the scope of the grant. */
export const PERMISSIONS = [
  /** See the municipality, its boards and the years they have data for. */
  'organisation:read',
  /** The operating statement and its drill-down to transactions. */
  'statement:read',
  /** The board's budget versions and their figures. */
  'budget:read',
  /** Start budget versions, set their figures, record the decision. */
  'budget:edit',
  /** The monthly follow-up: the units' figures, forecasts, comments and where they stand. */
  'follow-up:read',
  /** Enter a unit's forecasts, comment and action, and submit them (for one's own units). */
  'follow-up:report',
  /** Review the units' reports, set when comments are required, publish and reopen months. */
  'follow-up:manage',
  /** The board's published monthly reports (months a controller has published), as documents. */
  'follow-up:published',
  /** Import the ledger, undo imports. */
  'ledger:import',
  /** The list of imports and how files are read. */
  'ledger:history',
  /** The board's goals and indicators, their outcomes and assessments. */
  'goals:read',
  /** Enter the outcomes of the indicators one owns (through one's unit or by name). */
  'goals:outcomes',
  /** Set the goals up, set any outcome, the assessments and their analysis. */
  'goals:edit',
  /** The risk analysis, critical success factors, internal control plan and its follow-up. */
  'internal-control:read',
  /** Edit the risk analysis, the factors, the plan and its follow-up; draw samples. */
  'internal-control:edit',
  /** Open a sample's items (they name users of a log; every read audited). */
  'internal-control:samples',
  /** Review the sampled items of one's own units (the unit head). */
  'internal-control:review',
  /** Search and export the audit log. */
  'audit:read',
  /** Users, their roles, the organisation and the account mapping. */
  'administration:manage',
  /** Sick leave and other personnel figures (a unit's or department's table is audited). */
  'personnel:read',
  /** Import the HR system's export, undo its latest import. */
  'personnel:import',
  /**
   * Placements, financial assistance and the other volumes (Volymer och personal): the board's
   * figures, or a head's own units'.
   */
  'volumes:read',
  /**
   * The interim and annual reports: see and write the sections assigned to one (a writer), or
   * every section (the controller, who also has reports:manage).
   */
  'reports:write',
  /** Open a report, assign its sections, review them, return and approve them. */
  'reports:manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Administratör: users, organisation, mappings. Controller: all units of a board, imports,
 * the budget, the review of the monthly follow-up (and a unit's report where it helps, e.g.
 * forecasts gathered by mail). Avdelningschef and enhetschef: their units' figures, and their
 * forecasts, comments and actions in the monthly follow-up, and the board's published reports.
 * Nämndledamot: published reports only. Revisor: reads everything, the audit log too, and
 * changes nothing. Personalfunktion/HR: the personnel figures (sick leave) and the HR export,
 * nothing of the money; the controller sees and imports them too, no other role does.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['organisation:read', 'audit:read', 'administration:manage'],
  controller: [
    'organisation:read',
    'statement:read',
    'budget:read',
    'budget:edit',
    'follow-up:read',
    'follow-up:report',
    'follow-up:manage',
    'follow-up:published',
    'ledger:import',
    'ledger:history',
    'goals:read',
    'goals:outcomes',
    'goals:edit',
    'internal-control:read',
    'internal-control:edit',
    'internal-control:samples',
    'personnel:read',
    'personnel:import',
    'volumes:read',
    'reports:write',
    'reports:manage',
  ],
  'department-head': [
    'organisation:read',
    'statement:read',
    'follow-up:read',
    'follow-up:report',
    'follow-up:published',
    'goals:read',
    'goals:outcomes',
    'internal-control:read',
    'internal-control:samples',
    'internal-control:review',
    'volumes:read',
    'reports:write',
  ],
  'unit-head': [
    'organisation:read',
    'statement:read',
    'follow-up:read',
    'follow-up:report',
    'follow-up:published',
    'goals:read',
    'goals:outcomes',
    'internal-control:read',
    'internal-control:samples',
    'internal-control:review',
    'volumes:read',
    'reports:write',
  ],
  'board-member': [
    'organisation:read',
    'follow-up:published',
    'goals:read',
    'internal-control:read',
    'volumes:read',
  ],
  auditor: [
    'organisation:read',
    'statement:read',
    'budget:read',
    'follow-up:read',
    'follow-up:published',
    'goals:read',
    'internal-control:read',
    'internal-control:samples',
    'ledger:history',
    'audit:read',
    'volumes:read',
  ],
  hr: ['organisation:read', 'personnel:read', 'personnel:import', 'volumes:read', 'reports:write'],
};

/** The scope a role is granted for: the municipality, a board, or a department or unit. */
export type GrantScope = 'municipality' | 'board' | 'org-unit';

/** Which scopes each role is given for (an enhetschef for units, a controller for a board). */
export const ROLE_SCOPES: Readonly<Record<Role, readonly GrantScope[]>> = {
  admin: ['municipality'],
  controller: ['board'],
  'department-head': ['org-unit'],
  'unit-head': ['org-unit'],
  'board-member': ['board'],
  auditor: ['municipality'],
  // The personalfunktion serves every board of the municipality.
  hr: ['municipality'],
};
