import { GOALS_FILE_COLUMNS } from '../goals/goals-file';
import { OUTCOMES_FILE_COLUMNS } from '../goals/outcomes-file';

/**
 * The README's example files for the goals commands (examples/mal.csv, examples/utfall.csv):
 * the socialnämnd's goals of the reference interim report (001, "Måluppföljning") with its
 * 2023 targets as the proposal for 2024, as a controller writes the goals file, and outcomes at
 * 30 April 2024 for four of its indicators, made up for the example.
 */

const KF_2 =
  '2. I Alingsås finns goda livsmiljöer genom en långsiktig ekologisk, social och ekonomisk hållbar utveckling';
const KF_3 = '3. Alingsåsarna har inflytande, får god service och ett gott bemötande från kommunen';

const SELF_SUPPORT = 'Antal personer som blir självförsörjande ska öka';
const INFLUENCE = 'Att de vi är till för får än mer inflytande över sina insatser';
const SERVICE = 'Servicemätning Brilliant Future';

/** The rows, one per indicator: kf_mal … agenda2030, in the file's column order. */
const GOAL_ROWS: readonly (readonly string[])[] = [
  [
    KF_2,
    SELF_SUPPORT,
    'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    'antal',
    'lagre',
    '135',
    '<=',
    'Verksamhetssystemet Lifecare',
    '',
    '1,3,8',
  ],
  [
    '2',
    SELF_SUPPORT,
    'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)',
    '%',
    'hogre',
    '81',
    '>=',
    'Verksamhetssystemet, rapporteras till RKA',
    '',
    '1,3,8',
  ],
  [
    '2',
    'Att socialnämnden har samordnade insatser',
    'Genomsnittlig insatstid, antal dagar (exkl. boende med särskild service/familjehemsplaceringar)',
    'dagar',
    'lagre',
    '302',
    '<=',
    'Verksamhetssystemet Lifecare',
    '',
    '3,8,16',
  ],
  [
    '2',
    'Att samverkan i våld i nära ärenden ökar',
    'Våld i nära SAP (samordnade planeringar), andel (%)',
    '%',
    'hogre',
    '75',
    '>=',
    'Uppgift hämtas från verksamheten',
    '',
    '3,5,16',
  ],
  [
    KF_3,
    INFLUENCE,
    'Andel invånare som upplever att de har möjlighet till insyn och inflytande över kommunens beslut och verksamheter (%)',
    '%',
    'hogre',
    '19',
    '>',
    'Medborgarundersökningen (SCB)',
    '',
    '3,16',
  ],
  [
    '3',
    INFLUENCE,
    'Andel (%) som svarat ja på att de varit med att ta fram sina mål',
    '%',
    'hogre',
    '90',
    '>=',
    'Intern brukarundersökning',
    '',
    '3,16',
  ],
  [
    '3',
    'De som tar kontakt med socialförvaltningen via telefon och är nöjda med bemötandet ska öka',
    'Nöjd med bemötandet via telefoni, index 0-100',
    'index',
    'hogre',
    '82,2',
    '>=',
    SERVICE,
    '',
    '',
  ],
  [
    '3',
    'De som tar kontakt via telefon och enkelt får hjälp med sin fråga ska öka',
    'Enkelt att få hjälp med sin fråga via telefoni, index 0-100',
    'index',
    'hogre',
    '73,8',
    '>=',
    SERVICE,
    '',
    '',
  ],
  [
    '3',
    'De som tar kontakt via e-post och får ett tydligt svar ska öka',
    'Tydligt svar från kommunen via e-post, index 0-100',
    'index',
    'hogre',
    '82,3',
    '>=',
    SERVICE,
    '',
    '',
  ],
  [
    '3',
    'De som tar kontakt via e-post och enkelt får hjälp ska öka',
    'Enkelt att få hjälp med sin fråga via e-post, index 0-100',
    'index',
    'hogre',
    '79,4',
    '>=',
    SERVICE,
    '',
    '',
  ],
];

const OUTCOME_ROWS: readonly (readonly string[])[] = [
  [
    'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd',
    '2024-04-30',
    '158',
    '80',
    '78',
  ],
  [
    'Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%)',
    '2024-04-30',
    '74',
    '73',
    '75',
  ],
  [
    'Genomsnittlig insatstid, antal dagar (exkl. boende med särskild service/familjehemsplaceringar)',
    '2024-04-30',
    '287',
    '279',
    '296',
  ],
  ['Våld i nära SAP (samordnade planeringar), andel (%)', '2024-04-30', '68', '', ''],
];

/** examples/mal.csv: the goals file's rows, the header first. */
export const demoGoalsExample = (): readonly (readonly string[])[] => [
  GOALS_FILE_COLUMNS,
  ...GOAL_ROWS,
];

/** examples/utfall.csv: the outcomes file's rows, the header first. */
export const demoOutcomesExample = (): readonly (readonly string[])[] => [
  OUTCOMES_FILE_COLUMNS,
  ...OUTCOME_ROWS,
];
