/**
 * Account groups (kontogrupper): the lines of the operating statement that accounts map to.
 * The order here is the order of the documents' tables.
 */
export const ACCOUNT_GROUPS = [
  'operating_revenue',
  'personnel_costs',
  'premises_rent',
  'purchased_services',
  'other_costs',
  'financial_items',
] as const;

export type AccountGroup = (typeof ACCOUNT_GROUPS)[number];

/** The four groups that make up Verksamhetens kostnader. */
export const OPERATING_COST_GROUPS = [
  'personnel_costs',
  'premises_rent',
  'purchased_services',
  'other_costs',
] as const satisfies readonly AccountGroup[];

export const ACCOUNT_GROUP_NAMES_SV: Readonly<Record<AccountGroup, string>> = {
  operating_revenue: 'Verksamhetens intäkter',
  personnel_costs: 'Personalkostnader',
  premises_rent: 'Lokalhyror',
  purchased_services: 'Köp av tjänster',
  other_costs: 'Övriga kostnader',
  financial_items: 'Finansnetto',
};

export function isAccountGroup(value: unknown): value is AccountGroup {
  return typeof value === 'string' && (ACCOUNT_GROUPS as readonly string[]).includes(value);
}

/** Finds a group by its Swedish name, ignoring case and surrounding space (for mapping files). */
export function accountGroupFromSwedishName(name: string): AccountGroup | undefined {
  const wanted = name.trim().toLocaleLowerCase('sv-SE');
  return ACCOUNT_GROUPS.find(
    (group) => ACCOUNT_GROUP_NAMES_SV[group].toLocaleLowerCase('sv-SE') === wanted,
  );
}
