// The member's home: one request for everything the home screen counts.
import { useQuery } from '@tanstack/react-query';
import type { MemberHome } from '../../contracts/home.ts';
import { localDay } from './contacts.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export const useMemberHome = () =>
  useQuery({ queryKey: queryKeys.home, queryFn: () => api<MemberHome>(`/api/me/home?today=${localDay()}`) });
