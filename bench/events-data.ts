// The events benchmark's data: circles around ten metro areas and across the country, each with
// four meetings (weekly, fortnightly, monthly, one-off; some finished), seeded by SQL
// generate_series in a few statements, so 100,000 meetings take seconds, not minutes.
import pg from 'pg';

// Ten metro centres: two circles in five sit within ~35 miles of one, the rest anywhere in the US.
const metros = [
  [40.7506, -73.9972],
  [42.3601, -71.0589],
  [41.8781, -87.6298],
  [34.0522, -118.2437],
  [29.7604, -95.3698],
  [33.4484, -112.074],
  [39.9526, -75.1652],
  [47.6062, -122.3321],
  [39.7392, -104.9903],
  [33.749, -84.388],
];

export async function seedMeetings(url: string, meetings: number) {
  const circles = Math.ceil(meetings / 4);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select setseed(0.42)');
    const centres = metros.map(([lat, lng], index) => `(${index}, ${lat}, ${lng})`).join(', ');
    await client.query(
      `insert into circles (slug, name, kind, visibility, postal_code, city, region, country, lat, lng, online, member_count)
       select 'bench-circle-' || g, 'Bench circle ' || g,
         (array['peer-networking','study-group','business-inner-circle','association-chapter','volunteer-team','lunch-group'])[1 + g % 6],
         case when (g / 10) % 10 < 7 then 'public' when (g / 10) % 10 < 9 then 'private' else 'secret' end,
         '10001', 'Benchville', 'NY', 'US',
         case when g % 5 < 2 then m.lat + (random() - 0.5) else 25 + random() * 24 end,
         case when g % 5 < 2 then m.lng + (random() - 0.5) else -124 + random() * 57 end,
         false, 1
       from generate_series(1, $1::int) g
       join (values ${centres}) as m(i, lat, lng) on m.i = g % 10`,
      [circles],
    );
    // k = 0 weekly, 1 fortnightly, 2 monthly (each started up to a year ago, never ending), 3 a
    // one-off within two months ahead, or (one in three) already past.
    await client.query(
      `insert into circle_meetings (circle_id, title, start_local, time_zone, duration_minutes, rrule, place_kind, place,
          capacity, first_start_at, last_end_at)
       select c.id, 'Meeting ' || k || ' of ' || c.name,
         to_char(s.at at time zone 'America/New_York', 'YYYY-MM-DD"T"HH24:MI'), 'America/New_York', 90,
         (array['FREQ=WEEKLY', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY', null])[k + 1],
         case when random() < 0.85 then 'address' else 'room' end,
         case when random() < 0.85 then '1 Bench Street' else '' end,
         case when random() < 0.5 then 20 else null end,
         s.at,
         case when k = 3 then s.at + interval '90 minutes' else null end
       from (select id, name from circles order by slug) c
       cross join generate_series(0, 3) k
       cross join lateral (
         select date_trunc('hour', now() + case
           when k < 3 then -(random() * 365) * interval '1 day'
           when random() < 0.33 then -(random() * 60) * interval '1 day'
           else (random() * 60) * interval '1 day' end) as at
       ) s
       limit $1::int`,
      [meetings],
    );
    await client.query('VACUUM ANALYZE');
    const counted = await client.query<{ meetings: number; public: number }>(
      `select count(*)::int as meetings,
         count(*) filter (where c.visibility = 'public')::int as public
       from circle_meetings m join circles c on c.id = m.circle_id`,
    );
    return counted.rows[0]!;
  } finally {
    await client.end();
  }
}
