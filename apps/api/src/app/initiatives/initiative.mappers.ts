import { InitiativeEntity, ParticipationEntity } from './initiative.entity';
import { InitiativeModel, ParticipationModel } from './models/initiative.model';

export function toInitiativeModel(i: InitiativeEntity): InitiativeModel {
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    phase: i.phase,
    placeId: i.placeId,
    startedOn: i.startedOn,
    endedOn: i.endedOn,
    meaningForStreet: i.meaningForStreet,
    supportNeeded: i.supportNeeded,
    externalId: i.externalId,
  };
}

export function toParticipationModel(p: ParticipationEntity): ParticipationModel {
  return {
    id: p.id,
    initiativeId: p.initiativeId,
    personId: p.personId,
    role: p.role,
    since: p.since,
    until: p.until,
    externalId: p.externalId,
  };
}
