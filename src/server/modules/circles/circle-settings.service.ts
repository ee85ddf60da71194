// An organizer changes a circle's settings: its words, kind, topics, visibility, home town, online
// and cap. The address (slug) stays, so links keep working. A cap below today's members is refused
// by the same conditional UPDATE that writes it, so a join racing the change cannot slip past it.
import type { Circle, CircleUpdate } from '../../../contracts/circles.ts';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../http/actor.ts';
import { invalid } from '../../http/errors.ts';
import { homeTownOf } from './circle-place.ts';
import { toCircle } from './circles.mapper.ts';
import type { CirclesPolicy } from './circles.policy.ts';
import { circlesRepository } from './circles.repository.ts';
import { topicsOf } from './circles.service.ts';

export function circleSettingsService(context: AppContext, { policy }: { policy: CirclesPolicy }) {
  const repo = circlesRepository(context.db);
  return {
    async update(actor: Actor, id: string, input: CircleUpdate): Promise<Circle> {
      const { circle, membership } = await policy.requireAccess(actor, 'circles.manage', id);
      const postalCode = input.postalCode === undefined ? circle.postalCode : input.postalCode;
      if (!(input.online ?? circle.online) && postalCode === null)
        throw invalid('postalCode', 'is required unless the circle meets online');
      const { topics, postalCode: _given, ...plain } = input;
      const changed = await repo.update(circle.id, {
        ...plain,
        ...(topics === undefined ? {} : { topics: topicsOf(topics) }),
        ...(input.postalCode === undefined ? {} : homeTownOf(input.postalCode)),
      });
      if (!changed) throw invalid('memberCap', 'cannot be below the number of members the circle has');
      return toCircle(changed, membership);
    },
  };
}
export type CircleSettingsService = ReturnType<typeof circleSettingsService>;
