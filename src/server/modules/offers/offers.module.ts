// Offers: professional offers, their certificates (codes, PDF with QR, redemption) and the public
// verification (JSON and page). Letters attach certificates through this module's service.
import type { ContactsService } from '../contacts/contacts.service.ts';
import { defineModule } from '../module.ts';
import type { ProfilesService } from '../profiles/profiles.service.ts';
import { registerCertificateRoutes } from './certificates.routes.ts';
import { registerOfferRoutes } from './offers.routes.ts';
import { offersService } from './offers.service.ts';
import { registerVerifyRoutes } from './verify.routes.ts';

export {
  certificateRules,
  certificatesPolicy,
  noSuchCertificate,
  noSuchOffer,
  offerRules,
  offersPolicy,
  type CertificatesPermission,
  type OffersPermission,
} from './offers.policy.ts';

export const offersModule = defineModule((context, deps: { profiles: ProfilesService; contacts: ContactsService }) => {
  const offers = offersService(context, deps);
  return {
    name: 'offers',
    services: offers,
    register(app) {
      // The public verify route is registered first; its static segment wins over :code either way.
      registerVerifyRoutes(app, context, { certificates: offers });
      registerOfferRoutes(app, context, { offers });
      registerCertificateRoutes(app, context, { offers });
    },
  };
});
