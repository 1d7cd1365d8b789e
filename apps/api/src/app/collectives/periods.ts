/**
 * Rules for memberships and participations, which are periods [since, until): a person belongs from `since`
 * (inclusive) up to `until` (exclusive), `until` null means "still". History is never overwritten, so a
 * person's periods in one collective or initiative may follow each other but never overlap.
 */

export interface Period {
  since: string;
  until: string | null;
}

/** Why a period is not valid (a message a community worker can act on), or null when it is. */
export function periodProblem(period: Period): string | null {
  if (period.until !== null && period.until < period.since) {
    return `It cannot end (${period.until}) before it started (${period.since}).`;
  }
  return null;
}

/** Half-open intervals overlap when each starts before the other ends; an empty period overlaps nothing. */
export function periodsOverlap(a: Period, b: Period): boolean {
  if (a.until === a.since || b.until === b.since) return false;
  const aStartsBeforeBEnds = b.until === null || a.since < b.until;
  const bStartsBeforeAEnds = a.until === null || b.since < a.until;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** The first of `existing` that overlaps `candidate`, if any. */
export function findOverlap<T extends Period>(existing: readonly T[], candidate: Period): T | undefined {
  return existing.find((p) => periodsOverlap(p, candidate));
}

/** How a conflict message names the person, the group and what being in it is called. */
export interface OverlapWording {
  person: string;
  group: string;
  /** e.g. "belongs to" / "belonged to" (memberships), "takes part in" / "took part in" (participations) */
  verbs?: readonly [present: string, past: string];
}

/**
 * The conflict message for a new or changed period that overlaps `other`: an open one is "already a member",
 * a closed one is an earlier spell that the new dates run into.
 */
export function overlapMessage(what: OverlapWording, other: Period): string {
  const [present, past] = what.verbs ?? ['belongs to', 'belonged to'];
  return other.until === null
    ? `${what.person} already ${present} ${what.group} since ${other.since}: change the role, or end that first.`
    : `${what.person} already ${past} ${what.group} from ${other.since} to ${other.until}; ` +
        `periods of the same person cannot overlap: choose dates outside that period.`;
}
