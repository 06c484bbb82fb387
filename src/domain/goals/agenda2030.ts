/**
 * The 17 global goals of the UN's Agenda 2030 (de globala målen), as the Swedish government
 * words them: a board goal names those its work contributes to. `title` is the short name
 * used in tables, `text` the goal as a report quotes it ("Mål 1. Avskaffa fattigdom …").
 */
export interface Agenda2030Goal {
  readonly number: number;
  readonly title: string;
  readonly text: string;
}

export const AGENDA_2030_GOALS: readonly Agenda2030Goal[] = [
  { number: 1, title: 'Ingen fattigdom', text: 'Avskaffa fattigdom i alla dess former överallt.' },
  {
    number: 2,
    title: 'Ingen hunger',
    text: 'Avskaffa hunger, uppnå tryggad livsmedelsförsörjning och bättre nutrition samt främja ett hållbart jordbruk.',
  },
  {
    number: 3,
    title: 'Hälsa och välbefinnande',
    text: 'Säkerställa hälsosamma liv och främja välbefinnande för alla i alla åldrar.',
  },
  {
    number: 4,
    title: 'God utbildning för alla',
    text: 'Säkerställa en inkluderande och jämlik utbildning av god kvalitet och främja livslångt lärande för alla.',
  },
  {
    number: 5,
    title: 'Jämställdhet',
    text: 'Uppnå jämställdhet och alla kvinnors och flickors egenmakt.',
  },
  {
    number: 6,
    title: 'Rent vatten och sanitet för alla',
    text: 'Säkerställa tillgången till och en hållbar förvaltning av vatten och sanitet för alla.',
  },
  {
    number: 7,
    title: 'Hållbar energi för alla',
    text: 'Säkerställa tillgång till ekonomiskt överkomlig, tillförlitlig, hållbar och modern energi för alla.',
  },
  {
    number: 8,
    title: 'Anständiga arbetsvillkor och ekonomisk tillväxt',
    text: 'Verka för varaktig, inkluderande och hållbar ekonomisk tillväxt, full och produktiv sysselsättning med anständiga arbetsvillkor för alla.',
  },
  {
    number: 9,
    title: 'Hållbar industri, innovationer och infrastruktur',
    text: 'Bygga upp en motståndskraftig infrastruktur, verka för en inkluderande och hållbar industrialisering och främja innovation.',
  },
  {
    number: 10,
    title: 'Minskad ojämlikhet',
    text: 'Minska ojämlikheten inom och mellan länder.',
  },
  {
    number: 11,
    title: 'Hållbara städer och samhällen',
    text: 'Städer och bosättningar ska vara inkluderande, säkra, motståndskraftiga och hållbara.',
  },
  {
    number: 12,
    title: 'Hållbar konsumtion och produktion',
    text: 'Säkerställa hållbara konsumtions- och produktionsmönster.',
  },
  {
    number: 13,
    title: 'Bekämpa klimatförändringarna',
    text: 'Vidta omedelbara åtgärder för att bekämpa klimatförändringarna och dess konsekvenser.',
  },
  {
    number: 14,
    title: 'Hav och marina resurser',
    text: 'Bevara och nyttja haven och de marina resurserna på ett hållbart sätt för att åstadkomma en hållbar utveckling.',
  },
  {
    number: 15,
    title: 'Ekosystem och biologisk mångfald',
    text: 'Skydda, återställa och främja ett hållbart nyttjande av landbaserade ekosystem, hållbart bruka skogar, bekämpa ökenspridning, hejda och vända markförstöring samt hejda förlusten av biologisk mångfald.',
  },
  {
    number: 16,
    title: 'Fredliga och inkluderande samhällen',
    text: 'Främja fredliga och inkluderande samhällen för hållbar utveckling, se till att alla har tillgång till rättvisa samt bygga upp effektiva och ansvarsskyldiga och inkluderande institutioner på alla nivåer.',
  },
  {
    number: 17,
    title: 'Genomförande och globalt partnerskap',
    text: 'Stärka genomförandemedlen och återaktivera det globala partnerskapet för hållbar utveckling.',
  },
];

/** Whether a number names one of the 17 goals. */
export function isAgenda2030Goal(number: number): boolean {
  return Number.isInteger(number) && number >= 1 && number <= AGENDA_2030_GOALS.length;
}

/** The goal with this number; throws on a number that is not one of the 17. */
export function agenda2030Goal(number: number): Agenda2030Goal {
  const goal = AGENDA_2030_GOALS[number - 1];
  if (!goal || !isAgenda2030Goal(number))
    throw new RangeError(`No Agenda 2030 goal ${String(number)}`);
  return goal;
}
