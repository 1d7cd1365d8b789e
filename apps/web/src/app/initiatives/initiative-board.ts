/**
 * The board, pure: initiatives in columns by phase (IDEA … ENDED, the life of an initiative from left to right),
 * each card with its initiators and its health. An initiative the health query does not know (none yet, or
 * outside the analysis) still gets a card, with the figures it can count itself.
 */
import { InitiativePhase, ParticipationRole } from '@weefsel/domain';
import type { BoardInitiative, BoardParticipation, InitiativeHealth } from './initiatives-api';

export const PHASES: readonly InitiativePhase[] = [
  InitiativePhase.IDEA,
  InitiativePhase.STARTING,
  InitiativePhase.ACTIVE,
  InitiativePhase.NEEDS_SUPPORT,
  InitiativePhase.DORMANT,
  InitiativePhase.ENDED,
];

export function isPhase(value: string): value is InitiativePhase {
  return (PHASES as readonly string[]).includes(value);
}

/** The order people are listed in: who carries it first. */
export const ROLE_ORDER: readonly ParticipationRole[] = [
  ParticipationRole.INITIATOR,
  ParticipationRole.ORGANISER,
  ParticipationRole.VOLUNTEER,
  ParticipationRole.PARTICIPANT,
  ParticipationRole.RECIPIENT,
];

export interface PersonRef {
  id: string;
  name: string;
  street: string | null;
}

export interface BoardCard {
  initiative: BoardInitiative;
  health: InitiativeHealth | null;
  /** initiators; when there are none, the organisers */
  carriers: PersonRef[];
  activePeople: number;
}

export interface BoardColumn {
  phase: InitiativePhase;
  cards: BoardCard[];
}

function toRef(p: BoardParticipation): PersonRef | null {
  return p.person ? { id: p.person.id, name: p.person.displayName, street: p.person.homePlace?.name ?? null } : null;
}

export function peopleInRole(initiative: BoardInitiative, role: ParticipationRole): PersonRef[] {
  return initiative.participations
    .filter((p) => p.role === role)
    .map(toRef)
    .filter((p): p is PersonRef => p !== null)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export function carriersOf(initiative: BoardInitiative): PersonRef[] {
  const initiators = peopleInRole(initiative, ParticipationRole.INITIATOR);
  return initiators.length > 0 ? initiators : peopleInRole(initiative, ParticipationRole.ORGANISER);
}

export function toCards(initiatives: readonly BoardInitiative[], health: readonly InitiativeHealth[]): BoardCard[] {
  const byId = new Map(health.map((h) => [h.initiativeId, h]));
  return initiatives.map((initiative) => {
    const figures = byId.get(initiative.id) ?? null;
    return {
      initiative,
      health: figures,
      carriers: carriersOf(initiative),
      activePeople: figures?.activePeople ?? new Set(initiative.participations.map((p) => p.person?.id)).size,
    };
  });
}

/**
 * One column per phase, in PHASES order; within a column the initiatives that need attention first (hanging on
 * one initiator), then by name.
 */
export function toColumns(cards: readonly BoardCard[]): BoardColumn[] {
  return PHASES.map((phase) => ({
    phase,
    cards: cards
      .filter((card) => card.initiative.phase === phase)
      .sort(
        (a, b) =>
          Number(b.health?.dependsOnOneInitiator ?? false) - Number(a.health?.dependsOnOneInitiator ?? false) ||
          a.initiative.name.localeCompare(b.initiative.name, 'nl'),
      ),
  }));
}
