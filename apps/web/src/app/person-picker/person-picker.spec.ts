import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { PersonPicker, PICKER_DEBOUNCE_MS } from './person-picker';
import { PERSON_SEARCH, type PersonOption, type PersonSuggestionGroup } from './person-picker-api';

const KEES: PersonOption = { id: 'p1', displayName: 'Kees Jansen', homePlace: { id: 's1', name: 'Lindenlaan' } };
const KEESJE: PersonOption = { id: 'p2', displayName: 'Keesje Bos', homePlace: { id: 's2', name: 'Bakkerstraat' } };
const ANNA: PersonOption = { id: 'p3', displayName: 'Anna de Vries', homePlace: { id: 's1', name: 'Lindenlaan' } };

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PersonPicker],
  template: `<wf-person-picker
    inputId="who"
    label="Wie"
    [(person)]="chosen"
    [exclude]="exclude()"
    [suggestionGroups]="groups()"
  />`,
})
class Host {
  readonly chosen = signal<PersonOption | null>(null);
  readonly exclude = signal<string[]>([]);
  readonly groups = signal<PersonSuggestionGroup[]>([]);
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PersonPicker', () => {
  let fixture: ComponentFixture<Host>;
  let request: jest.Mock;

  beforeEach(() => {
    request = jest.fn((op: unknown, variables: { search: string }) => {
      if (op !== PERSON_SEARCH) throw new Error('unexpected operation');
      const people = [KEES, KEESJE, ANNA].filter((p) =>
        p.displayName.toLowerCase().includes(variables.search.toLowerCase()),
      );
      return of({ people: { totalCount: people.length, edges: people.map((node) => ({ node })) } });
    });
    TestBed.configureTestingModule({ imports: [Host], providers: [{ provide: GraphqlClient, useValue: { request } }] });
    fixture = TestBed.createComponent(Host);
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const input = () => el().querySelector<HTMLInputElement>('input[role="combobox"]') as HTMLInputElement;
  const options = () =>
    Array.from(el().querySelectorAll('[role="option"]')).map((o) => o.querySelector('.name')?.textContent);
  const status = () => el().querySelector('[role="status"]')?.textContent?.trim();

  async function type(text: string): Promise<void> {
    input().value = text;
    input().dispatchEvent(new Event('input'));
    input().dispatchEvent(new Event('focus'));
    await wait(PICKER_DEBOUNCE_MS + 30);
    await fixture.whenStable();
  }

  function key(name: string): void {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: name, cancelable: true }));
    fixture.detectChanges();
  }

  it('searches as you type, after a pause, and lists the matches with their street', async () => {
    await fixture.whenStable();
    await type('kees');
    // one request for the whole word: the debounce swallows the keystrokes before it
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][1]).toEqual({ search: 'kees', first: 8 });
    expect(options()).toEqual(['Kees Jansen', 'Keesje Bos']);
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(status()).toContain('2 bewoners gevonden');
  });

  it('chooses with the arrow keys and Enter, and says whom it chose', async () => {
    await fixture.whenStable();
    await type('kees');
    key('ArrowDown');
    key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('who-option-1');
    key('Enter');
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen()).toEqual(KEESJE);
    expect(input().value).toBe('Keesje Bos');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(status()).toBe('Gekozen: Keesje Bos, Bakkerstraat');
  });

  it('leaves excluded people out and says when nobody matches', async () => {
    fixture.componentInstance.exclude.set(['p1']);
    await fixture.whenStable();
    await type('kees');
    expect(options()).toEqual(['Keesje Bos']);
    await type('xyz');
    expect(options()).toEqual([]);
    expect(status()).toBe('Niemand gevonden met “xyz” in de naam.');
  });

  it('typing over a choice drops it; Escape twice clears', async () => {
    fixture.componentInstance.chosen.set(KEES);
    await fixture.whenStable();
    expect(input().value).toBe('Kees Jansen');
    await type('Kees J');
    expect(fixture.componentInstance.chosen()).toBeNull();
    expect(input().value).toBe('Kees J');
    key('Escape'); // closes the list
    key('Escape'); // clears
    await fixture.whenStable();
    expect(input().value).toBe('');
  });

  it('offers likely people as buttons before anything is typed', async () => {
    fixture.componentInstance.groups.set([{ label: 'Recent gesproken', people: [ANNA, KEES] }]);
    fixture.componentInstance.exclude.set(['p1']);
    await fixture.whenStable();
    const group = el().querySelector('[role="group"]');
    expect(group?.getAttribute('aria-label')).toBe('Recent gesproken');
    const buttons = Array.from(group?.querySelectorAll('button') ?? []);
    expect(buttons.map((b) => b.querySelector('.name')?.textContent)).toEqual(['Anna de Vries']);
    buttons[0].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen()).toEqual(ANNA);
    expect(el().querySelector('[role="group"]')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });
});
