// On a member's page that shows clinical data (a client's record, the alliance figures): after the
// configured idle minutes (CLINICAL_IDLE_MINUTES, default 30) the member is signed out, with a
// warning first, and comes back to this page after signing in again.
import { useClientConfig } from '../api/directory.ts';
import { useSignOut } from '../api/session.ts';
import { useLocation, useNavigate } from '../app/routing.tsx';
import { IdleTimeout } from './IdleTimeout.tsx';

export function ClinicalIdleTimeout() {
  const config = useClientConfig();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  if (!config.data) return null;
  const next = encodeURIComponent(location.pathname.replace(/^\/app/, '') + location.search);
  return (
    <IdleTimeout
      minutes={config.data.clinicalIdleMinutes}
      onTimeout={() =>
        signOut.mutate(undefined, { onSettled: () => navigate(`/sign-in?idle=1&next=${next}`, { replace: true }) })
      }
    />
  );
}
