/*
 * The texts of 003 (the socialnämnd's monthly result report for April 2025), word for word
 * with 003's own spelling, as Exempelkommun's units and controller wrote them. The PDF's line
 * breaks are undone; a paragraph break (where 003 ends a line short and starts a new thought)
 * is a blank line ("\n\n").
 */

/** A unit's April comment: "Kommentar till avvikelsen" and, where 003 has one, "Åtgärd till
 * avvikelsen" (003 section 2). */
export interface UnitMonthComment {
  readonly variance: string;
  readonly action: string | null;
}

export const EXEMPELKOMMUN_COMMENTS_APRIL_2025: Readonly<Record<string, UnitMonthComment>> = {
  '7101': {
    variance:
      'Utredningsenhet vuxens resultat avviker med -0,2 mnkr mot periodens budget.\n\n' +
      'Vägledare har under april fått finansiering för ackumulerad period.',
    action:
      'Verksamheten fortsätter arbeta aktivt med att hitta rätt boende och stöd på hemmaplan ' +
      'för att undvika återfall i missbruk och/eller kriminalitet. Minskningen av LVM har ' +
      'möjliggjort att resurser från ambulerande teamet har kunnat frigöras för att i stället ' +
      'arbeta mot målgruppen unga vuxna, som kommit hem från en HVB-placering eller ' +
      'stödboende, och ska etablera sig i eget boende. Ett förändringsarbete tillsammans ' +
      'med öppenvården samt övriga enheter som vänder sig till målgruppen har inletts i ' +
      'augusti, efter ett förberedande arbete i våras. Arbetet ska bland annat fokusera på ' +
      'öppenvårdsinsatser i egen regi men också boende, försörjningsstöd och Arbos.\n\n' +
      'En annan åtgärd är att fortsätta arbetet med avhopparverksamheten tillsammans med ' +
      'polisen.\n\n' +
      'En ökad avtalstrohet på de externa köp som görs och där HVB-samordnare kommer ' +
      'bidra till både matchning av köp, säkerhetsställa rätt dygnskostnad samt att följa upp ' +
      'att den vården som erbjuds håller förväntad kvalitet. Det innebär att det kommer att ' +
      'både kunna minska kostnader samt hålla en högre kvalitet. (HVB-samordnare vuxen ' +
      'har arbetat heltid from mitten av maj vilket har skapat förutsättningar).',
  },
  '7102': {
    variance:
      'Avvikelsen beror främst på lägre kostnader för HVB-placeringar än budgeterat. Köpen ' +
      'avviker med +1 mnkr. Personalkostnader avviker negativt med -0,2 mnkr, vilket beror ' +
      'på utbetalning av lönetillägg i januari. From februari är lönetillägget borttaget.',
    action:
      'Fortsätta arbeta med nätverksarbetet för att undvika placering eller vid behov ' +
      'möjliggöra placering i nätverket.',
  },
  '7103': {
    variance:
      'Köp av konsultentstödda jourhem har en positiv avvikelse på 2,3 mnkr.\n\n' +
      'Personalkostnader avviker med 1 mnkr och gäller framför allt egna kontrakterade ' +
      'nätverksamhem, där kostnaderna är lägre jämfört med föregående år.',
    action:
      'Rekryteringskampanj. Fortsätta att mer grundligt inventera nätverket på uppdrag av ' +
      'mottagningsenheten samt utredningsenheterna. Verksamheten har lyckats rekrytera ' +
      'fler familjehem vilket bidragit till att kostnaden ökat men förväntas på sikt att påverka ' +
      'kostnaderna för köp av konsulentstödda jourhem i positiv riktning. Verksamheten har ' +
      'idag uppnått målet om 10 kontrakterade jourhem. En satsning på ökat stöd till befintliga ' +
      'familjehem förväntas bidra till ökad attraktivitet i att bli familjehem.',
  },
  '7104': {
    variance:
      'Köp av externa placeringar har en positiv avvikelse mot budget. Avvikelsen beror på att ' +
      'arbete med hemtagning gett högre effekt än förväntat för perioden.',
    action:
      'Det pågående hemtagningsarbetet påverkar den interna öppenvården men även ' +
      'extern öppenvård. Insatser mot gängkriminalitet pågår sedan årsskiftet (SIG) för att ' +
      'motverka en fortsatt ökning samt möjliggöra tidigare hemtagning där det är möjligt. ' +
      'Antalet barn och ungdomar placerade på HVB fortsätter att minska, vilket visar att ' +
      'hemtagningsarbetet ger en positiv effekt med enstaka återplaceringar.',
  },
  '7105': {
    variance:
      'Kostnader för placeringar är något högre än förväntat för ackumulerad period och ' +
      'avviker mot budget med –2,5 mnkr. Denna kostnad beror på att det inte finns tillräckligt ' +
      'många familjehem i egen regi. Intäkter för ensamkommande barn täcker en del av ' +
      'budgetunderskottet.\n\n' +
      'Personalkostnaderna har en negativ avvikelse vilket dels beror på lönetillägget i januari ' +
      'samt uppdragstagares omkostnadsersättning.',
    action:
      'För att ge familjehemmen rätt stöd har verksamheten arbetat med tjänstedesign.\n\n' +
      'Arbetar också aktivt med att motivera konsulentsstödda familjehem att välja att ta ' +
      'uppdrag direkt från kommunen.',
  },
  '7106': {
    variance:
      'Verksamhetens positiva resultat beror på det ökning av egna insatser på enheten vilket ' +
      'innebär lägre kostnader av externa köp.',
    action: 'Fortsätta med de insatser som görs idag.',
  },
  '7107': {
    variance:
      'Tillståndsenhetens avgifter för serveringstillstånd kommer att faktureras efter ' +
      'sommaren. Budget för intäkterna är inte periodiserade och ligger med rak budget varför ' +
      'enheten avviker.',
    action: null,
  },
  '7201': {
    variance:
      'Positiv avvikelse på Boendeenheten beror på låga personalkostnader.\n\n' +
      'Boendeenhetens arbete bidrar även till andra enheters positiva resultat.',
    action: null,
  },
  '7202': {
    variance:
      'De två fältassistenter som beslutades politiskt 2023 som förstärkning av det ' +
      'förebyggande arbetet till följd av gängkriminalitet, finansieras av medel för Psykisk ' +
      'hälsa samt Barn med risk att begå brott i organiserad brottslighet.\n\n' +
      'Kommunens drogsamordnare gick i pension vid årsskiftet och har i dagsläget inte ' +
      'ersatts. Vissa arbetsuppgifter avslutade, andra utfördelade. Beslut om strategi kring ' +
      'eventuell drogsamordnare tas senare under året.',
    action:
      'Vissa budgeterade statsbidrag har ännu inte mottagits. Verksamheten är i övrigt i ' +
      'balans gällande personal- och verksamhetskostnader.',
  },
  '7203': {
    variance:
      'Lägre personalkostnader än budgeterat vilket beror på sjukfrånvaro inom flera enheter ' +
      'som inte har ersatts av vikarie. Enheten har erhållit full ersättning för SIG-samordnare ' +
      'via statsbidrag för perioden jan-april, vilket intäktsfördes i april.',
    action: null,
  },
  '7204': {
    variance: 'Lägre intäkter från Migrationsverket än förväntat.',
    action: null,
  },
  '7301': {
    variance:
      'Negativa avvikelser för statsbidrag från Migrationsverket (Ukraina) samt reparationer ' +
      'och underhåll.\n\n' +
      'Utveckling och stöd har fått ett ytterligare beslut om besparing kopplat till det ' +
      'underskott som AFN har för 2025. Det kommer kräva ytterligare vakanshållning av ' +
      'tjänst. Men likväl inköps- och anskaffningsstopp av appar, system och licenser. ' +
      'Parallellt behöver en genomgång göras av befintliga system och licenser för inbördes ' +
      'prioritering.',
    action: null,
  },
  '7302': {
    variance:
      'Fördelat kommunbidrag gjordes på preliminärt PO-påslag. Det faktiska PO-påslaget ' +
      'blev lägre och nämnden har därför tagit höjd för minskat kommunbidrag genom att ' +
      'lägga mellanskillnaden på posten personalkostnader övergripande.\n\n' +
      'Beräknade kostnader för köp för 2025 är lägre än tilldelad ram, därför budgeterades en ' +
      'helårspott på 6 mnkr övergripande.',
    action: null,
  },
};

/**
 * The units' comments on their full-year forecasts (003 section 3, Årsprognos): "Kommentar
 * till prognosen", stored for April as `follow_up_comment` of kind 'forecast'.
 */
export const EXEMPELKOMMUN_FORECAST_COMMENTS_APRIL_2025: Readonly<Record<string, string>> = {
  '7101':
    'Enheten har 11 jourlägenheter som inte är budgeterade vilket gör att enheten lämnar ' +
    'en prognos på -0,3 mnkr. Jourlägenheterna är resurstillförsel för att möjliggöra ' +
    'hemtagningar från HVB.',
  '7102':
    'På grund av svårheter att rekrytera socialsekreterare till barnutredartjänster så är ' +
    'konsultavrop nödvändigt.',
  '7103': 'Minskade kostnader för externa köp av konsulentstödda jourhem.',
  '7104':
    'Positiv prognos till följd av minskade externa köp på grund av hemtagningar från HVB ' +
    'samt minskat antal nyplacerade.',
  '7105':
    'Lämnar en prognos på -6,1 mnkr på helår på grund av externa köp samt utökning av ' +
    'personal för att möjliggöra överrekrytering av externa familjehem till egen regi.',
  '7106':
    'Enheten har utvecklat bra insatser på hemmaplan som gör att placering inte är ' +
    'nödvändigt i samma utsträckning.',
  '7203':
    'Rekrytering pågår samt att sjukskriven personal förväntas återgå till ökad ' +
    'sysselsättningsgrad. En högre personalkostnad förväntas därmed under hösten.',
  '7204': 'Lägre intäkter från Migrationsverket än förväntat.',
  '7205': 'På grund av en vakans som nu rekryterats.',
  '7201':
    'Beror på att enheten planerat för fler lägenheter än vad som behövs nyttjas utifrån ' +
    'antalet deltagare.',
  '7301':
    'På grund av minskade statsbidrag kopplat till flyktingar från Ukraina uppvisar kontoret ' +
    'en negativ prognos.',
  '7302':
    'Fördelat kommunbidrag gjordes på preliminärt PO-påslag. Det faktiska PO-påslaget ' +
    'blev lägre och nämnden har därför tagit höjd för minskat kommunbidrag genom att ' +
    'lägga mellanskillnaden på posten personalkostnader övergripande.\n\n' +
    'Beräknade kostnader för köp för 2025 är lägre än tilldelad ram, därför budgeterades en ' +
    'helårspott på 6 mnkr övergripande som enligt prognos inte beräknas att användas.\n\n' +
    'Ytterligare statsbidrag förväntas utlysas för innevarande år gällande subventioner för ' +
    'placeringar motsvarande 4,5 mnkr.',
};

/** 003's paragraph on the PO-påslag, in sections 2, 3 and 5 alike. */
const PO_TEXT =
  'Nämnden har tilldelats kommunbidrag för preliminärt PO-påslag (arbetsgivaravgifter ' +
  'och pensionskostnader). Det fastställda PO-påslaget blev lägre vilket innebär att ' +
  'nämnden fått för högt kommunbidrag motsvarande 2,2 mnkr. Löneöversynen är klar ' +
  'inom de flesta områdena och innebär ca 0,6 % mer i löneökning än nämnden fått ' +
  'tilldelat kommunbidrag för, vilket motsvarar ca 0,6 mnkr. Nämnden har alltså fått 2,2 - ' +
  '0,6 = 1,6 mnkr för mycket i kommunbidrag och förväntas vid årets slut ha ett resultat ' +
  'motsvarande.';

/**
 * The controller's own texts around the generated sentences (003), by the report's sections:
 * Resultat (after "Utfallet avviker mot budget med 10,5 mnkr."), Årsprognos (after "Total
 * prognos för nämnden uppgår till +22 mnkr."), Investeringsverksamhet, and the summary for
 * the executive board (section 5's Årsprognos). Stored for April as `follow_up_text`.
 */
export const EXEMPELKOMMUN_CONTROLLER_TEXTS_APRIL_2025 = {
  result:
    'Den positiva avvikelsen beror på effekter av det hemtagningsarbete som inleddes 2024, ' +
    'vilket resulterat i lägre kostnader för externa placeringar och köpt öppenvård.\n\n' +
    PO_TEXT +
    '\n\n' +
    'Kommunstyrelsen beslutade i februari att utöka nämndens kommunbidrag som ' +
    'kompensation för kapitaltjänst och hyror gällande färdigställda investeringar, ' +
    'motsvarande 47 tkr.',
  forecast:
    PO_TEXT +
    '\n\n' +
    'De besparingsåtgärder nämnden arbetat med sedan föregående år ger goda ' +
    'ekonomiska effekter och nämndens prognos uppgår till +22 mnkr, varav 1,6 mnkr ' +
    'avser PO och löneökning enligt ovan.',
  investments:
    'Kommunfullmäktige tog i slutet av mars beslut gällande justering av ' +
    'investeringsbudget, vilket innebär en ökad investeringsbudget för socialnämnden med ' +
    '0,5 mnkr.\n\n' +
    'Återhållsamhet generellt samt gällande anpassningar av lokaler gäller fortsatt.',
  summary:
    PO_TEXT +
    '\n\n' +
    'Nämndens förväntade resultat vid årets slut uppgår till +22 mnkr, varav 1,6 mnkr avser ' +
    'PO och löneökning, och beror främst på att kostnader för placeringar har minskat till ' +
    'följd av hemtagningar från HVB samt minskat antal nyplacerade. På grund av svårheter ' +
    'att rekrytera socialsekreterare till barnutredartjänster så är dock konsultavrop ' +
    'nödvändigt vilket ger ökade kostnader för övriga tjänster under hösten. Intäkter från ' +
    'Migrationsverket för boendelösningar för ukrainare har minskat utifrån möjligheten till ' +
    "folkbokföring (innebär i praktiken att bidragen i stället ökar inom AFN's hägn för " +
    'exempelvis ekonomiskt bistånd).',
} as const;
