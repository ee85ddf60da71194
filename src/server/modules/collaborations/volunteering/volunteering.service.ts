// Volunteer events: an organizer posts an event with shifts (each with a capacity); members sign up
// for a shift and may withdraw. Seats are counted atomically (volunteering.repository.ts). Each
// shift has an .ics file, and the job in volunteer-reminders.ts reminds each volunteer once.
import type { VolunteerCreate, VolunteerEvent } from '../../../../contracts/collaborations.ts';
import type { MemberActor } from '../../../access/actor.ts';
import type { AppContext } from '../../../context.ts';
import { conflict, notFound } from '../../../http/errors.ts';
import { calendarText, eventUid } from '../../../lib/icalendar.ts';
import type { NewAccountPostsService } from '../../platform/new-account-posts.service.ts';
import type { ProfilesService } from '../../profiles/profiles.service.ts';
import { authoredPolicy, noSuchEvent } from '../collaborations.policy.ts';
import { volunteeringRepository, type EventRow, type ShiftRow } from './volunteering.repository.ts';

export type VolunteeringDeps = {
  profiles: Pick<ProfilesService, 'memberCards' | 'timeZones'>;
  newAccountPosts: NewAccountPostsService;
};

const unknownCard = { slug: '', displayName: 'A member', profession: '' };
export const shiftCalendarPath = (eventId: string, shiftId: string) =>
  `/api/volunteer-events/${eventId}/shifts/${shiftId}/calendar.ics`;

/** One shift as an iCalendar event (RFC 5545), in the event's time zone. */
export function shiftCalendar(publicUrl: string, event: EventRow, shift: ShiftRow, organizer: { name: string }) {
  return calendarText({
    name: event.title,
    product: 'Volunteering',
    events: [
      {
        uid: eventUid('volunteer-shift', shift.id, publicUrl),
        sequence: 0,
        start: new Date(shift.startsAt),
        end: new Date(shift.endsAt),
        timeZone: event.timeZone === 'UTC' ? null : event.timeZone,
        summary: event.title,
        location: event.place || null,
        url: `${publicUrl}/app/collaborations/volunteering/${event.id}`,
        organizer: { name: organizer.name, email: `no-reply@${new URL(publicUrl).hostname}` },
        attendees: [],
      },
    ],
  }).text;
}

export function volunteeringService(context: AppContext, deps: VolunteeringDeps) {
  const repo = volunteeringRepository(context.db);
  const policy = authoredPolicy(
    noSuchEvent,
    (_actor, id) => repo.findVisible(id),
    (row) => row.organizerUserId,
  );

  async function present(actor: MemberActor, events: EventRow[]): Promise<VolunteerEvent[]> {
    const shifts = await repo.shiftsOf(events.map((event) => event.id));
    const signups = await repo.signupsOf(shifts.map((shift) => shift.id));
    const cards = await deps.profiles.memberCards([
      ...events.map((event) => event.organizerUserId),
      ...signups.map((signup) => signup.userId),
    ]);
    return events.map((event) => {
      const mine = event.organizerUserId === actor.userId;
      return {
        id: event.id,
        title: event.title,
        description: event.description,
        place: event.place,
        organizer: cards.get(event.organizerUserId) ?? unknownCard,
        mine,
        shifts: shifts
          .filter((shift) => shift.eventId === event.id)
          .map((shift) => {
            const volunteers = signups.filter((signup) => signup.shiftId === shift.id);
            const signedUp = volunteers.some((signup) => signup.userId === actor.userId);
            return {
              id: shift.id,
              startsAt: new Date(shift.startsAt).toISOString(),
              endsAt: new Date(shift.endsAt).toISOString(),
              capacity: shift.capacity,
              taken: shift.taken,
              mine: signedUp,
              volunteers: mine ? volunteers.map((signup) => cards.get(signup.userId) ?? unknownCard) : null,
              calendarUrl: signedUp || mine ? shiftCalendarPath(event.id, shift.id) : null,
            };
          }),
      };
    });
  }

  async function shiftOf(actor: MemberActor, id: string, shiftId: string) {
    const event = await policy.requireAccess(actor, 'read', id);
    const shift = (await repo.shiftsOf([event.id])).find((each) => each.id === shiftId);
    if (!shift) throw notFound(noSuchEvent);
    return { event, shift };
  }

  const one = async (actor: MemberActor, event: EventRow) => (await present(actor, [event]))[0]!;

  return {
    policy,
    repo,

    async create(actor: MemberActor, input: VolunteerCreate) {
      await deps.newAccountPosts.allow(actor);
      const zone = (await deps.profiles.timeZones([actor.userId])).get(actor.userId) ?? 'UTC';
      const row = await repo.insert(
        {
          organizerUserId: actor.userId,
          title: input.title,
          description: input.description,
          place: input.place,
          timeZone: zone,
        },
        input.shifts.map((shift) => ({
          startsAt: new Date(shift.startsAt),
          endsAt: new Date(shift.endsAt),
          capacity: shift.capacity,
        })),
      );
      return one(actor, row);
    },

    list: async (actor: MemberActor) => present(actor, await repo.listVisible()),

    get: async (actor: MemberActor, id: string) => one(actor, await policy.requireAccess(actor, 'read', id)),

    async signUp(actor: MemberActor, id: string, shiftId: string) {
      const { event, shift } = await shiftOf(actor, id, shiftId);
      if (new Date(shift.startsAt) <= new Date()) throw conflict('This shift has already started', 'shift_started');
      const outcome = await repo.signUp(shift.id, actor.userId);
      if (outcome === 'full') throw conflict('This shift is full', 'shift_full');
      if (outcome === 'already') throw conflict('You are already signed up for this shift', 'already_signed_up');
      return one(actor, event);
    },

    async withdraw(actor: MemberActor, id: string, shiftId: string) {
      const { event, shift } = await shiftOf(actor, id, shiftId);
      if (!(await repo.withdraw(shift.id, actor.userId)))
        throw conflict('You are not signed up for this shift', 'not_signed_up');
      return one(actor, event);
    },

    async calendar(actor: MemberActor, id: string, shiftId: string) {
      const { event, shift } = await shiftOf(actor, id, shiftId);
      const organizer = (await deps.profiles.memberCards([event.organizerUserId])).get(event.organizerUserId);
      return shiftCalendar(context.config.publicUrl, event, shift, { name: organizer?.displayName ?? 'Kneadwork' });
    },
  };
}
export type VolunteeringService = ReturnType<typeof volunteeringService>;
