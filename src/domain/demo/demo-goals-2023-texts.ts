/**
 * The texts of Alingsås (demo)'s board goals 2023 as the interim report 2023 (001,
 * Måluppföljning) writes them: per goal, the opening paragraph of its analysis (how the
 * board's work contributes to the council's goal) and the rest of the analysis, paragraphs
 * separated by a blank line. Line breaks and words hyphenated over a line end are joined.
 */

export interface DemoGoalTexts {
  readonly contribution: string;
  readonly analysis: string;
}

const paragraphs = (...texts: readonly string[]): string => texts.join('\n\n');

/** Nedan nämndsmål omhändertar en risk … (goals 2 and 3 have no council indicator). */
export const RISK_ANALYSIS_NOTE =
  'Nedan nämndsmål omhändertar en risk i nämndens väsentlighets- och riskanalys: Att vi har en otillräcklig samverkan och är ej kopplat till någon av kommunens indikatorer.';

export const SELF_SUPPORTING: DemoGoalTexts = {
  contribution:
    'Förvaltningens arbete med att stödja biståndsmottagare till att bli självförsörjande och leva ett självständigt liv bidrar till en social och ekonomisk hållbar utveckling och därmed kommunens prioriterade mål.',
  analysis: paragraphs(
    'Sedan 2021 har flera organisationsförändringar genomförts inom enhet Stöd och försörjning i syfte minska antal försörjningsstödstagare. Bland annat skapades en mottagningsgrupp som tar emot alla nybesök, vilket resulterat i att antal hushåll med kortvarigt försörjningsstöd minskat. Ytterligare förändring som genomfördes var införandet av en motivationsgrupp som arbetar med personer som fått försörjningsstöd i tre månader eller längre. Risken att bli långvarigt försörjningsstödsberoende ökar ju längre tid man uppbär försörjningsstöd varför det är viktigt att ge insatser i ett tidigt skede. Genom mer intensivt arbete med fördjupade utredningar och samverkan med andra aktörer, förväntas den enskilde kunna få rätt stöd för att komma ut i egen stadigvarande försörjning.',
    'Arbetsrehabiliterande individanpassade insatser från AME är viktiga för att få ut personer med försörjningsstöd i egen försörjning. En kartläggning av den enskildes arbetsförmåga genomförs genom en kombination av utredning och praktisk sysselsättning, vilket ger goda förutsättningar till mer individanpassat stöd. Per augusti uppgick kön till 32 personer som var remitterade från Socialnämnden, förutsättningarna för AMEs verksamhet har en direkt påverkan på volymerna av försörjningsstöd.',
    'Antal vuxna biståndsmottagare med långvarigt ekonomiskt bistånd har inte nått målvärdet för 2023 och prognosen är att det sannolikt inte kommer att uppnås under året. Med tanke på den pågående samhällsutvecklingen finns en risk för att både antal bidragsmottagare och kostnaderna för försörjningsstöd ökar. Under perioden januari till augusti har det skett en ökning i antal hushåll som uppbär försörjningsstöd med 5,6 procent jämfört med motsvarande period föregående år.',
    'Andel vuxna personer som inte återkommit till försörjningsstöd inom ett år efter avslutat försörjningsstöd är i år 70 procent, jämfört med 81 procent 2022, vilket innebär att fler personer har återaktualiserats. Totalt handlar det om 38 enskilda individer, varav 18 kvinnor och 20 män. Det kan finnas flera orsaker till att man återaktualiseras för försörjningsstöd men oftast är det personer som har haft egen försörjning under en period men som av olika anledningar inte lyckats bibehålla den. Ett analysarbete av återaktualiseringar pågår.',
  ),
};

export const COORDINATED_EFFORTS: DemoGoalTexts = {
  contribution:
    'Genom att insatser aktivt samordnas såväl internt inom förvaltningen som med externa aktörer ökar förutsättningarna till individanpassade och effektiva insatser. Detta sammantaget med att samordnade insatser även förväntas förkorta den tid som den enskilde är aktuell för insatsen, bidrar till social och ekonomisk hållbarhet och därmed kommunens prioriterade mål.',
  analysis: paragraphs(
    'Förvaltningen har under första delen av året sänkt den genomsnittliga insatstiden med 8,5 procent. Ett av förvaltningens övergripande verksamhetsmål för året är Rätt insats, vilket uppnås genom mer individanpassade insatser och att insatser ges i rätt tid.',
    'Individanpassade insatser med fortsatt fokus på att förstärka samverkan såväl internt som externt krävs för att insatstiden ska bli så kortvarig som möjligt. Nämnden arbetar på olika sätt för att öka förutsättningarna för att den enskilde får rätt individanpassade insatser. På avdelning vuxna har en förflyttning skett från externa placeringar till flexibla hemmaplanslösningar, vilka gemensamt arbetas fram genom nära samverkan mellan de olika enheterna. Det interna samverkansverktyget SAP (samordnade planering) används i hög utsträckning inom avdelning vuxna, vilket gett goda resultat framförallt i komplexa ärenden.',
    'Avdelning unga har under 2023 arbetat fokuserat på tät samverkan mellan HIT-team och mottagningsteam. Detta har resulterat i att familjer får stöd snabbare och att processen sedan hålls samma med täta uppföljningar så länge behovet kvarstår.',
    'Förvaltningen har även förstärkt samverkan med andra instanser, både andra förvaltningar och externa verksamheter såsom VGR för att verka för ett mer individanpassat stöd men också för att säkerställa att förvaltningen inte går in och tar över områden som åligger annan huvudman.',
    'Den genomsnittliga insatstiden har hittills minskat och förhoppningen är att det kommer minska ytterligare under året. Vid tiden för delårsbokslutet bedöms målet därmed vara uppfyllt.',
  ),
};

export const DOMESTIC_VIOLENCE: DemoGoalTexts = {
  contribution:
    'En ökad samverkan i våld i nära ärenden ökar förutsättningarna så att våldsutsatta får rätt stöd och skydd, vilket bidrar till social hållbarhet och därmed uppfyllelse av kommunens prioriterade mål.',
  analysis:
    'Som ett led i arbetet med att erbjuda ett gott stöd till våldsutsatta samt verka för att våldsutövare ska sluta använda våld, har arbetsgruppen för våld i nära relationer tagit fram en ny strukturerad samverkansmodell, så kallad VINR-SAP (samordnad plan för våld i nära relationer). Modellen går ut på att samverkansmöten ska ske i samtliga nya ärenden där det finns våld i nära relationer så den enskilde snabbt får rätt och samordnat stöd från förvaltningen. Totalt handlar det om 28 enskilda som aktualiserats under perioden 1 januari- 31 augusti, varav 23 kvinnor och fem män. Utav dessa har det genomförts VINR-SAP i 60 procent av ärendena. Målnivån är satt till 75 procent utifrån att vissa ärenden endast är aktuella på en enhet. Modellen håller fortfarande på att implementeras och prognosen är att målet kommer bli helt uppfyllt under året.',
};

export const INFLUENCE: DemoGoalTexts = {
  contribution:
    'Att de som berörs av nämndens insatser görs än mer delaktiga i beslut om insats samt insatsens innehåll, förväntas bidra till uppfyllelse av kommunens prioriterade mål. Att kunna påverka sin egen insats är en viktig del i evidensbaserad praktik och har en positiv inverkan på insatsernas effekter.',
  analysis: paragraphs(
    'Förvaltningen arbetar aktivt för att utveckla metoder för brukarinflytande både på individ- och gruppnivå. Idag finns ett tydligt arbete för brukarinflytande för den enskilde bland annat genom tät samverkan med brukarföreningen i Alingsås och på alla boenden i form av husmöten med de boende där man planerar verksamheten tillsammans. En arbetsgrupp är tillsatt för att undersöka möjligheterna att öka brukarinflytandet även på verksamhetsnivå. Arbetet sker i samverkan med NSPH (Nationell samverkan för psykisk hälsa) och utgår från deras handbok om brukarmedverkan.',
    'Avdelningarna arbetar aktivt med att göra den enskilde delaktig i beslut om insats samt att kunna påverka insatsens utformning.',
    'Då nämndens brukare enbart utgör en liten del av kommunens invånare, har det pågående arbetet ett marginellt utslag på indikatorn, vilken baseras på resultat från medborgarundersökningen som genomförs under hösten. Det är därmed svårt att göra någon prognos för måluppfyllelse kopplat enbart till det nyckeltalet. Nämnden har därför valt ytterligare ett nyckeltal som följs upp genom att personer som avslutat en insats blir uppringda och bland annat får svara på om de upplever sig ha varit delaktiga i att ta fram sina mål. Per augusti har totalt 44 personer kontaktats varav 36 har svarat ja på att de har varit med att ta fram sina mål, vilket motsvarar 82 procent. Prognosen är att målnivån på 90 procent kommer vara svår att nå men att utfallet kommer hamna strax under.',
  ),
};

export const PHONE_TREATMENT: DemoGoalTexts = {
  contribution:
    'Nämndens mål ska uppnås genom kontinuerlig information och dialog i respektive verksamhet kring tillgänglighet, service och bemötande och därigenom bidra till kommunens prioriterade mål. Förvaltningen strävar efter att alltid ha ett gott bemötande och att svara så snabbt som möjligt på frågor. Dialog förs kontinuerligt med medarbetarna kring vikten av ett gott och professionellt bemötande och bedömningen görs att det finns en hög medvetenhet kring denna fråga.',
  analysis: paragraphs(
    'SKR (Sveriges kommuner och regioner) har, tillsammans med Brilliant Future, tagit fram en mätning av service och bemötande vid kontakt med kommunen. Alingsås kommun har under våren deltagit i denna undersökning för första gången och nämnden har kopplat mål till samtliga indikatorer som härrör från mätningen.',
    'Eftersom det är första gången kommunen deltar i denna undersökning är målnivån satt utifrån genomsnittligt index för samtliga deltagande kommuner år 2022 (Kolada). Område vård, omsorg och sociala frågor delas med vård och omsorgsnämnden. Detta mål samt följande tre nämndsmål baseras på samma undersökning.',
    'Resultatet för område Vård, omsorg och sociala frågor som delas med vård och omsorgsnämnden ligger i nivå med målvärdet. Målet att de som tar kontakt med socialförvaltningen via telefon och är nöjda med bemötandet ska öka bedöms därmed vara uppfyllt.',
  ),
};

export const PHONE_HELP: DemoGoalTexts = {
  contribution:
    'Nämndens mål ska uppnås genom kontinuerlig information och dialog i respektive verksamhet kring tillgänglighet, service och bemötande och därigenom bidra till kommunens prioriterade mål.',
  analysis: paragraphs(
    'Verksamheterna har dagansvarstelefon som alltid är bemannad under förvaltningens öppettider för att säkerställa en hög tillgänglighet. Om ordinarie handläggare är frånvarande finns möjlighet att nå andra via dagansvaret och därmed snabbt få svar på sin fråga. Förvaltningens mottagningsgrupper och dagansvar har stor vana av att svara på frågor från allmänheten.',
    'Resultatet för område Vård, omsorg och sociala frågor som delas med vård och omsorgsnämnden ligger under målnivån och bedöms därmed ej vara uppfyllt.',
  ),
};

export const EMAIL_ANSWER: DemoGoalTexts = {
  contribution:
    'Nämndens mål ska uppnås genom kontinuerlig information och dialog kring hantering av e-post vid exempelvis frånvaro, vilket förväntas bidra till uppfyllelse av kommunens prioriterade mål.',
  analysis: paragraphs(
    'Samtliga medarbetare ska vid längre tids frånvaro ge annan kollega behörighet till sin e-post samt återkommande kontrollera denna.',
    'Resultatet för område Vård, omsorg och sociala frågor som delas med vård och omsorgsnämnden ligger under målnivån och bedöms därmed ej vara uppfyllt.',
  ),
};

export const EMAIL_HELP: DemoGoalTexts = {
  contribution:
    'Nämndens mål ska uppnås genom kontinuerlig information och dialog kring hantering av e-post vid exempelvis frånvaro, vilket förväntas förbättra förvaltningens resultat och därmed bidra till uppfyllelse av kommunens prioriterade mål.',
  analysis:
    'Resultatet för område Vård, omsorg och sociala frågor som delas med vård och omsorgsnämnden ligger under målnivån och bedöms därmed ej vara uppfyllt.',
};
