import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ContactChannel, ContactSignal, ErrorCode, NeedKind, PlaceLevel, TieKind, TieSource } from '@weefsel/domain';
import { of, throwError } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { GraphqlError } from '../graphql/graphql-error';
import { PLACES } from '../people/people-api';
import { localToday } from '../person/local-date';
import { CREATE_HELP_REQUEST, CREATE_TIE, LOG_CONTACT } from '../person/person-api';
import { PERSON_SEARCH } from '../person-picker/person-picker-api';
import { CAPTURE_PERSON, LIKELY_PEOPLE_QUERY, recentPeople } from './capture-api';
import { QuickCapturePage } from './quick-capture-page';

const KEES = { id: 'p1', displayName: 'Kees Jansen', homePlace: { id: 's1', name: 'Lindenlaan' } };
const ANNA = { id: 'p2', displayName: 'Anna de Vries', homePlace: { id: 's2', name: 'Bakkerstraat' } };
const PLACE_NODES = [
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
  { id: 's1', name: 'Lindenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 's2', name: 'Bakkerstraat', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

describe('recentPeople', () => {
  it("puts the worker's own contacts first, each person once, and stops at the limit", () => {
    const moments = [
      { worker: { id: 'w2' }, people: [ANNA] },
      { worker: { id: 'me' }, people: [KEES] },
      { worker: { id: 'me' }, people: [KEES, ANNA] },
    ];
    expect(recentPeople(moments, 'me', 5).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(recentPeople(moments, 'me', 1).map((p) => p.id)).toEqual(['p1']);
    expect(recentPeople(moments, null, 5).map((p) => p.id)).toEqual(['p2', 'p1']);
  });
});

describe('QuickCapturePage', () => {
  let fixture: ComponentFixture<QuickCapturePage>;
  let request: jest.Mock;
  let tieFails: boolean;

  beforeEach(() => {
    tieFails = false;
    request = jest.fn((op: unknown) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === LIKELY_PEOPLE_QUERY) {
        return of({
          contactMoments: { edges: [{ node: { worker: { id: 'w1' }, people: [KEES] } }] },
          people: { edges: [{ node: ANNA }] },
        });
      }
      if (op === PERSON_SEARCH) return of({ people: { totalCount: 0, edges: [] } });
      if (op === LOG_CONTACT) return of({ logContactMoment: { id: 'cm1' } });
      if (op === CREATE_TIE) {
        return tieFails
          ? throwError(() => new GraphqlError(ErrorCode.CONFLICT, 'These two people already have an open tie'))
          : of({ createTie: { id: 't1' } });
      }
      if (op === CREATE_HELP_REQUEST) return of({ createHelpRequest: { id: 'h1' } });
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      imports: [QuickCapturePage],
      providers: [provideRouter([]), { provide: GraphqlClient, useValue: { request } }],
    });
    fixture = TestBed.createComponent(QuickCapturePage);
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const lines = (selector: string) =>
    Array.from(el().querySelectorAll(`${selector} p`)).map((p) => p.textContent?.trim());
  const text = (selector: string) => el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const buttonNamed = (name: string) => {
    const found = Array.from(el().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim().startsWith(name),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  const choice = (name: string) => {
    const label = Array.from(el().querySelectorAll('label.choice')).find((l) => l.textContent?.trim() === name);
    const input = label?.querySelector('input');
    if (!input) throw new Error(`no choice ${name}`);
    return input;
  };
  const calls = (op: unknown) => request.mock.calls.filter(([o]) => o === op).map(([, v]) => v);
  async function typeInto(selector: string, value: string): Promise<void> {
    const field = el().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!field) throw new Error(`no field ${selector}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('starts with the defaults and offers recent and watch-list people', async () => {
    await fixture.whenStable();
    expect(choice('op straat').checked).toBe(true);
    expect(el().querySelector<HTMLInputElement>('#capture-date')?.value).toBe(localToday());
    const groups = Array.from(el().querySelectorAll('[role="group"]')).map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['Recent gesproken', 'Op de aandachtslijst']);
  });

  it('refuses to save without who and what, saying so at the fields', async () => {
    await fixture.whenStable();
    buttonNamed('Opslaan').click();
    await fixture.whenStable();
    expect(text('#capture-who-error')).toBe('Kies een bewoner uit de lijst.');
    expect(text('#capture-summary-help .field-error')).toBe('Vul dit veld in.');
    expect(calls(LOG_CONTACT)).toEqual([]);
  });

  it('saves contact, tie and help request in one go, with the street as place, and can start again keeping it', async () => {
    await fixture.whenStable();
    buttonNamed('Kees Jansen').click(); // a recent contact: one tap
    await fixture.whenStable();
    expect(el().querySelector<HTMLSelectElement>('#capture-where')?.value).toBe('s1');
    choice('hulpvraag').click();
    await fixture.whenStable();
    expect(el().querySelector<HTMLSelectElement>('#capture-request-need')?.value).toBe(NeedKind.SOCIAL_CONTACT);
    await typeInto('#capture-summary', 'Zoekt gezelschap.');
    buttonNamed('Kent iemand').click();
    await fixture.whenStable();
    expect(text('label[for="capture-knows"]')).toBe('Kees Jansen kent');
    fixture.componentInstance.knowsPerson.set(ANNA);
    await typeInto('#capture-knows-note', 'via het hondenuitlaten');
    buttonNamed('Opslaan').click();
    await fixture.whenStable();

    expect(calls(LOG_CONTACT)).toEqual([
      {
        input: {
          personIds: ['p1'],
          placeId: 's1',
          channel: ContactChannel.STREET,
          occurredOn: localToday(),
          summary: 'Zoekt gezelschap.',
          signals: [ContactSignal.HELP_REQUEST],
        },
      },
    ]);
    expect(calls(CREATE_TIE)).toEqual([
      {
        input: {
          personAId: 'p1',
          personBId: 'p2',
          kind: TieKind.ACQUAINTANCE,
          functions: [],
          strength: 2,
          since: localToday(),
          lastConfirmedOn: localToday(),
          source: TieSource.SELF_REPORTED,
          note: 'via het hondenuitlaten',
        },
      },
    ]);
    expect(calls(CREATE_HELP_REQUEST)).toEqual([
      {
        input: {
          personId: 'p1',
          need: NeedKind.SOCIAL_CONTACT,
          description: 'Zoekt gezelschap.',
          requestedOn: localToday(),
        },
      },
    ]);
    expect(lines('.done')).toEqual([
      'Contact met Kees Jansen vastgelegd.',
      'Band met Anna de Vries toegevoegd.',
      'Hulpvraag vastgelegd (contact en gezelschap).',
    ]);
    expect(el().querySelector('.done-actions a')?.getAttribute('href')).toBe('/people/p1');

    buttonNamed('Nog een contact vastleggen').click();
    await fixture.whenStable();
    expect(fixture.componentInstance.person()).toBeNull();
    expect(el().querySelector<HTMLTextAreaElement>('#capture-summary')?.value).toBe('');
    expect(el().querySelector<HTMLSelectElement>('#capture-where')?.value).toBe('s1');
  });

  it('keeps the contact when the tie fails, and retries only the tie', async () => {
    tieFails = true;
    await fixture.whenStable();
    fixture.componentInstance.person.set(KEES);
    await typeInto('#capture-summary', 'Kort gesproken.');
    buttonNamed('Kent iemand').click();
    await fixture.whenStable();
    fixture.componentInstance.knowsPerson.set(ANNA);
    buttonNamed('Opslaan').click();
    await fixture.whenStable();
    expect(text('[role="alert"] p')).toBe(
      'Het contact is opgeslagen, maar de band niet: deze twee hebben al een band.',
    );
    tieFails = false;
    buttonNamed('Opnieuw proberen').click();
    await fixture.whenStable();
    expect(calls(LOG_CONTACT)).toHaveLength(1);
    expect(calls(CREATE_TIE)).toHaveLength(2);
    expect(lines('.done')).toEqual(['Contact met Kees Jansen vastgelegd.', 'Band met Anna de Vries toegevoegd.']);
  });
});

@Component({ template: '<p>plan</p>', changeDetection: ChangeDetectionStrategy.OnPush })
class PlanStub {}

describe('QuickCapturePage opened from the visit plan', () => {
  const PLAN = '/watch-list?view=plan&visit=p1,p2';
  const FROM_PLAN = `/capture?person=p1&returnUrl=${encodeURIComponent(PLAN)}`;
  let request: jest.Mock;

  beforeEach(() => {
    request = jest.fn((op: unknown, variables: Record<string, unknown>) => {
      if (op === PLACES) return of({ places: { edges: PLACE_NODES.map((node) => ({ node })) } });
      if (op === LIKELY_PEOPLE_QUERY) return of({ contactMoments: { edges: [] }, people: { edges: [] } });
      if (op === CAPTURE_PERSON) {
        return variables['id'] === 'p1'
          ? of({ person: KEES })
          : throwError(() => new GraphqlError(ErrorCode.NOT_FOUND, 'Person x was not found.'));
      }
      if (op === PERSON_SEARCH) return of({ people: { totalCount: 0, edges: [] } });
      if (op === LOG_CONTACT) return of({ logContactMoment: { id: 'cm1' } });
      throw new Error('unexpected operation');
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'capture', component: QuickCapturePage },
          { path: 'watch-list', component: PlanStub },
        ]),
        { provide: GraphqlClient, useValue: { request } },
      ],
    });
  });

  const text = (root: HTMLElement, selector: string) =>
    root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const buttonNamed = (root: HTMLElement, name: string) => {
    const found = Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };

  async function saveContact(harness: RouterTestingHarness, root: HTMLElement): Promise<void> {
    const summary = root.querySelector<HTMLTextAreaElement>('#capture-summary') as HTMLTextAreaElement;
    summary.value = 'Langs geweest.';
    summary.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    buttonNamed(root, 'Opslaan').click();
    await harness.fixture.whenStable();
  }

  it('has the resident of the link chosen, in their street, and offers the way back to the plan', async () => {
    const harness = await RouterTestingHarness.create(FROM_PLAN);
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    expect(request).toHaveBeenCalledWith(CAPTURE_PERSON, { id: 'p1' });
    expect(root.querySelector<HTMLInputElement>('#capture-who')?.value).toBe('Kees Jansen');
    expect(text(root, '#capture-who-status')).toBe('Gekozen: Kees Jansen, Lindenlaan');
    expect(root.querySelector<HTMLSelectElement>('#capture-where')?.value).toBe('s1');
    expect(text(root, 'a.back')).toBe('Terug naar het bezoekplan');

    await saveContact(harness, root);
    expect(request).toHaveBeenCalledWith(LOG_CONTACT, {
      input: expect.objectContaining({ personIds: ['p1'], placeId: 's1', summary: 'Langs geweest.' }),
    });
    // opened straight from a link (nothing to go Back to in this app): the return address is visited
    const back = TestBed.inject(Location);
    const historyBack = jest.spyOn(back, 'back');
    buttonNamed(root, 'Terug naar het bezoekplan').click();
    await harness.fixture.whenStable();
    expect(historyBack).not.toHaveBeenCalled();
    expect(TestBed.inject(Router).url).toBe(PLAN);
  });

  it("goes Back in history when it was opened from that very plan, so the plan's page is not stacked twice", async () => {
    const harness = await RouterTestingHarness.create(PLAN);
    await harness.navigateByUrl(FROM_PLAN);
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    await saveContact(harness, root);
    const historyBack = jest.spyOn(TestBed.inject(Location), 'back').mockImplementation(() => undefined);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    buttonNamed(root, 'Terug naar het bezoekplan').click();
    expect(historyBack).toHaveBeenCalledTimes(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('"capture another" forgets the resident of the link but keeps the way back', async () => {
    const harness = await RouterTestingHarness.create(FROM_PLAN);
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    await saveContact(harness, root);
    buttonNamed(root, 'Nog een contact vastleggen').click();
    await harness.fixture.whenStable();
    expect(root.querySelector<HTMLInputElement>('#capture-who')?.value).toBe('');
    const url = new URL(TestBed.inject(Router).url, 'http://x');
    expect(url.searchParams.has('person')).toBe(false);
    expect(url.searchParams.get('returnUrl')).toBe(PLAN);
    expect(text(root, 'a.back')).toBe('Terug naar het bezoekplan');
  });

  it('says so when the resident of the link is not there, and lets the worker choose', async () => {
    const harness = await RouterTestingHarness.create('/capture?person=gone');
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    expect(text(root, '[role="alert"]')).toBe(
      'De bewoner uit de link kon niet worden geladen: die bestaat niet (meer) of woont buiten jouw plekken. Kies hieronder wie je sprak.',
    );
    expect(root.querySelector<HTMLInputElement>('#capture-who')?.value).toBe('');
    // no return address, no way back to show
    expect(root.querySelector('a.back')).toBeNull();
  });

  it('ignores a return address outside the app', async () => {
    const harness = await RouterTestingHarness.create(`/capture?returnUrl=${encodeURIComponent('//evil.example/x')}`);
    await harness.fixture.whenStable();
    expect((harness.routeNativeElement as HTMLElement).querySelector('a.back')).toBeNull();
  });
});
