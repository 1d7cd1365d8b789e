/**
 * Matching a person's assets (gifts, skills, passions: ABCD's "what people bring") with a connector, a collective or
 * an initiative — the "matching asset or interest" of an introduction (issue 3 item 5).
 *
 * Two levels, the first wins:
 * - shared assets: the same label on both sides, compared as `assetKey` does (trimmed, case-blind, inner spaces
 *   collapsed: "Koken " = "koken"). For a collective or initiative, the other side is its active people's assets.
 * - a matching interest: the label and the other side fall under the same *theme* — a short list of Dutch and
 *   English word stems per theme (below), found anywhere in the lower-cased text, plus the collective and
 *   initiative kinds that belong to the theme. So 'tuinieren' matches a Moestuin (stem "tuin") or a GREEN
 *   initiative, 'taarten bakken' matches the TaartExpress (stem "taart") or a MEAL_SHARING one. For a connector the
 *   other side is their assets; for a group, its name, its kind and its active people's assets.
 * This is a plain heuristic, not language understanding: a stem can match by accident (which is why "bak", "art",
 * "eet" and "bloem" are not stems: Bakkerstraat, taart, weet, Zonnebloem) and a theme can miss a synonym. It only orders candidates
 * and adds a reason; it never hides one.
 */
import { assetKey } from '../health/snapshot';

interface Theme {
  stems: readonly string[];
  kinds: readonly string[];
}

/** Themes: word stems (lower case) and the collective or initiative kinds of the same theme. */
export const THEMES: Readonly<Record<string, Theme>> = {
  garden: { stems: ['tuin', 'groen', 'plant', 'garden'], kinds: ['GREEN'] },
  food: {
    stems: [
      'koken',
      'kook',
      'bakken',
      'taart',
      'koek',
      'brood',
      'maaltijd',
      'soep',
      'eettafel',
      'cook',
      'baking',
      'cake',
    ],
    kinds: ['MEAL_SHARING'],
  },
  culture: {
    stems: ['muziek', 'zing', 'zang', 'koor', 'dans', 'schilder', 'tekenen', 'kunst', 'foto', 'music', 'sing', 'choir'],
    kinds: ['CULTURE'],
  },
  children: {
    stems: ['kinder', 'jeugd', 'speel', 'voorlezen', 'bijles', 'child', 'youth'],
    kinds: ['PLAY_AND_YOUTH', 'SCHOOL_COMMUNITY'],
  },
  sport: { stems: ['voetbal', 'sport', 'boules', 'fitness', 'football'], kinds: ['SPORTS_CLUB'] },
  help: {
    stems: ['klus', 'repar', 'computer', 'formulier', 'boodschap', 'helpt', 'hulp', 'diy', 'repair'],
    kinds: ['NEIGHBOUR_HELP'],
  },
  company: {
    stems: ['luister', 'praat', 'koffie', 'wandel', 'verhalen', 'gezellig', 'coffee', 'walking'],
    kinds: ['SOCIAL_ACTIVITY', 'ATTENTION'],
  },
};

const THEME_NAMES = Object.keys(THEMES);

/** The themes a text falls under (by stem). */
export function themesOfText(text: string): Set<string> {
  const lower = text.toLowerCase();
  const themes = new Set<string>();
  for (const name of THEME_NAMES) if (THEMES[name].stems.some((stem) => lower.includes(stem))) themes.add(name);
  return themes;
}

/** The themes of a collective or initiative kind. */
export function themesOfKind(kind: string): Set<string> {
  return new Set(THEME_NAMES.filter((name) => THEMES[name].kinds.includes(kind)));
}

/** What a person, connector or group offers to match on: asset keys and themes. */
export interface InterestProfile {
  keys: Set<string>;
  themes: Set<string>;
}

/** A person's or connector's profile: their asset keys, and the themes of their assets. */
export function personProfile(labels: Iterable<string>): InterestProfile {
  const keys = new Set<string>();
  const themes = new Set<string>();
  for (const label of labels) {
    keys.add(assetKey(label));
    for (const theme of themesOfText(label)) themes.add(theme);
  }
  return { keys, themes };
}

/** The themes of what a collective or initiative is for: its name and its kind (a member's hobby is not its purpose). */
export function purposeThemes(name: string, kind: string): Set<string> {
  const themes = themesOfText(name);
  for (const theme of themesOfKind(kind)) themes.add(theme);
  return themes;
}

/** The person's asset labels whose theme is among `themes` (their spelling, once per key). */
export function labelsWithThemes(labels: readonly string[], themes: Set<string>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const key = assetKey(label);
    if (seen.has(key)) continue;
    for (const theme of themesOfText(label)) {
      if (themes.has(theme)) {
        seen.add(key);
        found.push(label);
        break;
      }
    }
  }
  return found;
}

export interface InterestMatch {
  /** the person's asset labels found on the other side (their spelling, once per key) */
  sharedAssets: string[];
  /** when no asset is shared: the person's asset labels whose theme the other side has */
  matchingInterests: string[];
}

export const NO_MATCH: InterestMatch = { sharedAssets: [], matchingInterests: [] };

/** How a person's assets (their labels) match another person's profile: shared labels, else shared themes. */
export function matchInterests(labels: readonly string[], other: InterestProfile): InterestMatch {
  const sharedAssets: string[] = [];
  const seen = new Set<string>();
  for (const label of labels) {
    const key = assetKey(label);
    if (other.keys.has(key) && !seen.has(key)) {
      seen.add(key);
      sharedAssets.push(label);
    }
  }
  if (sharedAssets.length > 0) return { sharedAssets, matchingInterests: [] };
  return { sharedAssets, matchingInterests: labelsWithThemes(labels, other.themes) };
}
