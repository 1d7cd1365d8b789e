/**
 * How an initiative's phase and dates move together. An initiative is started on `startedOn` and ended on
 * `endedOn` (both optional: an idea has neither). Pure, so the rules are tested without a database.
 */
import { InitiativePhase } from '@weefsel/domain';
import { badInput } from '../common/app-error';

export interface InitiativeDates {
  phase: InitiativePhase;
  startedOn: string | null;
  endedOn: string | null;
}

/** `undefined` = leave as it is, `null` = clear. */
export interface InitiativeDatesChange {
  phase?: InitiativePhase;
  startedOn?: string | null;
  endedOn?: string | null;
}

/**
 * The phase and dates after a change (`current` null for a new initiative):
 * - moving to ENDED without an end date records today as `endedOn`, so "when did it stop" is not lost;
 * - moving from ENDED back to another phase (revived) clears `endedOn` unless one is given;
 * - `endedOn` may not lie before `startedOn` (BAD_USER_INPUT).
 * A given `endedOn` while not ENDED is allowed: a one-day street action has a planned end.
 */
export function applyInitiativeDates(
  current: InitiativeDates | null,
  change: InitiativeDatesChange,
  today: string,
): InitiativeDates {
  const before: InitiativeDates = current ?? { phase: InitiativePhase.IDEA, startedOn: null, endedOn: null };
  const phase = change.phase ?? before.phase;
  const startedOn = change.startedOn !== undefined ? change.startedOn : before.startedOn;
  const becomesEnded = phase === InitiativePhase.ENDED && (current === null || before.phase !== InitiativePhase.ENDED);
  const revived = current !== null && before.phase === InitiativePhase.ENDED && phase !== InitiativePhase.ENDED;
  let endedOn: string | null;
  if (change.endedOn !== undefined) endedOn = change.endedOn;
  else if (becomesEnded) endedOn = before.endedOn ?? today;
  else if (revived) endedOn = null;
  else endedOn = before.endedOn;
  if (startedOn && endedOn && endedOn < startedOn) {
    throw badInput(
      `An initiative cannot end (${endedOn}) before it started (${startedOn}): correct startedOn or endedOn.`,
      change.endedOn !== undefined || change.startedOn === undefined ? 'endedOn' : 'startedOn',
    );
  }
  return { phase, startedOn, endedOn };
}
