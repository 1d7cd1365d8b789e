import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ErrorCode, PlaceLevel } from '@weefsel/domain';
import { type Observable, of, throwError } from 'rxjs';
import { GraphqlClient, type GraphqlOperation } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { Translator } from '../i18n/translator';
import { PLACES } from '../people/people-api';
import { addDays, localToday } from './suggestion-words';
import {
  ACCEPT_SUGGESTION,
  COMPLETE_FOLLOW_UP,
  DISMISS_SUGGESTION,
  type FollowUp,
  GAP_SUGGESTIONS,
  type GapSuggestion,
  PLACE_FIGURES,
  REOPEN_SUGGESTION,
  SUGGESTION_FOLLOW_UPS,
  SUGGESTION_WHAT_IF,
  type SuggestionEffect,
} from './suggestions-api';
import { SuggestionsPage } from './suggestions-page';

const PLACE_NODES = [
  { id: 'g1', name: 'Lindendorp', level: PlaceLevel.MUNICIPALITY, parentId: null, cbsCode: null },
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: 'g1', cbsCode: null },
  { id: 's1', name: 'Lindenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

const EFFECT: SuggestionEffect = {
  scenario: 'ADD_TIE',
  residentsLeavingIsolation: 1,
  residentsBecomingIsolated: 0,
  isolatedChange: -1,
  atRiskChange: -1,
  tiesChange: 1,
  componentsChange: -1,
  largestComponentShareChange: 0,
  bridgingShareChange: null,
  meanDegreeChange: 0.01,
  bridgesChange: 0,
  articulationPointsChange: 0,
};

function suggestion(n: number, extra: Partial<GapSuggestion> = {}): GapSuggestion {
  return {
    id: `sg-000000000000000${n}`,
    kind: 'INTRODUCE_TO_CONNECTOR',
    rank: n,
    score: 100 - n,
    people: [`p${n}`, 'c1'],
    persons: [
      { id: `p${n}`, displayName: `Bewoner ${n}` },
      { id: 'c1', displayName: 'Gerda Prins' },
    ],
    proposedTie: { personAId: `p${n}`, personBId: 'c1' },
    reasons: [{ code: 'ISOLATED' }, { code: 'SAME_STREET' }],
    explanation: { nl: `Stel Bewoner ${n} voor aan Gerda Prins.`, en: `Introduce Bewoner ${n} to Gerda Prins.` },
    effect: EFFECT,
    ...extra,
  };
}

function followUp(extra: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'd1',
    suggestionId: 'sg-0000000000000009',
    kind: 'INTRODUCE_TO_CONNECTOR',
    people: [
      { id: 'p9', displayName: 'Bewoner 9' },
      { id: 'c1', displayName: 'Gerda Prins' },
    ],
    explanation: { nl: 'Stel Bewoner 9 voor aan Gerda Prins.', en: 'Introduce Bewoner 9 to Gerda Prins.' },
    effect: EFFECT,
    decidedOn: '2026-11-01',
    decidedBy: { displayName: 'Wendy Werker' },
    followUpOn: '2026-11-15',
    followUpStatus: 'OPEN',
    due: true,
    outcome: null,
    outcomeNote: null,
    completedOn: null,
    tieId: null,
    contactMoment: null,
    ...extra,
  };
}

function must<T>(found: T | null | undefined, what: string): T {
  if (found === null || found === undefined) throw new Error(`not on screen: ${what}`);
  return found;
}

describe('SuggestionsPage', () => {
  let fixture: ComponentFixture<SuggestionsPage>;
  let request: jest.Mock;
  let suggestions: GapSuggestion[];
  let followUps: FollowUp[];
  let calls: { op: string; variables: unknown }[];
  let failAccept: GraphqlError | null;

  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const cards = (): HTMLElement[] => Array.from(el().querySelectorAll<HTMLElement>('wf-suggestion-card'));
  const buttonIn = (root: HTMLElement, text: string): HTMLButtonElement =>
    must(
      Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === text),
      `button "${text}"`,
    );
  const callsOf = (op: string) => calls.filter((c) => c.op === op);

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(SuggestionsPage);
    await fixture.whenStable();
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(() => {
    suggestions = [suggestion(1), suggestion(2, { kind: 'CHECK_UNCONFIRMED_TIE', proposedTie: null })];
    followUps = [followUp()];
    calls = [];
    failAccept = null;
    const name = new Map<unknown, string>([
      [PLACES, 'PLACES'],
      [GAP_SUGGESTIONS, 'SUGGESTIONS'],
      [SUGGESTION_FOLLOW_UPS, 'FOLLOW_UPS'],
      [PLACE_FIGURES, 'FIGURES'],
      [ACCEPT_SUGGESTION, 'ACCEPT'],
      [DISMISS_SUGGESTION, 'DISMISS'],
      [REOPEN_SUGGESTION, 'REOPEN'],
      [COMPLETE_FOLLOW_UP, 'COMPLETE'],
      [SUGGESTION_WHAT_IF, 'WHAT_IF'],
    ]);
    request = jest.fn((op: GraphqlOperation<unknown, never>, variables: unknown): Observable<unknown> => {
      const opName = name.get(op);
      if (!opName) throw new Error('unexpected operation');
      calls.push({ op: opName, variables });
      switch (opName) {
        case 'PLACES':
          return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
        case 'SUGGESTIONS':
          return of({ suggestions });
        case 'FOLLOW_UPS':
          return of({ suggestionFollowUps: followUps });
        case 'FIGURES':
          return of({ placeHealth: { residents: 300, isolated: 21, atRisk: 60 } });
        case 'ACCEPT':
          if (failAccept) return throwError(() => failAccept);
          return of({ acceptSuggestion: followUp({ id: 'd2', followUpOn: '2026-12-05', due: false }) });
        case 'DISMISS':
          return of({ dismissSuggestion: { id: 'd3' } });
        case 'REOPEN':
          return of({ reopenSuggestion: 'd3' });
        case 'COMPLETE':
          return of({ completeFollowUp: followUp({ followUpStatus: 'DONE', outcome: 'TIE_MADE', tieId: 't1' }) });
        default:
          return of({
            whatIf: {
              before: {
                isolated: 21,
                atRisk: 60,
                ties: 500,
                components: 30,
                largestComponentShare: 0.8,
                meanDegree: 3.3,
                bridgingShare: 0.1,
              },
              after: {
                isolated: 20,
                atRisk: 59,
                ties: 501,
                components: 29,
                largestComponentShare: 0.8033,
                meanDegree: 3.34,
                bridgingShare: 0.1,
              },
            },
          });
      }
    });
    TestBed.configureTestingModule({
      imports: [SuggestionsPage],
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: { request } }],
    });
    TestBed.inject(Translator).use('nl');
  });

  it('opens on the first buurt, with the ranked suggestions explained in Dutch and the people as links', async () => {
    await render();
    // the buurt, not the gemeente above it: a buurt is where the worker acts
    expect(callsOf('SUGGESTIONS')[0].variables).toEqual({ placeId: 'b1', limit: 20 });
    expect((el().querySelector('#suggestions-place') as HTMLSelectElement).value).toBe('b1');
    expect(cards()).toHaveLength(2);
    const first = cards()[0];
    expect(first.textContent).toContain('Stel Bewoner 1 voor aan Gerda Prins.');
    expect(Array.from(first.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/people/p1',
      '/people/c1',
    ]);
    // reasons in words, and the effect in words and numbers (U+2212 minus)
    expect(first.textContent).toContain('geen enkele band');
    expect(first.textContent?.replace(/\s+/g, ' ')).toContain('geïsoleerd \u22121');
    expect(first.textContent).toContain('1 bewoner niet meer geïsoleerd');
    expect(el().querySelector('[data-testid="place-figures"]')?.textContent).toContain('21 geïsoleerd');
  });

  it('switches the explanations to English with the language', async () => {
    await render();
    TestBed.inject(Translator).use('en');
    await settle();
    expect(cards()[0].textContent).toContain('Introduce Bewoner 1 to Gerda Prins.');
  });

  it('filters by kind', async () => {
    await render();
    buttonIn(el(), 'Band nagaan 1').click();
    await settle();
    expect(cards().map((c) => c.textContent?.includes('Bewoner 2'))).toEqual([true]);
  });

  it('shows the before and after figures of a proposed tie', async () => {
    await render();
    buttonIn(cards()[0], 'Voor en na bekijken').click();
    await settle();
    expect(callsOf('WHAT_IF')[0].variables).toEqual({ placeId: 'b1', addTies: [{ personAId: 'p1', personBId: 'c1' }] });
    const rows = Array.from(cards()[0].querySelectorAll('table.preview tbody tr')).map((r) =>
      Array.from(r.children).map((c) => c.textContent?.trim()),
    );
    expect(rows[0]).toEqual(['geïsoleerd', '21', '20']);
  });

  it('takes a suggestion up with the form’s values: the card leaves and the follow-ups are read again', async () => {
    await render();
    const card = cards()[0];
    buttonIn(card, 'Oppakken').click();
    await settle();
    const channel = must(card.querySelector<HTMLSelectElement>('select'), 'channel');
    channel.value = 'HOME_VISIT';
    channel.dispatchEvent(new Event('change'));
    const note = must(card.querySelector<HTMLTextAreaElement>('textarea'), 'note');
    note.value = 'Bij de koffie';
    note.dispatchEvent(new Event('input'));
    await settle();
    buttonIn(card, 'Oppakken en vastleggen').click();
    await settle();
    const today = localToday();
    expect(callsOf('ACCEPT')[0].variables).toEqual({
      input: {
        placeId: 'b1',
        suggestionId: 'sg-0000000000000001',
        channel: 'HOME_VISIT',
        occurredOn: today,
        followUpOn: addDays(today, 14),
        note: 'Bij de koffie',
        language: 'NL',
      },
    });
    expect(cards()).toHaveLength(1);
    expect(callsOf('FOLLOW_UPS')).toHaveLength(2);
    expect(el().querySelector('.notice')?.textContent).toContain('Opgepakt');
  });

  it('checks the dates as the user types, and sends nothing while they are wrong', async () => {
    await render();
    const card = cards()[0];
    buttonIn(card, 'Oppakken').click();
    await settle();
    const [occurred, followUpOn] = Array.from(card.querySelectorAll<HTMLInputElement>('input[type="date"]'));
    occurred.value = addDays(localToday(), 2);
    occurred.dispatchEvent(new Event('input'));
    await settle();
    expect(card.textContent).toContain('Deze datum ligt in de toekomst');
    occurred.value = localToday();
    occurred.dispatchEvent(new Event('input'));
    followUpOn.value = addDays(localToday(), -1);
    followUpOn.dispatchEvent(new Event('input'));
    await settle();
    expect(card.textContent).toContain('Opvolgen kan niet vóór de kennismaking.');
    buttonIn(card, 'Oppakken en vastleggen').click();
    await settle();
    expect(callsOf('ACCEPT')).toEqual([]);
  });

  it('says in words when the suggestion is gone, and reads the list again', async () => {
    failAccept = new GraphqlError(ErrorCode.NOT_FOUND, 'gone');
    await render();
    buttonIn(cards()[0], 'Oppakken').click();
    await settle();
    buttonIn(cards()[0], 'Oppakken en vastleggen').click();
    await settle();
    expect(el().querySelector('.notice')?.textContent).toContain('Dit voorstel is er niet meer');
    expect(callsOf('SUGGESTIONS')).toHaveLength(2);
  });

  it('needs a reason to set aside, a note for "other", and offers to undo', async () => {
    await render();
    const card = cards()[0];
    buttonIn(card, 'Terzijde leggen').click();
    await settle();
    const submit = must(card.querySelector<HTMLButtonElement>('form button[type="submit"]'), 'submit');
    submit.click();
    await settle();
    expect(card.textContent).toContain('Kies waarom je dit voorstel terzijde legt.');
    const reason = must(card.querySelector<HTMLSelectElement>('form select'), 'reason');
    reason.value = 'OTHER';
    reason.dispatchEvent(new Event('change'));
    await settle();
    submit.click();
    await settle();
    expect(card.textContent).toContain('Schrijf in een paar woorden waarom');
    expect(callsOf('DISMISS')).toEqual([]);
    const note = must(card.querySelector<HTMLTextAreaElement>('form textarea'), 'note');
    note.value = 'Verhuist volgende maand';
    note.dispatchEvent(new Event('input'));
    await settle();
    submit.click();
    await settle();
    expect(callsOf('DISMISS')[0].variables).toEqual({
      input: { placeId: 'b1', suggestionId: 'sg-0000000000000001', reason: 'OTHER', note: 'Verhuist volgende maand' },
    });
    expect(cards()).toHaveLength(1);
    buttonIn(el(), 'Ongedaan maken').click();
    await settle();
    expect(callsOf('REOPEN')[0].variables).toEqual({ decisionId: 'd3' });
    expect(callsOf('SUGGESTIONS')).toHaveLength(2);
  });

  it('lists follow-ups with their three outcomes; a tie made reads the suggestions and figures again', async () => {
    await render();
    const item = must(el().querySelector<HTMLElement>('wf-follow-up-item'), 'follow-up');
    expect(item.textContent).toContain('Nu opvolgen');
    expect(item.textContent).toContain('Wendy Werker');
    buttonIn(item, 'Ze kennen elkaar nu').click();
    await settle();
    expect(
      (callsOf('COMPLETE')[0].variables as { input: { decisionId: string; outcome: string } }).input,
    ).toMatchObject({
      decisionId: 'd1',
      outcome: 'TIE_MADE',
      note: null,
      completedOn: localToday(),
    });
    expect(callsOf('SUGGESTIONS')).toHaveLength(2);
    expect(callsOf('FIGURES')).toHaveLength(2);
    expect(el().querySelector('.notice')?.textContent).toContain('Band vastgelegd');
  });

  it('says what to do next when there is nothing to suggest or follow up', async () => {
    suggestions = [];
    followUps = [];
    await render();
    expect(el().textContent).toContain('Geen voorstellen voor deze plek');
    expect(el().textContent).toContain('Niets op te volgen. Pak een voorstel op');
  });
});
