/**
 * The initiatives of De Lindenhof as rows: what they are, their phase, what they mean for the street and what
 * support they need. Who takes part is decided in demo-initiatives.ts.
 */
import { InitiativeKind, InitiativePhase } from '@weefsel/domain';
import type { InitiativeRow } from '../import-export/import-rows';
import type { CollectiveKey } from './demo-collectives';
import { addDays, dateOf } from './demo-dates';
import { BUURT_ID } from './demo-places';
import { SeededRandom } from './seeded-random';

export type InitiativeKey = 'TAART' | 'BEREN' | 'HELPT' | 'MOESTUIN' | 'EETTAFEL' | 'SPEELSTRAAT';

export interface InitiativePlan {
  key: InitiativeKey;
  row: InitiativeRow;
  /** from when people take part: the start, or for an idea the day it came up */
  from: string;
}

export function initiativePlans(
  rng: SeededRandom,
  today: string,
  collectives: Record<CollectiveKey, string>,
): InitiativePlan[] {
  const year = Number(today.slice(0, 4));
  const taartStart = dateOf(year - 3, 4, rng.int(1, 28));
  const berenStart = dateOf(year - 6, 3, 25);
  const helptStart = dateOf(year - 5, 2, rng.int(1, 28));
  const moestuinStart = dateOf(year - 2, 5, rng.int(1, 28));
  const eettafelStart = addDays(today, -rng.int(60, 80));
  const ideaOn = addDays(today, -rng.int(30, 60));

  const plans: Omit<InitiativePlan, 'row'>[] = [
    { key: 'TAART', from: taartStart },
    { key: 'BEREN', from: berenStart },
    { key: 'HELPT', from: helptStart },
    { key: 'MOESTUIN', from: moestuinStart },
    { key: 'EETTAFEL', from: eettafelStart },
    { key: 'SPEELSTRAAT', from: ideaOn },
  ];
  const rows: Record<InitiativeKey, Omit<InitiativeRow, 'externalId'>> = {
    TAART: {
      name: 'TaartExpress',
      kind: InitiativeKind.ATTENTION,
      phase: InitiativePhase.ACTIVE,
      placeExternalId: BUURT_ID,
      startedOn: taartStart,
      endedOn: null,
      meaningForStreet:
        'Bakkers en ontvangers kennen elkaar nu bij naam; een paar ontvangers komen inmiddels zelf naar de koffieochtend.',
      supportNeeded: 'Een vriezer in het buurthuis en iemand die de planning van de bezorging wil overnemen.',
      supportingCollectiveExternalIds: [collectives.CENTRE],
    },
    BEREN: {
      name: 'Berenactie Lindenlaan',
      kind: InitiativeKind.STREET_ACTION,
      phase: InitiativePhase.DORMANT,
      placeExternalId: 'street-lindenlaan',
      startedOn: berenStart,
      endedOn: null,
      meaningForStreet:
        'In de coronatijd liepen kinderen langs de beren achter de ramen; buren die elkaar nooit spraken, zwaaiden naar elkaar.',
      supportNeeded: 'Iemand die het in het voorjaar weer wil oppakken.',
      supportingCollectiveExternalIds: [collectives.APP_LINDENLAAN],
    },
    HELPT: {
      name: 'Lindenhof Helpt',
      kind: InitiativeKind.NEIGHBOUR_HELP,
      phase: InitiativePhase.ACTIVE,
      placeExternalId: BUURT_ID,
      startedOn: helptStart,
      endedOn: null,
      meaningForStreet:
        'Helpers en hulpvragers uit verschillende straten leren elkaar kennen; soms blijft het bij koffie, soms wordt het vriendschap.',
      supportNeeded:
        'Vragen komen nauwelijks binnen: er zijn veel meer helpers dan vragen. Nodig: iemand die aanbelt en het vragen makkelijker maakt.',
      supportingCollectiveExternalIds: [collectives.CENTRE, collectives.COMMITTEE],
    },
    MOESTUIN: {
      name: 'Moestuin Molenweg',
      kind: InitiativeKind.GREEN,
      phase: InitiativePhase.NEEDS_SUPPORT,
      placeExternalId: 'street-molenweg',
      startedOn: moestuinStart,
      endedOn: null,
      meaningForStreet: 'Ouderen en kinderen van de Molenweg werken samen in de bakken.',
      supportNeeded: 'Hangt op één initiatiefnemer; zoekt mensen die in de zomer water geven.',
      supportingCollectiveExternalIds: [collectives.APP_CORE],
    },
    EETTAFEL: {
      name: 'Eettafel Eikenhof',
      kind: InitiativeKind.MEAL_SHARING,
      phase: InitiativePhase.STARTING,
      placeExternalId: 'street-eikenhof',
      startedOn: eettafelStart,
      endedOn: null,
      meaningForStreet:
        'Eens per maand samen eten in de gemeenschappelijke ruimte; de eerste keer kwamen er elf bewoners.',
      supportNeeded: 'Een tweede kok, zodat het niet alleen op de organisator van de koffieochtend aankomt.',
      supportingCollectiveExternalIds: [collectives.COFFEE],
    },
    SPEELSTRAAT: {
      name: 'Speelstraat Vlinderhof',
      kind: InitiativeKind.PLAY_AND_YOUTH,
      phase: InitiativePhase.IDEA,
      placeExternalId: 'street-vlinderhof',
      startedOn: null,
      endedOn: null,
      meaningForStreet: null,
      supportNeeded: 'Hulp bij de aanvraag van een speelstraat bij de gemeente.',
      supportingCollectiveExternalIds: [],
    },
  };
  return plans.map((plan, i) => ({
    ...plan,
    row: { externalId: `init-${String(i + 1).padStart(2, '0')}`, ...rows[plan.key] },
  }));
}
