// The signed-in member (Better Auth's session) and the auth actions around it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http.ts';
import { queryKeys } from './query-keys.ts';

export type SessionUser = { id: string; name: string; email: string; emailVerified: boolean };
export type Session = { user: SessionUser } | null;

export const appUrl = (path: string) => `${window.location.origin}/app${path}`;

const getSession = () => api<Session>('/api/auth/get-session');

/** Who is signed in: the shell and most screens wait for it, so main.tsx asks before the first screen's code is in. */
export const sessionQuery = { queryKey: queryKeys.session, queryFn: getSession, staleTime: 60_000 } as const;

export function useSession() {
  return useQuery(sessionQuery);
}

/** Anything that changes who is signed in drops every cached answer: the next screen asks again. */
function useSessionChange<Input>(request: (input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      client.removeQueries({
        predicate: (query) =>
          query.queryKey[0] !== queryKeys.taxonomy[0] && query.queryKey[0] !== queryKeys.clientConfig[0],
      });
      await client.fetchQuery({ queryKey: queryKeys.session, queryFn: getSession });
    },
  });
}

export const useSignIn = () =>
  useSessionChange((input: { email: string; password: string }) =>
    api('/api/auth/sign-in/email', { method: 'POST', body: input }),
  );

export const useSignUp = () =>
  useSessionChange((input: { name: string; email: string; password: string }) =>
    api('/api/auth/sign-up/email', { method: 'POST', body: { ...input, callbackURL: '/app/?verified=1' } }),
  );

export const useSignOut = () => useSessionChange((_: void) => api('/api/auth/sign-out', { method: 'POST', body: {} }));

export const requestPasswordReset = (email: string) =>
  api('/api/auth/request-password-reset', { method: 'POST', body: { email, redirectTo: '/app/reset-password' } });

export const resetPassword = (newPassword: string, token: string) =>
  api('/api/auth/reset-password', { method: 'POST', body: { newPassword, token } });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api('/api/auth/change-password', { method: 'POST', body: { currentPassword, newPassword } });

export const sendVerificationEmail = (email: string) =>
  api('/api/auth/send-verification-email', { method: 'POST', body: { email, callbackURL: '/app/?verified=1' } });
