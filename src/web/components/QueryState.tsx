// What a screen shows for one query: a loader while it loads, the error with "Try again", the
// empty state when there is nothing yet, else the data.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LoadError } from './LoadError.tsx';
import { PageLoader } from './PageLoader.tsx';

type Props<Data> = {
  query: UseQueryResult<Data>;
  children: (data: Data) => ReactNode;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
};

export function QueryState<Data>({ query, children, isEmpty, empty }: Props<Data>) {
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  if (query.data === undefined) return <PageLoader />;
  if (empty !== undefined && isEmpty?.(query.data)) return empty;
  return children(query.data);
}
