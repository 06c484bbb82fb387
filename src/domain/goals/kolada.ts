import { indicatorValueFromNumber, type IndicatorValue } from './indicator-value';

/**
 * Kolada (RKA's open database of municipal KPIs): what its API v2 data endpoint answers
 * (`/v2/data/kpi/{kpi}/municipality/{id}[/year/{år}]`), as a file saved from it or a page
 * fetched from it:
 *
 *   {"values":[{"kpi":"N31807","municipality":"1489","period":2022,
 *     "values":[{"gender":"T","value":84.0,"count":1,"status":""}, {"gender":"K",…}, …]}],
 *    "count":1, "next_page":"https://…"}
 *
 * One item per KPI, municipality (a kommun's four digits, "0000" Riket, a municipality group
 * "G33956") and year; within it one value per gender, T totalt, K kvinnor, M män. A value may
 * be null (Kolada has none); a group's value is the unweighted average of its members and its
 * count how many had one.
 */

export const KOLADA_GENDERS = ['T', 'K', 'M'] as const;
export type KoladaGender = (typeof KOLADA_GENDERS)[number];

export const KOLADA_GENDER_NAMES_SV: Readonly<Record<KoladaGender, string>> = {
  T: 'totalt',
  K: 'kvinnor',
  M: 'män',
};

/** Kolada's id of the whole country (Riket). */
export const KOLADA_RIKET = '0000';

/** The source an indicator whose figures come from Kolada names (källa), as 001 writes it. */
export const KOLADA_SOURCE_SV = 'Kolada (RKA)';

const KPI_ID = /^[A-Z]\d{5}$/;
/** A kommun or region (four digits, "0000" Riket) or a municipality group ("G" and digits). */
const MUNICIPALITY_ID = /^(?:\d{4}|G\d{1,9})$/;
const FIRST_PERIOD = 1990;
const LAST_PERIOD = 2199;
/** The largest figure an indicator value holds exactly (ten-thousandths within 2^53). */
const LARGEST_VALUE = 900_000_000_000;

/** One figure of Kolada: a KPI's value for a municipality (or group), year and gender. */
export interface KoladaValue {
  readonly kpi: string;
  /** Kolada's id: "1489", "0000" (Riket), "G33956" (a municipality group). */
  readonly municipality: string;
  readonly period: number;
  readonly gender: KoladaGender;
  /** Null: Kolada has no value (not published, too few to show). */
  readonly value: IndicatorValue | null;
  /** How many the value rests on (a group: the members with a value); null when not given. */
  readonly count: number | null;
}

/** A page (or a whole saved file) of Kolada's data. */
export interface KoladaData {
  readonly values: readonly KoladaValue[];
  /** Kolada's address of the next page, when there is one. */
  readonly nextPage: string | null;
}

export type KoladaProblem =
  | 'not-json'
  | 'not-kolada'
  | 'bad-kpi'
  | 'bad-municipality'
  | 'bad-period'
  | 'bad-gender'
  | 'duplicate-gender'
  | 'duplicate-item'
  | 'bad-value'
  | 'value-too-large'
  | 'bad-count';

/** A problem with the data, at its place: the item of `values` (0-based) and the field. */
export interface KoladaIssue {
  /** The item of the top `values` list, or null for the whole answer. */
  readonly item: number | null;
  /** The place within it: "kpi", "values[1].gender", or for the whole answer "values". */
  readonly field: string;
  readonly problem: KoladaProblem;
  /** What stood there, as JSON (or the parser's message, for text that is not JSON). */
  readonly value: string;
  /** For an item given twice: the item that gave it first. */
  readonly earlierItem?: number;
}

export type KoladaParse =
  | { readonly ok: true; readonly data: KoladaData }
  | { readonly ok: false; readonly issues: readonly KoladaIssue[] };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const shown = (value: Json | undefined): string =>
  value === undefined ? '(saknas)' : JSON.stringify(value);

/** Reads Kolada's answer (a saved file's text); every problem is named, and none means all read. */
export function parseKoladaData(text: string): KoladaParse {
  let json: Json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, '')) as Json;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ item: null, field: '', problem: 'not-json', value: message }],
    };
  }
  if (!isObject(json) || !Array.isArray(json.values)) {
    return {
      ok: false,
      issues: [
        {
          item: null,
          field: 'values',
          problem: 'not-kolada',
          value: isObject(json) ? shown(json.values) : shown(json),
        },
      ],
    };
  }
  const issues: KoladaIssue[] = [];
  const nextPage = json.next_page;
  if (nextPage !== undefined && nextPage !== null && typeof nextPage !== 'string') {
    issues.push({ item: null, field: 'next_page', problem: 'not-kolada', value: shown(nextPage) });
  }
  const values: KoladaValue[] = [];
  const seen = new Map<string, number>();
  json.values.forEach((item, index) => {
    const read = readItem(item, index, issues);
    if (!read) return;
    const key = `${read.kpi} ${read.municipality} ${String(read.period)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      issues.push({
        item: index,
        field: '',
        problem: 'duplicate-item',
        value: `nyckeltal ${read.kpi}, kommun ${read.municipality}, år ${String(read.period)}`,
        earlierItem: earlier,
      });
      return;
    }
    seen.set(key, index);
    values.push(...read.values);
  });
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, data: { values, nextPage: typeof nextPage === 'string' ? nextPage : null } };
}

interface ReadItem {
  readonly kpi: string;
  readonly municipality: string;
  readonly period: number;
  readonly values: readonly KoladaValue[];
}

function readItem(item: Json, index: number, issues: KoladaIssue[]): ReadItem | null {
  const issue = (field: string, problem: KoladaProblem, value: Json | undefined) =>
    issues.push({ item: index, field, problem, value: shown(value) });
  if (!isObject(item) || !Array.isArray(item.values)) {
    issue(isObject(item) ? 'values' : '', 'not-kolada', isObject(item) ? item.values : item);
    return null;
  }
  const before = issues.length;
  const { kpi, municipality, period } = item;
  if (typeof kpi !== 'string' || !KPI_ID.test(kpi)) issue('kpi', 'bad-kpi', kpi);
  if (typeof municipality !== 'string' || !MUNICIPALITY_ID.test(municipality))
    issue('municipality', 'bad-municipality', municipality);
  const year = periodOf(period);
  if (year === null) issue('period', 'bad-period', period);
  const genders = new Set<KoladaGender>();
  const figures: { gender: KoladaGender; value: IndicatorValue | null; count: number | null }[] =
    [];
  item.values.forEach((entry, at) => {
    const place = `values[${String(at)}]`;
    if (!isObject(entry)) {
      issue(place, 'not-kolada', entry);
      return;
    }
    const { gender, value, count } = entry;
    const known = typeof gender === 'string' && isKoladaGender(gender) ? gender : null;
    if (known === null) issue(`${place}.gender`, 'bad-gender', gender);
    else if (genders.has(known)) issue(`${place}.gender`, 'duplicate-gender', gender);
    else genders.add(known);
    const figure = figureOf(value);
    if (figure === 'bad') issue(`${place}.value`, 'bad-value', value);
    else if (figure === 'too-large') issue(`${place}.value`, 'value-too-large', value);
    const counted = count === undefined || count === null ? null : count;
    if (
      counted !== null &&
      !(typeof counted === 'number' && Number.isSafeInteger(counted) && counted >= 0)
    )
      issue(`${place}.count`, 'bad-count', count);
    if (known !== null && typeof figure !== 'string')
      figures.push({
        gender: known,
        value: figure,
        count: typeof counted === 'number' ? counted : null,
      });
  });
  if (issues.length > before || typeof kpi !== 'string' || typeof municipality !== 'string')
    return null;
  if (year === null) return null;
  return {
    kpi,
    municipality,
    period: year,
    values: figures.map((figure) => ({ kpi, municipality, period: year, ...figure })),
  };
}

export const isKoladaGender = (value: string): value is KoladaGender =>
  (KOLADA_GENDERS as readonly string[]).includes(value);

/** The year: a whole number (or its four digits as text, as Kolada's first API gave it). */
function periodOf(period: Json | undefined): number | null {
  const year =
    typeof period === 'number'
      ? period
      : typeof period === 'string' && /^\d{4}$/.test(period)
        ? Number(period)
        : NaN;
  return Number.isInteger(year) && year >= FIRST_PERIOD && year <= LAST_PERIOD ? year : null;
}

/** The value: a JSON number, or null for none; anything else is no figure. */
function figureOf(value: Json | undefined): IndicatorValue | null | 'bad' | 'too-large' {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'bad';
  if (Math.abs(value) >= LARGEST_VALUE) return 'too-large';
  return indicatorValueFromNumber(value);
}

const PROBLEMS_SV: Readonly<Record<KoladaProblem, string>> = {
  'not-json': 'är inte JSON',
  'not-kolada': 'har inte Koladas form',
  'bad-kpi': 'är inget KPI-id i Kolada (en stor bokstav och fem siffror, t.ex. N31807)',
  'bad-municipality':
    'är ingen kommun i Kolada (fyra siffror som 1489, 0000 för riket, eller en kommungrupp som G33956)',
  'bad-period': `är inget år (ett heltal ${String(FIRST_PERIOD)}–${String(LAST_PERIOD)})`,
  'bad-gender': 'är inget kön i Kolada (T totalt, K kvinnor eller M män)',
  'duplicate-gender': 'finns två gånger i samma post',
  'duplicate-item': 'finns redan',
  'bad-value': 'är inget tal (ett tal med punkt, eller null för inget värde)',
  'value-too-large': 'är för stort för ett nyckeltal',
  'bad-count': 'är inget antal (ett heltal 0 eller större)',
};

/**
 * The problem in Swedish, naming its place: "Post 3 (values[2]), fältet period: ”22” är inget
 * år (ett heltal 1990–2199)." `where` names the file or address it came from.
 */
export function koladaIssueSv(issue: KoladaIssue, where: string): string {
  if (issue.problem === 'not-json') return `${where} är inte JSON: ${issue.value}.`;
  if (issue.item === null) {
    return issue.field === 'values'
      ? `${where} har inte Koladas form: ett objekt med listan values väntades (values är ${issue.value}).`
      : `${where}, fältet ${issue.field}: ${issue.value} ${PROBLEMS_SV[issue.problem]}.`;
  }
  const item = `${where}, post ${String(issue.item + 1)} (values[${String(issue.item)}])`;
  if (issue.problem === 'duplicate-item')
    return `${item}: ${issue.value} finns redan i post ${String((issue.earlierItem ?? 0) + 1)}.`;
  if (issue.problem === 'not-kolada') {
    return issue.field === ''
      ? `${item} är inget objekt med kpi, municipality, period och values (${issue.value}).`
      : `${item}, fältet ${issue.field}: ${issue.value} ${PROBLEMS_SV[issue.problem]} (en lista av objekt med gender och value väntades).`;
  }
  return `${item}, fältet ${issue.field}: ${issue.value} ${PROBLEMS_SV[issue.problem]}.`;
}
