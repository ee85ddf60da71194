// The member's own profile, another member's profile, and the curated taxonomy.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Profile, ProfileUpdate } from '../../contracts/profile.ts';
import type { taxonomy } from '../../contracts/taxonomy.ts';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';
import { myProfileUrl, taxonomyUrl } from './read-urls.ts';

export type Taxonomy = typeof taxonomy;
export type PublicProfile = Omit<Profile, 'licenseNumber'> & { licenseNumber?: string };

export const useMyProfile = (enabled = true) =>
  useQuery({ queryKey: queryKeys.myProfile, queryFn: () => api<Profile>(myProfileUrl), enabled });

export const useTaxonomy = () =>
  useQuery({ queryKey: queryKeys.taxonomy, queryFn: () => api<Taxonomy>(taxonomyUrl), staleTime: Infinity });

export const useMemberProfile = (slug: string) =>
  useQuery({
    queryKey: queryKeys.profile(slug),
    queryFn: () => api<PublicProfile>(`/api/profiles/${encodeURIComponent(slug)}`),
  });

function useProfileWrite<Input>(request: (input: Input) => Promise<Profile>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (profile) => {
      client.setQueryData(queryKeys.myProfile, profile);
      void client.invalidateQueries({ queryKey: queryKeys.directory.all });
      void client.invalidateQueries({ queryKey: queryKeys.profile(profile.slug) });
    },
  });
}

export const useUpdateProfile = () =>
  useProfileWrite((patch: ProfileUpdate) => api<Profile>(myProfileUrl, { method: 'PUT', body: patch }));

export const useCompleteOnboarding = () =>
  useProfileWrite((_: void) => api<Profile>('/api/me/onboarding/complete', { method: 'POST', body: {} }));

export type ImageKind = 'logo' | 'photo';

export const useUploadImage = () =>
  useProfileWrite(({ kind, file }: { kind: ImageKind; file: File }) => {
    const form = new FormData();
    form.append('file', file);
    return api<Profile>(`/api/me/profile/${kind}`, { method: 'POST', form });
  });

export const useRemoveImage = () =>
  useProfileWrite((kind: ImageKind) => api<Profile>(`/api/me/profile/${kind}`, { method: 'DELETE' }));
