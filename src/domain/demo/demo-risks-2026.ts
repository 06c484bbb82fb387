import type { RiskTreatment, ScaleStep } from '../internal-control/risk-scales';

/**
 * Alingsås (demo)'s risk and materiality analysis for 2026 as 002 (Bilaga 2) gives it:
 * Socialnämnden's twelve risks in 002's order (highest value first), their descriptions with
 * the scan's damaged letters repaired, likelihood, impact and treatment (seed-tables.json
 * `002_risk_analysis`). 002's first value reads "1"; it is 4 × 3 = 12 (RULES.md). 002 names no
 * owner, process or area.
 */

export interface DemoRisk {
  readonly name: string;
  readonly description: string;
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
  readonly treatment: Exclude<RiskTreatment, 'own'>;
}

export const DEMO_RISK_YEAR = 2026;

export const DEMO_RISKS_2026: readonly DemoRisk[] = [
  {
    name: 'Förändrat (ökat) tryck på verksamheten utifrån inflöde',
    description:
      'Att ett ökat inflöde av ärenden och nya eller förändrade behov hos målgrupperna skapar ett oförutsägbart tryck på verksamheten, vilket kan leda till bristande resurser och/eller försämrad kvalitet på insatserna.',
    likelihood: 4,
    impact: 3,
    treatment: 'critical_factors',
  },
  {
    name: 'Bristande rättssäkerhet',
    description:
      'Att brister i handläggningen kan leda till att individers rättigheter åsidosätts, vilket riskerar att påverka kvaliteten på insatser och undergräva förtroendet för socialnämndens beslut och insatser.',
    likelihood: 3,
    impact: 3,
    treatment: 'control_plan',
  },
  {
    name: 'Vi är inte representerade i nya arenor där vi behöver vara',
    description:
      'Att socialnämnden inte är närvarande på viktiga arenor, inklusive digitala plattformar, vilket kan leda till en begränsad förståelse för aktuella behov och en minskad möjlighet att nå ut till målgrupper.',
    likelihood: 3,
    impact: 3,
    treatment: 'measures_taken',
  },
  {
    name: 'Nämnden behöver arbeta kompensatoriskt för att andra huvudmän inte tar sitt ansvar',
    description:
      'Att socialnämnden tvingas arbeta kompensatoriskt för att fylla mellanrum där andra huvudmän, såsom exempelvis Försäkringskassan, regionen och andra nämnder inte ser det som deras ansvar, vilket kan leda till överbelastning av resurser och försämrade insatser.',
    likelihood: 3,
    impact: 3,
    treatment: 'critical_factors',
  },
  {
    name: 'Sämre mottaglighet på grund av tillitsbrist från alingsåsare',
    description:
      'Att en bristande tillit från alingsåsare gentemot socialnämnden leder till minskad mottaglighet för insatser, vilket kan påverka kvaliteten, leda till resursdränering eller att man inte når individer eller målgrupper med behov.',
    likelihood: 3,
    impact: 3,
    treatment: 'measures_taken',
  },
  {
    name: 'Större IT-attack',
    description:
      'Att kritiska verksamhetssystem skulle slås ut under en period vilket skulle kunna påverka rättssäkerhet och leda till dataförlust och/eller ökad arbetsbelastning och försämrad tillgänglighet.',
    likelihood: 3,
    impact: 3,
    treatment: 'control_plan',
  },
  {
    name: 'Inte rustade för aktivitetskravet',
    description:
      'Att nämnden inte efterlever aktivitetskravet utifrån att det inte finns tillräckligt med sysselsättning för individer som omfattas.',
    likelihood: 4,
    impact: 2,
    treatment: 'control_plan',
  },
  {
    name: 'Delikatessjävssituationer',
    description:
      'Att det uppstår jävssituationer inom beslutsfattande processer som kan påverka objektiviteten och rättssäkerheten i socialnämndens insatser.',
    likelihood: 4,
    impact: 2,
    treatment: 'measures_taken',
  },
  {
    name: 'Oförankrat säkerhetstänk hot och våld',
    description:
      'Att säkerhetsarbetet och -rutiner inte är förankrat hos all personal vilket kan leda till en ökad risk för hot och våld.',
    likelihood: 2,
    impact: 4,
    treatment: 'measures_started',
  },
  {
    name: 'Välfärdsbrottslighet',
    description:
      'Risk att kommunens välfärdssystem otillbörligen utnyttjas av en eller flera aktörer - företag, förening eller privatperson, för egen vinning.',
    likelihood: 2,
    impact: 4,
    treatment: 'control_plan',
  },
  {
    name: 'Otillräcklig kompetensförsörjning',
    description:
      'Kvalitet i verksamheten blir lidande, kan utmana möjligheten att uppnå målen i verksamheten, kan medföra ökande kostnader direkt och indirekt',
    likelihood: 3,
    impact: 2,
    treatment: 'control_plan',
  },
  {
    name: 'Oegentligheter',
    description:
      'Att medarbetare kan engagera sig i oegentligheter, vilket kan undergräva förtroendet för socialnämnden, påverka kvaliteten på de insatser som ges eller leda till ekonomisk skada.',
    likelihood: 1,
    impact: 4,
    treatment: 'no_further',
  },
];
