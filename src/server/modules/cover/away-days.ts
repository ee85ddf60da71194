// An away period's days are its member's: whether it has begun, runs or is over is read on the
// calendar of the member who is away (their profile's time zone; UTC when unset), whoever looks.
import { addDays, calendarDay, zonedToUtc } from '../../lib/time.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import type { AwayRow } from './away.repository.ts';

/** The calendar days some clock is on at `now`: UTC's, and one either side. */
export function daysAnywhere(now: Date) {
  const utc = calendarDay(null, now);
  return { earliest: addDays(utc, -1), latest: addDays(utc, 1) };
}

export type ZoneOf = (userId: string) => string | null;

const startOf = (day: string, zone: string | null) => zonedToUtc(`${day}T00:00`, zone ?? 'UTC')!;

/** From the start of a period's first day to the end of its last (`lastDay`), on its member's clock. */
export const spanOf = (startsOn: string, lastDay: string, zone: string | null) => ({
  since: startOf(startsOn, zone),
  until: startOf(addDays(lastDay, 1), zone),
});

export function awayDays(profiles: Pick<ProfilesService, 'timeZones'>) {
  async function zonesOf(userIds: string[]): Promise<ZoneOf> {
    const zones = await profiles.timeZones(userIds);
    return (userId) => zones.get(userId) ?? null;
  }
  return {
    zonesOf,

    /** The member's own calendar day at `at`. */
    today: async (userId: string, at = new Date()) => calendarDay((await zonesOf([userId]))(userId), at),

    /** Of these periods (none ended early), the ones running at `now` on their member's day. */
    async running<Row extends Pick<AwayRow, 'userId' | 'startsOn' | 'endsOn'>>(rows: Row[], now: Date) {
      const zoneOf = await zonesOf(rows.map((row) => row.userId));
      return rows.filter((row) => {
        const day = calendarDay(zoneOf(row.userId), now);
        return row.startsOn <= day && day <= row.endsOn;
      });
    },
  };
}
export type AwayDays = ReturnType<typeof awayDays>;
