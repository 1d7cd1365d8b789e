/**
 * Turns the flat list of places into the order of a tree walk — gemeente/dorp, then its wijken, their buurten,
 * their streets — with each place's depth, for an indented select. A place whose parent the user cannot see
 * becomes a root; siblings are sorted higher level first, then by name as a Dutch reader expects.
 */
import { PLACE_LEVEL_RANK } from '@weefsel/domain';
import type { PlaceNode } from './people-api';

export interface PlaceOption {
  place: PlaceNode;
  depth: number;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function bySiblingOrder(a: PlaceNode, b: PlaceNode): number {
  return PLACE_LEVEL_RANK[b.level] - PLACE_LEVEL_RANK[a.level] || collator.compare(a.name, b.name);
}

export function toPlaceOptions(places: readonly PlaceNode[]): PlaceOption[] {
  const ids = new Set(places.map((place) => place.id));
  const children = new Map<string, PlaceNode[]>();
  const roots: PlaceNode[] = [];
  for (const place of places) {
    if (place.parentId !== null && ids.has(place.parentId) && place.parentId !== place.id) {
      const siblings = children.get(place.parentId) ?? [];
      siblings.push(place);
      children.set(place.parentId, siblings);
    } else {
      roots.push(place);
    }
  }

  const options: PlaceOption[] = [];
  const visited = new Set<string>();
  const walk = (place: PlaceNode, depth: number): void => {
    if (visited.has(place.id)) return;
    visited.add(place.id);
    options.push({ place, depth });
    for (const child of (children.get(place.id) ?? []).sort(bySiblingOrder)) walk(child, depth + 1);
  };
  for (const root of roots.sort(bySiblingOrder)) walk(root, 0);
  // bad data (a parent cycle) must not hide places: whatever no root reached is listed at the top level
  for (const place of [...places].sort(bySiblingOrder)) walk(place, 0);
  return options;
}
