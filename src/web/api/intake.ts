// A client's intake (the form, their answers, the flags raised), goals with their measures and the
// treatment plan — for the therapist (/api/clients/{id}/…) and for the client in the portal
// (/api/portal/…). Every write asks again for the client's intake, goals and plan.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IntakeDefinition,
  IntakeDefinitionInput,
  IntakeFlag,
  IntakeSubmit,
  IntakeView,
} from '../../contracts/intake.ts';
import type { Goal, GoalCreate, MeasureInput, PlanInput, PlanView } from '../../contracts/treatment-plans.ts';
import { api } from './http.ts';

export type {
  IntakeAnswer,
  IntakeAnswers,
  IntakeDefinition,
  IntakeFlag,
  IntakeQuestion,
  IntakeSimpleQuestion,
  IntakeView,
} from '../../contracts/intake.ts';
export type { Goal, Measure, PlanVersion, PlanView } from '../../contracts/treatment-plans.ts';

const clientPath = (id: string) => `/api/clients/${encodeURIComponent(id)}`;
const portalPath = (id: string) => `/api/portal/records/${encodeURIComponent(id)}`;
const keys = {
  intake: (id: string) => ['clients', 'one', id, 'intake'] as const,
  flags: (id: string) => ['clients', 'one', id, 'flags'] as const,
  goals: (id: string) => ['clients', 'one', id, 'goals'] as const,
  plan: (id: string) => ['clients', 'one', id, 'plan'] as const,
  portal: (id: string) => ['portal', 'records', id] as const,
};

function useWrite<Input, Output>(clientId: string, request: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['clients', 'one', clientId] });
      await client.invalidateQueries({ queryKey: keys.portal(clientId) });
      // A plan's frequency is the client's expected visit interval in retention.
      await client.invalidateQueries({ queryKey: ['alliance', 'retention'] });
    },
  });
}

export const useIntake = (clientId: string) =>
  useQuery({
    queryKey: keys.intake(clientId),
    queryFn: ({ signal }) => api<IntakeView>(`${clientPath(clientId)}/intake`, { signal }),
  });

export const useSaveIntake = (clientId: string) =>
  useWrite(clientId, (input: IntakeSubmit) =>
    api<IntakeView>(`${clientPath(clientId)}/intake`, { method: 'PUT', body: input }),
  );

/** The flags of the client's latest intake, for any screen about the client. */
export const useIntakeFlags = (clientId: string) =>
  useQuery({
    queryKey: keys.flags(clientId),
    queryFn: ({ signal }) => api<{ items: IntakeFlag[] }>(`${clientPath(clientId)}/flags`, { signal }),
    select: (data) => data.items,
  });

export const useGoals = (clientId: string) =>
  useQuery({
    queryKey: keys.goals(clientId),
    queryFn: ({ signal }) => api<{ items: Goal[] }>(`${clientPath(clientId)}/goals`, { signal }),
    select: (data) => data.items,
  });

export const useAddGoal = (clientId: string) =>
  useWrite(clientId, (input: GoalCreate) =>
    api<Goal>(`${clientPath(clientId)}/goals`, { method: 'POST', body: input }),
  );

export const useRecordMeasure = (clientId: string) =>
  useWrite(clientId, ({ goalId, values }: { goalId: string; values: MeasureInput }) =>
    api<Goal>(`${clientPath(clientId)}/goals/${encodeURIComponent(goalId)}/measures`, { method: 'POST', body: values }),
  );

export const usePlan = (clientId: string) =>
  useQuery({
    queryKey: keys.plan(clientId),
    queryFn: ({ signal }) => api<PlanView>(`${clientPath(clientId)}/plan`, { signal }),
  });

export const useSavePlan = (clientId: string) =>
  useWrite(clientId, (input: PlanInput) =>
    api<PlanView>(`${clientPath(clientId)}/plan`, { method: 'POST', body: input }),
  );

// The portal: the signed-in client's own record.
export const usePortalIntake = (clientId: string) =>
  useQuery({
    queryKey: [...keys.portal(clientId), 'intake'],
    queryFn: ({ signal }) => api<IntakeView>(`${portalPath(clientId)}/intake`, { signal }),
  });

export const usePortalSaveIntake = (clientId: string) =>
  useWrite(clientId, (input: IntakeSubmit) =>
    api<IntakeView>(`${portalPath(clientId)}/intake`, { method: 'PUT', body: input }),
  );

export const usePortalPlan = (clientId: string) =>
  useQuery({
    queryKey: [...keys.portal(clientId), 'plan'],
    queryFn: ({ signal }) => api<PlanView>(`${portalPath(clientId)}/plan`, { signal }),
  });

export const usePortalGoals = (clientId: string) =>
  useQuery({
    queryKey: [...keys.portal(clientId), 'goals'],
    queryFn: ({ signal }) => api<{ items: Goal[] }>(`${portalPath(clientId)}/goals`, { signal }),
    select: (data) => data.items,
  });

export const useAgreeToPlan = (clientId: string) =>
  useWrite(clientId, ({ planId, version }: { planId: string; version: number }) =>
    api<PlanView>(`/api/portal/plans/${encodeURIComponent(planId)}/agree`, { method: 'POST', body: { version } }),
  );

export const useCommentOnPlan = (clientId: string) =>
  useWrite(clientId, ({ planId, text }: { planId: string; text: string }) =>
    api<PlanView>(`/api/portal/plans/${encodeURIComponent(planId)}/comments`, { method: 'POST', body: { text } }),
  );

/** The practice's intake form: its own latest copy, or the shipped default. */
export const useIntakeDefinition = (enabled: boolean) =>
  useQuery({
    queryKey: ['intake', 'definition'],
    queryFn: ({ signal }) => api<IntakeDefinition>('/api/intake/definition', { signal }),
    enabled,
  });

/** Saves the practice's own copy as a new version; answers already given keep the version they answered. */
export const useSaveIntakeDefinition = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: IntakeDefinitionInput) =>
      api<IntakeDefinition>('/api/intake/definition', { method: 'PUT', body: input }),
    onSettled: async () => {
      await client.invalidateQueries({ queryKey: ['intake', 'definition'] });
      await client.invalidateQueries({ queryKey: ['clients', 'one'] });
    },
  });
};
