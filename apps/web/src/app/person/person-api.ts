/**
 * The GraphQL behind the person page and quick capture: one read of everything about a resident (ties with
 * history, groups, assets, contact log, help, figures and suggestions, all as of the same day) and the quick
 * actions that change it. Figures come from the API, which recomputes them on every new data version.
 */
import { inject, Injectable } from '@angular/core';
import type {
  AssetKind,
  CollectiveKind,
  ContactChannel,
  ContactSignal,
  EcogramFunction,
  HelpOfferStatus,
  HelpRequestStatus,
  InitiativeKind,
  InitiativePhase,
  MembershipRole,
  NeedKind,
  ParticipationRole,
  PersonRoleSpell,
  PlaceLevel,
  TieKind,
  TieSource,
} from '@weefsel/domain';
import { map, type Observable } from 'rxjs';
import { GraphqlClient, operation } from '../graphql/graphql-client';

export interface PersonRef {
  id: string;
  displayName: string;
  homePlace: { id: string; name: string };
}

export interface TieItem {
  id: string;
  kind: TieKind;
  functions: EcogramFunction[];
  strength: number;
  since: string;
  until: string | null;
  lastConfirmedOn: string | null;
  source: TieSource;
  note: string | null;
  /** null when that person lives outside the worker's places */
  personA: PersonRef | null;
  personB: PersonRef | null;
}

export interface MembershipItem {
  id: string;
  role: MembershipRole;
  since: string;
  until: string | null;
  collective: { id: string; name: string; kind: CollectiveKind } | null;
}

export interface ParticipationItem {
  id: string;
  role: ParticipationRole;
  since: string;
  until: string | null;
  initiative: { id: string; name: string; kind: InitiativeKind; phase: InitiativePhase } | null;
}

export interface ContactMomentItem {
  id: string;
  occurredOn: string;
  channel: ContactChannel;
  summary: string;
  signals: ContactSignal[];
  worker: { id: string; displayName: string };
  place: { id: string; name: string } | null;
  people: { id: string; displayName: string }[];
}

export interface ContactPage {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  moments: ContactMomentItem[];
}

export interface HelpRequestItem {
  id: string;
  need: NeedKind;
  description: string | null;
  status: HelpRequestStatus;
  requestedOn: string;
}

export interface HelpOfferItem {
  id: string;
  need: NeedKind;
  description: string | null;
  status: HelpOfferStatus;
  offeredOn: string;
}

export interface AtRiskReason {
  code: string;
  detail: Record<string, unknown>;
}

export interface PersonMetrics {
  asOf: string;
  degree: number;
  weakTies: number;
  betweenness: number;
  betweennessExact: boolean;
  constraint: number | null;
  effectiveSize: number | null;
  clustering: number;
  isolated: boolean;
  articulationPoint: boolean;
  bridges: number;
  hiddenConnector: boolean;
  atRiskRank: number | null;
  atRiskScore: number | null;
  atRiskReasons: AtRiskReason[];
}

export interface PersonSuggestion {
  id: string;
  kind: string;
  rank: number;
  explanation: { nl: string; en: string };
}

export interface PersonDetails {
  id: string;
  displayName: string;
  onWatchList: boolean;
  birthYear: number | null;
  homePlace: { id: string; name: string; level: PlaceLevel };
  roles: PersonRoleSpell[];
  assets: { kind: AssetKind; label: string }[];
  ties: TieItem[];
  memberships: MembershipItem[];
  participations: ParticipationItem[];
  contacts: ContactPage;
  helpRequests: HelpRequestItem[];
  helpOffers: HelpOfferItem[];
  metrics: PersonMetrics;
  suggestions: PersonSuggestion[];
}

const PERSON_REF = 'id displayName homePlace { id name }';
const CONTACT_FIELDS = `
  totalCount
  pageInfo { hasNextPage endCursor }
  edges { node { id occurredOn channel summary signals worker { id displayName } place { id name } people { id displayName } } }
`;

interface ContactConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ContactMomentItem }[];
}

type PersonData = {
  person: Omit<PersonDetails, 'contacts'> & { contactMoments: ContactConnection };
};
type PersonVariables = { id: string; asOf: string; contacts: number };

export const PERSON = operation<PersonData, PersonVariables>(`
  query PersonPage($id: ID!, $asOf: LocalDate, $contacts: Int) {
    person(id: $id) {
      id displayName onWatchList birthYear
      homePlace { id name level }
      roles { role since until }
      assets { kind label }
      ties(asOf: $asOf, includeEnded: true) {
        id kind functions strength since until lastConfirmedOn source note
        personA { ${PERSON_REF} }
        personB { ${PERSON_REF} }
      }
      memberships { id role since until collective { id name kind } }
      participations { id role since until initiative { id name kind phase } }
      contactMoments(first: $contacts) { ${CONTACT_FIELDS} }
      helpRequests { id need description status requestedOn }
      helpOffers { id need description status offeredOn }
      metrics(asOf: $asOf) {
        asOf degree weakTies betweenness betweennessExact constraint effectiveSize clustering isolated
        articulationPoint bridges hiddenConnector atRiskRank atRiskScore atRiskReasons { code detail }
      }
      suggestions { id kind rank explanation { nl en } }
    }
  }
`);

type MoreContactsData = { person: { contactMoments: ContactConnection } };
type MoreContactsVariables = { id: string; first: number; after: string };

export const MORE_CONTACTS = operation<MoreContactsData, MoreContactsVariables>(`
  query PersonContacts($id: ID!, $first: Int, $after: String) {
    person(id: $id) { contactMoments(first: $first, after: $after) { ${CONTACT_FIELDS} } }
  }
`);

export type LogContactInput = {
  personIds: string[];
  placeId: string;
  channel: ContactChannel;
  occurredOn: string;
  summary: string;
  signals: ContactSignal[];
};

export const LOG_CONTACT = operation<{ logContactMoment: { id: string } }, { input: LogContactInput }>(`
  mutation LogContact($input: LogContactMomentInput!) { logContactMoment(input: $input) { id } }
`);

export type CreateTieInput = {
  personAId: string;
  personBId: string;
  kind: TieKind;
  functions: EcogramFunction[];
  strength: number;
  since: string;
  lastConfirmedOn: string | null;
  source: TieSource;
  note: string | null;
};

export const CREATE_TIE = operation<{ createTie: { id: string } }, { input: CreateTieInput }>(`
  mutation CreateTie($input: CreateTieInput!) { createTie(input: $input) { id } }
`);

export const END_TIE = operation<{ endTie: { id: string; until: string | null } }, { id: string; until: string }>(`
  mutation EndTie($id: ID!, $until: LocalDate) { endTie(id: $id, until: $until) { id until } }
`);

/** What the worker may change on a tie (UpdateTieInput); a field left out stays as it is. */
export type UpdateTieInput = Partial<{
  kind: TieKind;
  functions: EcogramFunction[];
  strength: number;
  note: string | null;
  lastConfirmedOn: string | null;
}>;

export const UPDATE_TIE = operation<
  { updateTie: { id: string; lastConfirmedOn: string | null } },
  { id: string; input: UpdateTieInput }
>(`
  mutation UpdateTie($id: ID!, $input: UpdateTieInput!) { updateTie(id: $id, input: $input) { id lastConfirmedOn } }
`);

/** What the worker who logged a contact moment may change (UpdateContactMomentInput); the place and people stay. */
export type UpdateContactInput = {
  channel: ContactChannel;
  occurredOn: string;
  summary: string;
  signals: ContactSignal[];
};

export const UPDATE_CONTACT = operation<
  { updateContactMoment: { id: string } },
  { id: string; input: UpdateContactInput }
>(`
  mutation UpdateContactMoment($id: ID!, $input: UpdateContactMomentInput!) {
    updateContactMoment(id: $id, input: $input) { id }
  }
`);

export const DELETE_CONTACT = operation<{ deleteContactMoment: string }, { id: string }>(`
  mutation DeleteContactMoment($id: ID!) { deleteContactMoment(id: $id) }
`);

export const SET_WATCH_LIST = operation<
  { setWatchList: { id: string; onWatchList: boolean } },
  { id: string; onWatchList: boolean }
>(`
  mutation SetWatchList($id: ID!, $onWatchList: Boolean!) {
    setWatchList(id: $id, onWatchList: $onWatchList) { id onWatchList }
  }
`);

export type HelpInput = { personId: string; need: NeedKind; description: string | null; date: string };

export const CREATE_HELP_REQUEST = operation<
  { createHelpRequest: { id: string } },
  { input: { personId: string; need: NeedKind; description: string | null; requestedOn: string } }
>(`
  mutation CreateHelpRequest($input: CreateHelpRequestInput!) { createHelpRequest(input: $input) { id } }
`);

export const CREATE_HELP_OFFER = operation<
  { createHelpOffer: { id: string } },
  { input: { personId: string; need: NeedKind; description: string | null; offeredOn: string } }
>(`
  mutation CreateHelpOffer($input: CreateHelpOfferInput!) { createHelpOffer(input: $input) { id } }
`);

function toContactPage(connection: ContactConnection): ContactPage {
  return {
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor,
    moments: connection.edges.map((edge) => edge.node),
  };
}

@Injectable({ providedIn: 'root' })
export class PersonApi {
  private readonly graphql = inject(GraphqlClient);

  person(id: string, asOf: string, contacts: number): Observable<PersonDetails> {
    return this.graphql.request(PERSON, { id, asOf, contacts }).pipe(
      map(({ person }) => {
        const { contactMoments, ...rest } = person;
        return { ...rest, contacts: toContactPage(contactMoments) };
      }),
    );
  }

  moreContacts(id: string, after: string, first: number): Observable<ContactPage> {
    return this.graphql
      .request(MORE_CONTACTS, { id, first, after })
      .pipe(map(({ person }) => toContactPage(person.contactMoments)));
  }

  logContact(input: LogContactInput): Observable<string> {
    return this.graphql.request(LOG_CONTACT, { input }).pipe(map((data) => data.logContactMoment.id));
  }

  createTie(input: CreateTieInput): Observable<string> {
    return this.graphql.request(CREATE_TIE, { input }).pipe(map((data) => data.createTie.id));
  }

  endTie(id: string, until: string): Observable<string> {
    return this.graphql.request(END_TIE, { id, until }).pipe(map((data) => data.endTie.id));
  }

  updateTie(id: string, input: UpdateTieInput): Observable<string> {
    return this.graphql.request(UPDATE_TIE, { id, input }).pipe(map((data) => data.updateTie.id));
  }

  updateContact(id: string, input: UpdateContactInput): Observable<string> {
    return this.graphql.request(UPDATE_CONTACT, { id, input }).pipe(map((data) => data.updateContactMoment.id));
  }

  deleteContact(id: string): Observable<string> {
    return this.graphql.request(DELETE_CONTACT, { id }).pipe(map((data) => data.deleteContactMoment));
  }

  setWatchList(id: string, onWatchList: boolean): Observable<boolean> {
    return this.graphql.request(SET_WATCH_LIST, { id, onWatchList }).pipe(map((data) => data.setWatchList.onWatchList));
  }

  createHelpRequest(input: HelpInput): Observable<string> {
    const { date, ...rest } = input;
    return this.graphql
      .request(CREATE_HELP_REQUEST, { input: { ...rest, requestedOn: date } })
      .pipe(map((data) => data.createHelpRequest.id));
  }

  createHelpOffer(input: HelpInput): Observable<string> {
    const { date, ...rest } = input;
    return this.graphql
      .request(CREATE_HELP_OFFER, { input: { ...rest, offeredOn: date } })
      .pipe(map((data) => data.createHelpOffer.id));
  }
}
