/**
 * The place a page shows, chosen in the URL (`?place=`): the user's places as an indented select (a tree walk,
 * place-tree.ts), whether they are still loading or could not be loaded, and the chosen one — the place in the
 * URL when the user may see it, else the top of their tree. Call it in a field initialiser (it injects).
 */
import { computed, inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { catchError, map, of } from 'rxjs';
import { Translator } from '../i18n/translator';
import { PeopleApi } from './people-api';
import { type PlaceOption, toPlaceOptions } from './place-tree';

export type PlacesState = 'loading' | 'loaded' | 'failed';

export interface PlaceChoiceOption {
  id: string;
  name: string;
  /** indented by depth, with the level: "   Lindenlaan (straat)" */
  label: string;
}

export interface PlaceChoice {
  state: Signal<PlacesState>;
  options: Signal<PlaceChoiceOption[]>;
  placeId: Signal<string | null>;
  placeName: Signal<string>;
}

export function placeChoice(wanted: Signal<string | null>): PlaceChoice {
  const translator = inject(Translator);
  const places = toSignal(
    inject(PeopleApi)
      .places()
      .pipe(
        map((list): { options: PlaceOption[]; state: PlacesState } => ({
          options: toPlaceOptions(list),
          state: 'loaded',
        })),
        catchError(() => of({ options: [] as PlaceOption[], state: 'failed' as PlacesState })),
      ),
    { initialValue: { options: [] as PlaceOption[], state: 'loading' as PlacesState } },
  );
  const options = computed(() =>
    places().options.map(({ place, depth }) => ({
      id: place.id,
      name: place.name,
      label: `${'\u00a0\u00a0\u00a0'.repeat(depth)}${place.name} (${translator.t(`placeLevel.${place.level}`)})`,
    })),
  );
  const placeId = computed<string | null>(() => {
    const all = options();
    const id = wanted();
    return all.find((o) => o.id === id)?.id ?? all[0]?.id ?? null;
  });
  return {
    state: computed(() => places().state),
    options,
    placeId,
    placeName: computed(() => options().find((o) => o.id === placeId())?.name ?? ''),
  };
}
