// Mail: the durable outbox (the mailer in the app context, which auth needs before any module is
// built) and the dev outbox page.
import { defineModule } from '../module.ts';
import { registerMailRoutes } from './mail.routes.ts';

export const mailModule = defineModule((context, _deps: Record<string, never>) => ({
  name: 'mail',
  services: { mailer: context.mailer },
  register: (app) => registerMailRoutes(app, context),
}));
