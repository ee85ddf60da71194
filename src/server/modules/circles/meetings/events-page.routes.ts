// GET /events: the public meetings page. HTML in every case, bad input included (400 with the
// field in words), because a browser, not a script, is reading. The same for everyone: cached 60 s.
import type { FastifyInstance } from 'fastify';
import { eventQuerySchema } from '../../../../contracts/events.ts';
import type { Config } from '../../../config.ts';
import { sendHtml } from '../../../http/html-reply.ts';
import { fieldErrorsOf, formValues, issuesAsFieldErrors } from '../page-form.ts';
import { eventsPage } from './events-page.ts';
import type { PublicEventsService } from './public-events.service.ts';

const formFields = new Set(Object.keys(eventQuerySchema.shape));

export function registerEventsPage(
  app: FastifyInstance,
  config: Pick<Config, 'publicUrl'>,
  events: PublicEventsService,
) {
  app.get('/events', { schema: { hide: true } }, async (request, reply) => {
    const values = formValues(request.query, formFields);
    const page = (status: number, outcome: Parameters<typeof eventsPage>[2]) =>
      sendHtml(reply, status, eventsPage(config.publicUrl, values, outcome), {
        cacheControl: status === 200 ? 'public, max-age=60' : 'no-store',
      });
    const parsed = eventQuerySchema.safeParse(values);
    if (!parsed.success) return page(400, { errors: issuesAsFieldErrors(parsed.error.issues, 'near') });
    try {
      return page(200, { list: await events.near(parsed.data) });
    } catch (error) {
      const errors = fieldErrorsOf(error, 'near');
      if (errors) return page(400, { errors });
      throw error;
    }
  });
}
