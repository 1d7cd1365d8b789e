import { TestBed } from '@angular/core/testing';
import { LIMITS, PersonRole, PlaceLevel } from '@weefsel/domain';
import { firstValueFrom, of } from 'rxjs';
import { GraphqlClient } from '../graphql/graphql-client';
import { PEOPLE, PeopleApi, PLACES } from './people-api';

describe('PeopleApi', () => {
  let request: jest.Mock;
  let api: PeopleApi;

  beforeEach(() => {
    request = jest.fn();
    TestBed.configureTestingModule({ providers: [{ provide: GraphqlClient, useValue: { request } }] });
    api = TestBed.inject(PeopleApi);
  });

  it('asks for a page of people and flattens the connection', async () => {
    const node = {
      id: 'p1',
      displayName: 'Fatima',
      pseudonym: 'P-3F9K2Q',
      onWatchList: false,
      birthYear: 1961,
      homePlace: { id: 's1', name: 'Asterstraat', level: PlaceLevel.STREET },
      roles: [{ role: PersonRole.CONNECTOR, since: '2024-01-01', until: null }],
    };
    request.mockReturnValue(
      of({
        people: { totalCount: 51, pageInfo: { hasNextPage: true, endCursor: 'c1' }, edges: [{ cursor: 'c1', node }] },
      }),
    );

    const page = await firstValueFrom(api.people({ placeId: 'b1', search: '  fat ', first: 50, after: 'c0' }));

    expect(request).toHaveBeenCalledWith(PEOPLE, { placeId: 'b1', search: 'fat', first: 50, after: 'c0' });
    expect(page).toEqual({ totalCount: 51, hasNextPage: true, endCursor: 'c1', people: [node] });
  });

  it('sends no search term at all for an empty search box', async () => {
    request.mockReturnValue(
      of({ people: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }),
    );
    await firstValueFrom(api.people({ placeId: null, search: '   ', first: 50, after: null }));
    expect(request).toHaveBeenCalledWith(PEOPLE, { placeId: null, search: null, first: 50, after: null });
  });

  it('asks for the places in one page of the maximum size', async () => {
    const node = { id: 'g1', name: 'Groningen', level: PlaceLevel.MUNICIPALITY, parentId: null, cbsCode: 'GM0014' };
    request.mockReturnValue(of({ places: { edges: [{ node }] } }));
    await expect(firstValueFrom(api.places())).resolves.toEqual([node]);
    expect(request).toHaveBeenCalledWith(PLACES, { first: LIMITS.maxPageSize });
  });
});
