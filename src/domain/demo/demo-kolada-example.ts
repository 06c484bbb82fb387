import { DEMO_MUNICIPALITY } from './demo-organisation';

/**
 * The README's Kolada example (examples/kolada.json): an answer of Kolada's API v2 data
 * endpoint as a controller saves it, for one KPI. The figures are made up in 001's image: the
 * telephony index of Alingsås (the demo) in 2023 is 82,2, and the participating municipalities'
 * 2022 indexes average 82,2 — the target 001 sets from Kolada ("genomsnittligt index för
 * samtliga deltagande kommuner år 2022"). The KPI id is the one the tests use, not Kolada's
 * real id for the measurement.
 */

export const DEMO_KOLADA_KPI = 'N31807';

/** Neighbouring municipalities (kommunkod) and their made-up 2022 indexes: 82,2 on average. */
const PARTICIPANTS_2022: readonly (readonly [string, number])[] = [
  ['1401', 80],
  ['1402', 84],
  ['1440', 81.5],
  ['1441', 83],
  ['1462', 82.4],
  ['1480', 79.9],
  ['1488', 85],
  ['1490', 81.8],
];

const item = (municipality: string, period: number, value: number, count: number) => ({
  kpi: DEMO_KOLADA_KPI,
  municipality,
  period,
  values: [{ gender: 'T', value, count, status: '' }],
});

/** The file's text: Kolada's JSON, two-space indented, ending in a newline. */
export function demoKoladaExample(): string {
  const values = [
    item(DEMO_MUNICIPALITY.code, 2023, 82.2, 1),
    ...PARTICIPANTS_2022.map(([code, value]) => item(code, 2022, value, 1)),
    item('0000', 2022, 81.6, 154),
  ];
  return `${JSON.stringify({ values, count: values.length }, null, 2)}\n`;
}
