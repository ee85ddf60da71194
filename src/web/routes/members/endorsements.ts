// Endorsing a connection's specialties and modalities: what I endorsed comes back with the
// connections list; the counts on their profile change too, so both are asked again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Endorsement, EndorsementCreate } from '../../../contracts/network.ts';
import { api } from '../../api/http.ts';
import { queryKeys } from '../../api/query-keys.ts';

const endorsementsPath = (connectionId: string) => `/api/connections/${encodeURIComponent(connectionId)}/endorsements`;

function useEndorsementWrite<Input, Output>(slug: string, request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.network.all }),
        client.invalidateQueries({ queryKey: queryKeys.profile(slug) }),
      ]);
    },
  });
}

export const useEndorse = (slug: string, connectionId: string) =>
  useEndorsementWrite(slug, (input: EndorsementCreate) =>
    api<Endorsement>(endorsementsPath(connectionId), { method: 'POST', body: input }),
  );

export const useWithdrawEndorsement = (slug: string, connectionId: string) =>
  useEndorsementWrite(slug, (endorsementId: string) =>
    api<unknown>(`${endorsementsPath(connectionId)}/${encodeURIComponent(endorsementId)}`, { method: 'DELETE' }),
  );
