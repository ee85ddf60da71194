// The offers module's routes: offers, certificates, and the public verification (JSON and page).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { registerCertificateRoutes } from './certificates.routes.ts';
import { registerOfferRoutes } from './offers.routes.ts';
import { registerVerifyRoutes } from './verify.routes.ts';

export function registerOffersModule(app: FastifyInstance, context: AppContext) {
  // The public verify route is registered first; its static segment wins over :code either way.
  registerVerifyRoutes(app, context);
  registerOfferRoutes(app, context);
  registerCertificateRoutes(app, context);
}
