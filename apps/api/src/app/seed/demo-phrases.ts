/**
 * Dutch phrases for the demo: what a community worker writes in the contact log, how residents word a help
 * request or offer, and the odd note on a tie. One phrase per line; each is far below LIMITS.textMax.
 */
import { ContactChannel, NeedKind } from '@weefsel/domain';

/** One phrase per non-empty line, trimmed. */
function lines(text: string): readonly string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** How a log entry opens, by channel. */
export const OPENERS: Readonly<Record<ContactChannel, readonly string[]>> = {
  [ContactChannel.STREET]: lines(`
    Kort praatje op straat.
    Bij de voordeur gesproken.
    Tegengekomen bij de bakker.
    Even staan praten bij het hek.
    Op het pleintje gesproken.
    Bij het opruimen van de stoep aangesproken.
  `),
  [ContactChannel.PHONE]: lines(`
    Telefonisch gesproken.
    Teruggebeld na een voicemail.
    Kort gebeld.
  `),
  [ContactChannel.APP_GROUP]: lines(`
    Via de buurtapp.
    Bericht in de appgroep opgepakt.
  `),
  [ContactChannel.HOME_VISIT]: lines(`
    Op de koffie geweest.
    Huisbezoek.
    Thuis opgezocht.
  `),
  [ContactChannel.MEETING]: lines(`
    Na afloop van het bewonersoverleg.
    Tijdens de koffieochtend.
    Bij de buurtborrel.
  `),
  [ContactChannel.ONLINE]: lines(`
    Kort videobellen.
    Via de mail.
  `),
};

/** Everyday content without a signal: the small talk that keeps the worker close. */
export const EVERYDAY = lines(`
  Gaat goed, druk met de kleinkinderen.
  Klaagt over geparkeerde bestelbusjes in de straat.
  Vertelt over de nieuwe buren, nog niet echt kennisgemaakt.
  Blij met de opgeknapte speeltuin.
  Vraagt wanneer de bomen gesnoeid worden.
  Zorgen over de verkeersdrempel, doorgegeven aan de gemeente.
  Bedankt voor de hulp bij het formulier van vorige maand.
  Heeft de buurman geholpen met zijn schutting.
  Wil weten wat er met het lege winkelpand gebeurt.
  Geniet van het bankje dat er nu staat.
  Geeft aan dat de straat rustiger is dan vorig jaar.
  Vindt dat de buurtapp te druk is geworden.
  Nieuwe baan gevonden, minder tijd voor de buurt.
  Vertelt dat de kinderen weer op straat spelen.
  Ergernis over hondenpoep op het grasveld.
  Komt volgende week naar de buurtborrel.
`);

/** Content for a connector or key figure: connector care (lesson 5). */
export const CONNECTOR_CARE = lines(`
  Bijgepraat over wie er in de straat aandacht nodig heeft.
  Geeft aan dat het soms veel wordt; samen gekeken wat iemand anders kan overnemen.
  Tips gekregen over twee nieuwe bewoners die nog niemand kennen.
  Heeft nieuwe buren voorgesteld aan de appgroep.
  Wil graag een keer samen de straat rond.
  Vertelt wie er hulp bij de tuin kan gebruiken.
  Bedankt voor de inzet; gevraagd hoe het met haarzelf of hemzelf gaat.
`);

export const LONELINESS = lines(`
  Weinig aanloop sinds het overlijden van de partner; ziet soms dagen niemand.
  Zegt dat de dagen lang zijn, komt bijna de deur niet uit.
  Kinderen wonen ver weg; mist iemand om mee te praten.
  Kent na twee jaar nog niemand in de straat.
  Voelt zich niet welkom in de buurtapp, leest alleen mee.
  Gordijnen vaak dicht; even aangebeld, kort gesprek aan de deur.
  Durft niet zo goed naar de koffieochtend, kent daar niemand.
  Vertelde dat de buurvrouw met wie ze koffie dronk niet meer komt.
`);

export const IDEAS = lines(`
  Idee: een speelstraat op woensdagmiddag.
  Wil een moestuinbak op het pleintje beginnen.
  Stelt voor om een burendag te organiseren.
  Idee voor een ruilkast bij het buurthuis.
  Wil samen koken met buren uit verschillende landen.
  Idee: een wandelgroepje voor ouderen op zaterdag.
  Denkt aan een repaircafé in het buurthuis.
`);

export const HELP_REQUEST_TALK = lines(`
  Voorzichtig gevraagd of iemand kan helpen; wil niemand tot last zijn.
  Geeft aan hulp nodig te hebben, maar durft het niet te vragen in de app.
  Aangemeld bij Lindenhof Helpt, na wat aandringen.
  Zou graag iemand hebben om af en toe mee te praten.
`);

export const HELP_OFFER_TALK = lines(`
  Wil graag iets betekenen voor de buurt; aangemeld als helper.
  Biedt aan om boodschappen te doen voor ouderen.
  Heeft tijd over sinds het pensioen en wil helpen.
  Wil best een keer per week bij iemand op de koffie.
`);

/** What residents ask for, by need (only the needs that requests use). */
export const REQUEST_DESCRIPTIONS: Readonly<Partial<Record<NeedKind, readonly string[]>>> = {
  [NeedKind.PRACTICAL]: lines(`
    Lamp in de gang vervangen; kan zelf de trap niet meer op.
    Hulp bij het ophangen van nieuwe gordijnen.
    Vuilniszakken naar de container brengen, de rug wil niet meer.
    Heg knippen voor de zomer.
    Kapotte fietsband plakken.
    Kastje in elkaar zetten.
  `),
  [NeedKind.SOCIAL_CONTACT]: lines(`
    Zou graag eens per week iemand spreken bij een kop koffie.
    Zoekt iemand om samen mee te wandelen.
    Wil graag samen naar de markt op zaterdag.
    Zoekt gezelschap voor een spelletje kaarten.
    Wil iemand om af en toe mee te bellen.
  `),
};

/** What helpers offer, by need. */
export const OFFER_DESCRIPTIONS: Readonly<Record<NeedKind, readonly string[]>> = {
  [NeedKind.PRACTICAL]: lines(`
    Kleine klusjes in huis.
    Fietsen repareren.
    Helpen in de tuin.
    Lampen en stopcontacten.
    Meubels in elkaar zetten.
  `),
  [NeedKind.SOCIAL_CONTACT]: lines(`
    Op de koffie komen.
    Samen wandelen.
    Een spelletje doen.
    Af en toe bellen.
  `),
  [NeedKind.INFORMATION]: lines(`
    Hulp met formulieren en brieven.
    Uitleg over de computer of telefoon.
  `),
  [NeedKind.TRANSPORT]: lines(`
    Rijden naar het ziekenhuis of de huisarts.
    Meerijden naar de markt.
  `),
  [NeedKind.GROCERIES]: lines(`
    Boodschappen meenemen.
    Wekelijks boodschappen doen.
  `),
  [NeedKind.EMOTIONAL_SUPPORT]: lines(`
    Een luisterend oor.
    Even bijpraten als het zwaar is.
  `),
  [NeedKind.OTHER]: lines(`
    Hond uitlaten.
    Planten water geven tijdens vakantie.
  `),
};

/** Notes on a handful of ties. */
export const TIE_NOTES = lines(`
  Kennen elkaar van het schoolplein.
  Drinken op zondag samen koffie.
  Helpen elkaar met de tuin.
  Passen op elkaars huis tijdens de vakantie.
  Samen in de buurtapp actief.
  Kennen elkaar nog van de oude fabriek.
`);

export const ENDED_TIE_NOTES = lines(`
  Contact verwaterd.
  Onenigheid over de erfgrens.
  Niet meer gezien sinds de verbouwing.
`);
