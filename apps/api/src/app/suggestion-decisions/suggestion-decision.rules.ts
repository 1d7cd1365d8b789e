/**
 * The pure rules of gap-filler decisions: the states, which decisions keep a suggestion off the list, the dates
 * an acceptance and a follow-up default to, and the texts written into the contact log and onto a new tie.
 */
import { isIsoDate } from '@weefsel/domain';
import { badInput } from '../common/app-error';
import { assertNotInFuture } from '../contact-moments/contact-moment.rules';

export enum SuggestionDecisionStatus {
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

export enum SuggestionDismissReason {
  ALREADY_KNOW_EACH_OTHER = 'ALREADY_KNOW_EACH_OTHER',
  NOT_SUITABLE = 'NOT_SUITABLE',
  PERSON_DECLINED = 'PERSON_DECLINED',
  /** the only reason that lets the suggestion come back, after NOT_NOW_DAYS */
  NOT_NOW = 'NOT_NOW',
  OTHER = 'OTHER',
}

export enum FollowUpStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}

export enum FollowUpOutcome {
  TIE_MADE = 'TIE_MADE',
  NO_TIE = 'NO_TIE',
  TRY_AGAIN = 'TRY_AGAIN',
}

/** The language of the texts Weefsel writes for the worker (contact log summary, tie note). */
export enum WrittenLanguage {
  NL = 'NL',
  EN = 'EN',
}

/** A NOT_NOW dismissal keeps the suggestion off the list for this many days; then it may come back. */
export const NOT_NOW_DAYS = 90;
/** An introduction is followed up this many days after it was made, unless the worker picks a date. */
export const FOLLOW_UP_DAYS = 14;
/** A follow-up date further ahead than this is a typing mistake, not a plan. */
export const FOLLOW_UP_MAX_DAYS = 366;

/** `date` plus `days` calendar days (YYYY-MM-DD, UTC, so no daylight-saving surprises). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Whether a decision keeps its suggestion off the list on `today`: an acceptance and a dismissal always do,
 * except NOT_NOW, which does so for NOT_NOW_DAYS days from the day it was decided.
 */
export function keepsSuggestionHidden(
  d: { status: SuggestionDecisionStatus; reason: SuggestionDismissReason | null; decidedOn: string },
  today: string,
): boolean {
  if (d.status === SuggestionDecisionStatus.DISMISSED && d.reason === SuggestionDismissReason.NOT_NOW) {
    return today < addDays(d.decidedOn, NOT_NOW_DAYS);
  }
  return true;
}

/** The SQL form of `keepsSuggestionHidden` for rows aliased `d`, with `today` as parameter `$n`. */
export function hiddenCondition(todayParam: string): string {
  return `(d.status = 'ACCEPTED' OR d.reason IS DISTINCT FROM 'NOT_NOW'
           OR d.decided_on + ${NOT_NOW_DAYS} > CAST(${todayParam} AS date))`;
}

/** Trims an optional text; empty becomes null. */
export function optionalNote(note: string | null | undefined): string | null {
  const text = note?.trim();
  return text ? text : null;
}

function assertDate(value: string, field: string): void {
  if (!isIsoDate(value)) throw badInput(`${value} is not a date (YYYY-MM-DD).`, field);
}

/**
 * The dates of an acceptance: the introduction happened on `occurredOn` (default today, not in the future) and
 * is followed up on `followUpOn` (default 14 days later; not before the introduction, within a year).
 */
export function acceptanceDates(
  input: { occurredOn?: string | null; followUpOn?: string | null },
  today: string,
): { occurredOn: string; followUpOn: string } {
  const occurredOn = input.occurredOn ?? today;
  assertDate(occurredOn, 'occurredOn');
  assertNotInFuture(occurredOn, 'occurredOn', 'An introduction');
  const followUpOn = input.followUpOn ?? addDays(occurredOn, FOLLOW_UP_DAYS);
  assertDate(followUpOn, 'followUpOn');
  if (followUpOn < occurredOn) {
    throw badInput(`The follow-up (${followUpOn}) cannot be before the introduction (${occurredOn}).`, 'followUpOn');
  }
  if (followUpOn > addDays(occurredOn, FOLLOW_UP_MAX_DAYS)) {
    throw badInput(`Plan the follow-up within a year of the introduction (${followUpOn} is further).`, 'followUpOn');
  }
  return { occurredOn, followUpOn };
}

/** A dismissal needs a reason, and OTHER needs a few words: "other" alone helps no colleague later. */
export function dismissalNote(reason: SuggestionDismissReason, note: string | null | undefined): string | null {
  const text = optionalNote(note);
  if (reason === SuggestionDismissReason.OTHER && !text) {
    throw badInput('Say in a few words why you dismiss this suggestion (the reason is "other").', 'note');
  }
  return text;
}

/**
 * The dates of a completed follow-up: done on `completedOn` (default today, not in the future); TRY_AGAIN plans
 * the next one on `followUpOn` (default 14 days later, not before `completedOn`).
 */
export function followUpDates(
  outcome: FollowUpOutcome,
  input: { completedOn?: string | null; followUpOn?: string | null },
  today: string,
): { completedOn: string; nextFollowUpOn: string | null } {
  const completedOn = input.completedOn ?? today;
  assertDate(completedOn, 'completedOn');
  assertNotInFuture(completedOn, 'completedOn', 'A follow-up');
  if (outcome !== FollowUpOutcome.TRY_AGAIN) {
    if (input.followUpOn) throw badInput('Only "try again" plans a new follow-up date.', 'followUpOn');
    return { completedOn, nextFollowUpOn: null };
  }
  const next = input.followUpOn ?? addDays(completedOn, FOLLOW_UP_DAYS);
  assertDate(next, 'followUpOn');
  if (next <= completedOn) throw badInput(`Plan the next follow-up after ${completedOn}.`, 'followUpOn');
  if (next > addDays(completedOn, FOLLOW_UP_MAX_DAYS)) {
    throw badInput(`Plan the next follow-up within a year (${next} is further).`, 'followUpOn');
  }
  return { completedOn, nextFollowUpOn: next };
}

const SUMMARY = {
  [WrittenLanguage.NL]: { lead: 'Gatenvuller, voorstel opgepakt', note: 'Notitie' },
  [WrittenLanguage.EN]: { lead: 'Gap filler, suggestion taken up', note: 'Note' },
} as const;

/**
 * The contact log's summary of an accepted suggestion: its explanation in the worker's language (both
 * languages when none is given), then the worker's note.
 */
export function introductionSummary(
  explanation: { nl: string; en: string },
  language: WrittenLanguage | null | undefined,
  note: string | null,
): string {
  const languages = language ? [language] : [WrittenLanguage.NL, WrittenLanguage.EN];
  const parts = languages.map(
    (l) => `${SUMMARY[l].lead}: ${l === WrittenLanguage.NL ? explanation.nl : explanation.en}`,
  );
  if (note) parts.push(`${SUMMARY[languages[0]].note}: ${note}`);
  return parts.join('\n\n');
}

const TIE_NOTE = {
  [WrittenLanguage.NL]: 'Kennismaking via de gatenvuller',
  [WrittenLanguage.EN]: 'Introduced through the gap filler',
} as const;

/** The note on a tie made through a suggestion: where it came from, and what the suggestion said. */
export function tieNote(explanation: { nl: string; en: string }, language: WrittenLanguage | null | undefined): string {
  const l = language ?? WrittenLanguage.NL;
  return `${TIE_NOTE[l]} (${shorten(l === WrittenLanguage.NL ? explanation.nl : explanation.en)})`;
}

/** Keeps a tie note within a sensible length: explanations are a few sentences, the note one line. */
function shorten(text: string): string {
  return text.length > 600 ? `${text.slice(0, 599)}…` : text;
}
