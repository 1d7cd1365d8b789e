import { CollectiveEntity, MembershipEntity } from './collective.entity';
import { CollectiveModel, MembershipModel } from './models/collective.model';

export function toCollectiveModel(c: CollectiveEntity): CollectiveModel {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    placeId: c.placeId,
    description: c.description,
    externalId: c.externalId,
  };
}

export function toMembershipModel(m: MembershipEntity): MembershipModel {
  return {
    id: m.id,
    collectiveId: m.collectiveId,
    personId: m.personId,
    role: m.role,
    since: m.since,
    until: m.until,
    externalId: m.externalId,
  };
}
