/**
 * The choices the quick-action forms offer, in the order a worker reaches for them, with their text keys.
 * Kept apart from the forms so quick capture offers exactly the same lists.
 */
import { ContactChannel, ContactSignal, EcogramFunction, NeedKind, TieKind, TieSource } from '@weefsel/domain';
import type { TranslationKey } from '../i18n/nl';

export interface Choice<T extends string> {
  value: T;
  label: TranslationKey;
}

/** the street first: most contacts happen there (DESIGN.md, lesson 5) */
export const CHANNELS: readonly Choice<ContactChannel>[] = [
  ContactChannel.STREET,
  ContactChannel.PHONE,
  ContactChannel.HOME_VISIT,
  ContactChannel.APP_GROUP,
  ContactChannel.MEETING,
  ContactChannel.ONLINE,
].map((value) => ({ value, label: `person.channel.${value}` }) as const);

export const SIGNALS: readonly Choice<ContactSignal>[] = [
  ContactSignal.LONELINESS_CONCERN,
  ContactSignal.IDEA,
  ContactSignal.HELP_REQUEST,
  ContactSignal.HELP_OFFER,
].map((value) => ({ value, label: `person.signal.${value}` }) as const);

/** SOCIAL_CONTACT first: a need for contact is a first-class need (lesson 3) */
export const NEEDS: readonly Choice<NeedKind>[] = [
  NeedKind.SOCIAL_CONTACT,
  NeedKind.PRACTICAL,
  NeedKind.GROCERIES,
  NeedKind.TRANSPORT,
  NeedKind.INFORMATION,
  NeedKind.EMOTIONAL_SUPPORT,
  NeedKind.OTHER,
].map((value) => ({ value, label: `person.need.${value}` }) as const);

export const TIE_KINDS: readonly Choice<TieKind>[] = [
  TieKind.NEIGHBOUR,
  TieKind.ACQUAINTANCE,
  TieKind.FRIEND,
  TieKind.FAMILY,
  TieKind.HELPS,
  TieKind.MET_VIA_INITIATIVE,
  TieKind.CO_MEMBER,
  TieKind.OTHER,
].map((value) => ({ value, label: `tieKind.${value}` }) as const);

export const FUNCTIONS: readonly Choice<EcogramFunction>[] = [
  EcogramFunction.PRACTICAL,
  EcogramFunction.COMPANIONSHIP,
  EcogramFunction.ADVICE,
  EcogramFunction.EMOTIONAL,
].map((value) => ({ value, label: `person.function.${value}` }) as const);

/** INFERRED is the analysis's word, never something a worker records */
export const SOURCES: readonly Choice<TieSource>[] = [
  TieSource.OBSERVED_BY_WORKER,
  TieSource.SELF_REPORTED,
  TieSource.THIRD_PARTY,
].map((value) => ({ value, label: `person.source.${value}` }) as const);

export const STRENGTHS: readonly number[] = [1, 2, 3, 4, 5];

/** Adds or removes one value, keeping the order of `all`. */
export function toggled<T>(selected: readonly T[], value: T, all: readonly { value: T }[]): T[] {
  const next = new Set(selected);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return all.map((c) => c.value).filter((v) => next.has(v));
}
