// The away notice on a member's page while their away period runs: until when, their message, and
// the colleagues who cover.
import { Alert, Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from '../../app/routing.tsx';
import type { AwayBanner as Notice } from '../../../contracts/cover.ts';
import { formatLongDay } from '../../components/dates.ts';

const day = formatLongDay;

export function AwayBanner({ name, away }: { name: string; away: Notice }) {
  return (
    <Alert color="yellow" title={`${name} is away until ${day(away.until)}`} role="status" aria-label="Away notice">
      {away.message && <Text className="pre-line">{away.message}</Text>}
      {away.coveredBy.length > 0 && (
        <Text size="sm" mt={away.message ? 'xs' : 0}>
          {'Covered by '}
          {away.coveredBy.map((cover, index) => (
            <Fragment key={cover.slug}>
              {index > 0 && ', '}
              <Anchor component={Link} to={`/members/${encodeURIComponent(cover.slug)}`}>
                {cover.displayName}
              </Anchor>
            </Fragment>
          ))}
        </Text>
      )}
    </Alert>
  );
}
