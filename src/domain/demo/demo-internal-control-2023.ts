import type { ControlSignal } from '../internal-control/control-signals';
import type { ScaleStep } from '../internal-control/risk-scales';

/**
 * Alingsås (demo)'s internal control plan 2023 and its follow-up at the interim report
 * (001 Bilaga 1, "Uppföljning av internkontroll vid delårsbokslut 2023"), and its plan 2026
 * (002 Bilaga 1, controls only).
 *
 * 001's table merges the risk cell of its first three rows: "Att vi till delar inte har
 * säkerställt att vi har en rättssäker myndighetsutövning" is the risk of the controls of
 * access, fees and adult cases alike (their cells are what is checked, written "Att vi har …"
 * as the first row's is; risks are written "Att vi inte …"). So 2023 has two risks and four
 * controls. 001 gives no likelihood or impact: the values here are chosen, not 001's — the
 * legal-certainty risk as 002 values its successor "Bristande rättssäkerhet" (3 × 3), the
 * digital one Möjlig × Lindrig (3 × 2).
 *
 * The signals: 001 counts two of four without remarks. The access check ("Samtlig
 * loggkontroll har godkänts … utan anmärkning") and the e-applications (37 → 45 %, the check
 * being that they increase) are those two; the fees (economic assessment missing in most
 * cases) and the adult cases (remarks in 28 of 50) are done with remarks.
 */

export interface DemoPlanRisk {
  readonly name: string;
  readonly likelihood: ScaleStep;
  readonly impact: ScaleStep;
}

export interface DemoControl {
  readonly riskName: string;
  readonly checkpoint: string;
  readonly method: string;
  readonly frequency: string;
  readonly responsible: string;
}

export interface DemoControlFollowUp {
  readonly checkpoint: string;
  readonly signal: ControlSignal;
  readonly result: string;
  readonly actions: string;
}

export interface DemoControlPlan {
  readonly year: number;
  /** The risks the plan's controls address (written when the analysis lacks them). */
  readonly risks: readonly DemoPlanRisk[];
  readonly controls: readonly DemoControl[];
  /** The follow-up at a report month, by checkpoint. */
  readonly followUp: {
    readonly month: number;
    readonly rows: readonly DemoControlFollowUp[];
  } | null;
}

const LEGAL_CERTAINTY =
  'Att vi till delar inte har säkerställt att vi har en rättssäker myndighetsutövning';
const DIGITAL = 'Att vi inte nyttjar digitala möjligheter i tillräcklig grad';
const TWICE_A_YEAR = 'Del- och årsbokslut';

const ACCESS = 'Att obehöriga personer ej går in i ärenden';
const FEES = 'Att vi har likabehandling i avgiftshanteringen';
const ADULTS = 'Att vi har en rättssäker handläggning inom vuxenområdet';
const E_APPLICATIONS = 'Att antal ansökningar av försörjningsstöd via e-tjänst ökar';

export const DEMO_CONTROL_PLAN_2023: DemoControlPlan = {
  year: 2023,
  risks: [
    { name: LEGAL_CERTAINTY, likelihood: 3, impact: 3 },
    { name: DIGITAL, likelihood: 3, impact: 2 },
  ],
  controls: [
    {
      riskName: LEGAL_CERTAINTY,
      checkpoint: ACCESS,
      method: 'Stickprov',
      frequency: TWICE_A_YEAR,
      responsible: 'Systemförvaltare och enhetschefer',
    },
    {
      riskName: LEGAL_CERTAINTY,
      checkpoint: FEES,
      method: 'Stickprov',
      frequency: TWICE_A_YEAR,
      responsible: 'Ekonomiadministratör',
    },
    {
      riskName: LEGAL_CERTAINTY,
      checkpoint: ADULTS,
      method: 'Granskning av handläggning',
      frequency: TWICE_A_YEAR,
      responsible: 'Rättshandläggare',
    },
    {
      riskName: DIGITAL,
      checkpoint: E_APPLICATIONS,
      method: 'Kontroll av antal e-ansökningar',
      frequency: TWICE_A_YEAR,
      responsible: '',
    },
  ],
  followUp: {
    month: 8,
    rows: [
      {
        checkpoint: ACCESS,
        signal: 'done_ok',
        result:
          'Under året har loggkontroll för medarbetare genomförts månadsvis av systemförvaltare. Kontrollen har baserats på en vecka per månad där 15 handläggare slumpmässigt har valts ut. Loggarna har sedan lämnats till ansvarig enhetschef som undersökt om dennes medarbetare har varit behöriga att gå in i de ärenden som loggarna visar, det vill säga att medarbetaren endast varit inne i de journaler och utredningar avseende enskilda som medarbetaren arbetar med. Samtlig loggkontroll har godkänts av enhetschef utan anmärkning.',
        actions: '',
      },
      {
        checkpoint: FEES,
        signal: 'done_remarks',
        result:
          'Kontroll har gjorts i samtliga ärenden där ny placering skett under perioden januari till och med juli för att undersöka om ekonomisk bedömning gällande betalningsförmåga har genomförts. Det gäller placerade vuxna samt föräldrar till placerade barn. Totalt har tio ärenden gällande placering av vuxna skett under perioden, varav ekonomisk bedömning gjorts i ett av dessa ärenden. Totalt nio ärenden gällande placering av barn och unga har skett under perioden, varav ekonomisk bedömning har genomförts i sex av dem. I tre ärenden har uppgift om placering ej lämnats till ekonomiadministratör, varför ekonomisk bedömning ej kunnat genomföras. Samtliga av dessa har skett under semesterperioden juni/ juli, vilket kan vara en orsak. När det gäller placerade vuxna personer har det framkommit oklarheter kring vilka insatser avgift kan tas ut för samt hur beräkning och dokumentation ska ske. I många fall har handläggare utgått från att den enskilde inte har betalningsförmåga, dock saknas dokumentation/beslut i journal kring detta i den enskildes journal.',
        actions:
          'Ett utvecklingsarbete pågår för att säkerställa att ekonomisk bedömning genomförs vid samtliga insatser där nämnden har rätt att ta ut avgift av den enskilde. Planerade åtgärder inkluderar spridande av en manual till handläggare och framtagande av en anpassad kalkylator för att underlätta och säkerställa beräkningar. Vid bedömning av betalningsförmåga gällande barn och unga finns idag rutiner, dock behöver de påminnas om samt finns behov av tydliggörande av när den ekonomiska bedömningen senast ska vara genomförd.',
      },
      {
        checkpoint: ADULTS,
        signal: 'done_remarks',
        result:
          'Granskningen har genomförts av förvaltningens rättshandläggare vid två tillfällen under våren, vilken utgår från Socialstyrelsens föreskrifter och allmänna råd om handläggning och dokumentation i socialtjänsten (SOSFS 2014:5). Totalt har 50 utredningar granskats. 15 februari granskades 25 utredningar fördelade på 13 socialsekreterare, varav 11 var utan anmärkning. 15 maj granskades totalt 25 utredningar fördelade på 13 socialsekreterare, varav 11 var utan anmärkning. De flesta anmärkningarna beror på brist av dokumentation av handläggningsåtgärder samt dokumentation av kommunicering av beslutsunderlag och underrättelse av beslut.',
        actions:
          'Samtliga myndighetschefer har tagit del av granskningen. För att komma till rätta med bristerna planeras en handläggarskola genomföras under hösten med inriktning på de identifierade bristerna. Ytterligare en granskning kommer genomföras inför årsbokslutet.',
      },
      {
        checkpoint: E_APPLICATIONS,
        signal: 'done_ok',
        result:
          'En förutsättning för att Alingsås digitala assistent (ADA) ska kunna handlägga återansökningar för försörjningsstöd är att de inkommer via e-tjänst där ADA. Vid årsbokslutet 2022 var andelen återansökningar via e-tjänst 37 procent. Vid delåret är siffran 45 procent.',
        actions: '',
      },
    ],
  },
};

/**
 * The plan 2026 (002 Bilaga 1, OCR repaired): each control addresses a risk of 002's analysis
 * by its name (written by the risk register, not here). 002 names what is checked and who is
 * responsible; a method only for legal certainty, a frequency for none (left empty).
 */
export const DEMO_CONTROL_PLAN_2026: DemoControlPlan = {
  year: 2026,
  risks: [],
  controls: [
    {
      riskName: 'Bristande rättssäkerhet',
      checkpoint: 'Kontroll av rättssäkerheten i handläggning inom myndighetsutövningen',
      method: 'Granskning av handläggning i slumpmässigt utvalda ärenden',
      frequency: '',
      responsible: 'Avdelningschef administration',
    },
    {
      riskName: 'Större IT-attack',
      checkpoint:
        'Kontroll att kontinuitetsplan efterlevs genom att följa upp att kritiska resurser finns tillgängliga',
      method: '',
      frequency: '',
      responsible: 'Avdelningschef administration',
    },
    {
      riskName: 'Inte rustade för aktivitetskravet',
      checkpoint:
        'Kontroll av hur många personer inom ramen för aktivitetskravet är i sysselsättning och hur många som väntar på plats',
      method: '',
      frequency: '',
      responsible: 'Avdelningschef stöd och arbete',
    },
    {
      riskName: 'Välfärdsbrottslighet',
      checkpoint:
        'Registerkontroll familjehem, kontaktperson och -familj, IVO-tillstånd för HVB samt stickprovskontroller ekonomiskt bistånd',
      method: '',
      frequency: '',
      responsible: 'Avdelningschef administration',
    },
    {
      riskName: 'Otillräcklig kompetensförsörjning',
      checkpoint:
        'Kontroll att kompetensförsörjningsstrategin efterlevs genom att följa upp att följande aktiviteter genomförs: ta emot praktikanter från Göteborgs universitet, att platsannonser publiceras i minst två kanaler och att trivseldag anordnas',
      method: '',
      frequency: '',
      responsible: 'Samtliga avdelningschefer',
    },
  ],
  followUp: null,
};
