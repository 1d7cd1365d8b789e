import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PlaceLevel } from '@weefsel/domain';
import { NEVER, of, Subject, throwError } from 'rxjs';
import { PeopleApi, type PlaceNode } from './people-api';
import { placeChoice } from './place-choice';

const PLACES: PlaceNode[] = [
  { id: 's2', name: 'Kerkpad', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
  { id: 'b1', name: 'De Lindenhof', level: PlaceLevel.NEIGHBOURHOOD, parentId: null, cbsCode: null },
  { id: 's1', name: 'Berkenlaan', level: PlaceLevel.STREET, parentId: 'b1', cbsCode: null },
];

function choose(places: ReturnType<PeopleApi['places']>, wanted: string | null = null) {
  TestBed.configureTestingModule({ providers: [{ provide: PeopleApi, useValue: { places: () => places } }] });
  const url = signal(wanted);
  return { url, choice: TestBed.runInInjectionContext(() => placeChoice(url)) };
}

describe('placeChoice', () => {
  it('lists the places as a tree in Dutch, and takes the top when the URL names none', () => {
    const { choice } = choose(of(PLACES));
    expect(choice.state()).toBe('loaded');
    // the buurt first, then its streets by name, indented by three no-break spaces
    expect(choice.options()).toEqual([
      { id: 'b1', name: 'De Lindenhof', label: 'De Lindenhof (buurt)' },
      { id: 's1', name: 'Berkenlaan', label: '\u00a0\u00a0\u00a0Berkenlaan (straat)' },
      { id: 's2', name: 'Kerkpad', label: '\u00a0\u00a0\u00a0Kerkpad (straat)' },
    ]);
    expect(choice.placeId()).toBe('b1');
    expect(choice.placeName()).toBe('De Lindenhof');
  });

  it('follows the place in the URL, and falls back to the top for a place the user may not see', () => {
    const { url, choice } = choose(of(PLACES), 's2');
    expect([choice.placeId(), choice.placeName()]).toEqual(['s2', 'Kerkpad']);
    url.set('elsewhere');
    expect(choice.placeId()).toBe('b1');
  });

  it('says loading until the places arrive, and failed when they cannot be loaded', () => {
    const later = new Subject<PlaceNode[]>();
    const waiting = choose(later.asObservable()).choice;
    expect([waiting.state(), waiting.placeId(), waiting.options()]).toEqual(['loading', null, []]);
    later.next([]);
    expect([waiting.state(), waiting.placeId(), waiting.placeName()]).toEqual(['loaded', null, '']);

    TestBed.resetTestingModule();
    const failed = choose(throwError(() => new Error('offline'))).choice;
    expect([failed.state(), failed.placeId()]).toEqual(['failed', null]);

    TestBed.resetTestingModule();
    expect(choose(NEVER).choice.state()).toBe('loading');
  });
});
