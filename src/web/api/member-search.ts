// Finding a member by name for the member picker: my connections first (already loaded for the
// network), then the directory's name search, which also sees members-only profiles when signed in.
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { DirectoryResult } from '../../contracts/directory.ts';
import { useConnections } from './network.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type PickedMember = { slug: string; displayName: string; profession: string; town: string; inNetwork: boolean };

const minLength = 2;
const listed = 8;

const matches = (name: string, text: string) => {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const nameWords = name.toLowerCase().split(/\s+/);
  return words.every((word) => nameWords.some((part) => part.startsWith(word)));
};

export function useMemberSearch(text: string, exclude: readonly string[]) {
  const [query] = useDebouncedValue(text.trim(), 200);
  const connections = useConnections();
  const directory = useQuery({
    queryKey: queryKeys.memberSearch(query),
    queryFn: ({ signal }) =>
      api<DirectoryResult>(
        `/api/directory?${new URLSearchParams({ q: query, sort: 'relevance', pageSize: String(listed) }).toString()}`,
        { signal },
      ),
    enabled: query.length >= minLength,
    staleTime: 60_000,
  });
  const typed = text.trim();
  const towns = new Map(
    (directory.data?.items ?? []).map((item) => [item.slug, [item.city, item.region].filter(Boolean).join(', ')]),
  );
  const network: PickedMember[] = (connections.data ?? [])
    .filter(
      (connection) =>
        connection.status === 'accepted' && (typed === '' || matches(connection.member.displayName, typed)),
    )
    .map(({ member }) => ({ ...member, town: towns.get(member.slug) ?? '', inNetwork: true }));
  const found: PickedMember[] =
    typed.length >= minLength && query === typed
      ? (directory.data?.items ?? []).map((item) => ({
          slug: item.slug,
          displayName: item.displayName,
          profession: item.profession,
          town: towns.get(item.slug) ?? '',
          inNetwork: false,
        }))
      : [];
  const seen = new Set(exclude);
  const options = [...network, ...found]
    .filter((member) => !seen.has(member.slug) && (seen.add(member.slug), true))
    .slice(0, listed);
  return { options, searching: directory.isFetching || query !== typed, tooShort: typed.length < minLength };
}
