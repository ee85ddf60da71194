// The member's home: one request for everything the home screen counts.
import { useQuery } from '@tanstack/react-query';
import type { MemberHome } from '../../contracts/home.ts';
import { localDay } from './contacts.ts';
import { api } from './http.ts';

export const homeKey = ['me', 'home'] as const;

export const useMemberHome = () => useQuery({ queryKey: homeKey, queryFn: () => api<MemberHome>(`/api/me/home?today=${localDay()}`) });
