import type { AssessmentLevel } from '../goals/assessment';
import type { GoalSet, GoalSetIndicator } from '../goals/goal-set';
import type { Comparator, Direction, IndicatorUnit } from '../goals/indicator';
import { parseIndicatorValue, type IndicatorValue } from '../goals/indicator-value';
import { isoDate } from '../kernel/period';
import {
  COORDINATED_EFFORTS,
  DOMESTIC_VIOLENCE,
  EMAIL_ANSWER,
  EMAIL_HELP,
  INFLUENCE,
  PHONE_HELP,
  PHONE_TREATMENT,
  RISK_ANALYSIS_NOTE,
  SELF_SUPPORTING,
  type DemoGoalTexts,
} from './demo-goals-2023-texts';

/**
 * Alingsås (demo)'s goals 2023 as the interim report 2023 (001, Måluppföljning) gives them:
 * the council's goals 2 and 3 of the period 2023–2026, Socialnämnden's eight goals under them
 * in 001's order, their ten indicators (seed-tables.json `001_indicators_2023`) with the year's
 * target, the outcome at 31 August 2023 (women and men where 001 gives them), 2022's outcome
 * at 31 December 2022 in the same series and the whole municipality's figure beside the
 * service measurement's; and the assessment at the interim report (month 8) with its analysis.
 * 001 prints the assessment as a colour only; the levels here are read from its analysis texts.
 */

/** A figure as 001 writes it ("82,2"). */
function figure(text: string): IndicatorValue {
  const parsed = parseIndicatorValue(text);
  if (!parsed.ok) throw new RangeError(`Not a figure: ${text}`);
  return parsed.value;
}

const AUGUST_2023 = isoDate(2023, 8, 31);
const END_OF_2022 = isoDate(2022, 12, 31);

/** The whole municipality's result beside the shared area's (001: "80,5 (hela kommunen)"). */
export const WHOLE_MUNICIPALITY = 'Hela kommunen';

interface DemoIndicator {
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  /** As 001 writes it: "≥81", ">19", or a bare figure (the comparator the direction implies). */
  readonly target: string;
  readonly source: string;
  /** 31 Aug 2023: total, women, men ('' where 001 gives none). */
  readonly august?: readonly [string, string?, string?];
  readonly previousYear?: string;
  readonly wholeMunicipality?: string;
}

const COMPARATOR_SIGNS: Readonly<Record<string, Comparator>> = {
  '≥': '>=',
  '≤': '<=',
  '>': '>',
  '<': '<',
  '=': '=',
};

function indicator(source: DemoIndicator): GoalSetIndicator {
  const sign = COMPARATOR_SIGNS[source.target.charAt(0)];
  const comparator = sign ?? (source.direction === 'lower' ? '<=' : '>=');
  const value = figure(sign === undefined ? source.target : source.target.slice(1));
  const optional = (text: string | undefined) => (text === undefined ? null : figure(text));
  const [total, women, men] = source.august ?? [];
  return {
    name: source.name,
    unit: source.unit,
    direction: source.direction,
    target: { comparator, value },
    source: source.source,
    koladaKpi: null,
    byGender: women !== undefined,
    outcomes: [
      ...(source.previousYear === undefined
        ? []
        : [
            { measuredOn: END_OF_2022, total: figure(source.previousYear), women: null, men: null },
          ]),
      ...(total === undefined
        ? []
        : [
            {
              measuredOn: AUGUST_2023,
              total: figure(total),
              women: optional(women),
              men: optional(men),
            },
          ]),
    ],
    comparisons:
      source.wholeMunicipality === undefined
        ? []
        : [
            {
              measuredOn: AUGUST_2023,
              label: WHOLE_MUNICIPALITY,
              value: figure(source.wholeMunicipality),
            },
          ],
  };
}

function boardGoal(
  councilGoalNumber: 2 | 3,
  text: string,
  councilIndicator: string,
  texts: DemoGoalTexts,
  agenda2030: readonly number[],
  level: AssessmentLevel,
  indicators: readonly DemoIndicator[],
) {
  return {
    councilGoalNumber,
    text,
    contribution: texts.contribution,
    councilIndicator,
    agenda2030,
    indicators: indicators.map(indicator),
    assessments: [{ reportMonth: 8 as const, level, analysis: texts.analysis }],
  };
}

const SERVICE_MEASUREMENT = 'Servicemätning Brilliant Future';

export const DEMO_GOALS_2023: GoalSet = {
  year: 2023,
  termStartYear: 2023,
  councilGoals: [
    {
      number: 2,
      text: 'I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling',
    },
    {
      number: 3,
      text: 'Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen',
    },
  ],
  boardGoals: [
    boardGoal(
      2,
      'Antal personer som blir självförsörjande ska öka',
      'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)',
      SELF_SUPPORTING,
      [1, 3, 8],
      'not_met',
      [
        {
          name: 'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
          unit: 'count',
          direction: 'lower',
          target: '135',
          source: 'Verksamhetssystemet Lifecare',
          august: ['166', '85', '81'],
          previousYear: '139',
        },
        {
          name: 'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)',
          unit: 'percent',
          direction: 'higher',
          target: '≥81',
          source: 'Verksamhetssystemet, rapporteras till RKA',
          august: ['70', '69', '70'],
          previousYear: '81',
        },
      ],
    ),
    boardGoal(
      2,
      'Att socialnämnden har samordnade insatser',
      RISK_ANALYSIS_NOTE,
      COORDINATED_EFFORTS,
      [3, 8, 16],
      'met',
      [
        {
          name: 'Genomsnittlig insatstid, antal dagar (exkl. boende med särskild service/familjehemsplaceringar)',
          unit: 'days',
          direction: 'lower',
          target: '302',
          source: 'Verksamhetssystemet Lifecare',
          august: ['291', '282', '300'],
          previousYear: '318',
        },
      ],
    ),
    boardGoal(
      2,
      'Att samverkan i våld i nära ärenden ökar',
      RISK_ANALYSIS_NOTE,
      DOMESTIC_VIOLENCE,
      [3, 5, 16],
      'partly_met',
      [
        {
          name: 'Våld i nära SAP (samordnade planeringar), andel (%)',
          unit: 'percent',
          direction: 'higher',
          target: '75',
          source: 'Uppgift hämtas från verksamheten',
          august: ['60'],
        },
      ],
    ),
    boardGoal(
      3,
      'Att de vi är till för får än mer inflytande över sina insatser',
      'Andel invånare som upplever att de har möjlighet till insyn och inflytande över kommunens beslut och verksamheter (%)',
      INFLUENCE,
      [3, 16],
      'largely_met',
      [
        {
          name: 'Andel invånare som upplever att de har möjlighet till insyn och inflytande över kommunens beslut och verksamheter (%)',
          unit: 'percent',
          direction: 'higher',
          target: '>19',
          source: 'Medborgarundersökningen (SCB)',
          previousYear: '19',
        },
        {
          name: 'Andel (%) som svarat ja på att de varit med att ta fram sina mål',
          unit: 'percent',
          direction: 'higher',
          target: '90',
          source: 'Intern brukarundersökning',
          august: ['82'],
        },
      ],
    ),
    boardGoal(
      3,
      'De som tar kontakt med socialförvaltningen via telefon och är nöjda med bemötandet ska öka',
      'Nöjd med bemötandet via telefoni, index 0-100',
      PHONE_TREATMENT,
      [],
      'met',
      [
        {
          name: 'Nöjd med bemötandet via telefoni, index 0-100',
          unit: 'index',
          direction: 'higher',
          target: '82,2',
          source: SERVICE_MEASUREMENT,
          august: ['82,2'],
          wholeMunicipality: '80,5',
        },
      ],
    ),
    boardGoal(
      3,
      'De som tar kontakt med socialförvaltningen via telefon och enkelt får hjälp med sin fråga ska öka',
      'Enkelt att få hjälp med sin fråga via telefoni, index 0-100',
      PHONE_HELP,
      [],
      'not_met',
      [
        {
          name: 'Enkelt att få hjälp med sin fråga via telefoni, index 0-100',
          unit: 'index',
          direction: 'higher',
          target: '73,8',
          source: SERVICE_MEASUREMENT,
          august: ['68,6'],
          wholeMunicipality: '69,1',
        },
      ],
    ),
    boardGoal(
      3,
      'De som tar kontakt med socialförvaltningen via e-post och får ett tydligt svar på sin fråga ska öka',
      'Tydligt svar från kommunen via e-post, index 0-100',
      EMAIL_ANSWER,
      [],
      'not_met',
      [
        {
          name: 'Tydligt svar från kommunen via e-post, index 0-100',
          unit: 'index',
          direction: 'higher',
          target: '82,3',
          source: SERVICE_MEASUREMENT,
          august: ['76,9'],
          wholeMunicipality: '82,5',
        },
      ],
    ),
    boardGoal(
      3,
      'De som tar kontakt med socialförvaltningen via e-post och enkelt får hjälp med sin fråga ska öka',
      'Enkelt att få hjälp med sin fråga via e-post, index 0-100',
      EMAIL_HELP,
      [],
      'not_met',
      [
        {
          name: 'Enkelt att få hjälp med sin fråga via e-post, index 0-100',
          unit: 'index',
          direction: 'higher',
          target: '79,4',
          source: SERVICE_MEASUREMENT,
          august: ['69,2'],
          wholeMunicipality: '79,9',
        },
      ],
    ),
  ],
};
