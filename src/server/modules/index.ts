// Every module, built once in dependency order: a module receives the services of the modules it
// depends on (its deps), so every cross-module dependency is written here and in its factory's
// deps type. Routes are registered after all modules are built, in the order below (the web app's
// catch-all last).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { authModule } from './auth/auth.module.ts';
import { circlesModule } from './circles/circles.module.ts';
import { allianceModule } from './alliance-checkins/alliance.module.ts';
import { clientPortalModule } from './client-portal/client-portal.module.ts';
import { clientsModule } from './clients/clients.module.ts';
import { contactsModule } from './contacts/contacts.module.ts';
import { collaborationsModule } from './collaborations/collaborations.module.ts';
import { coverModule } from './cover/cover.module.ts';
import { discussionsModule } from './circles/discussions/discussions.module.ts';
import { directoryModule } from './directory/directory.module.ts';
import { intakeModule } from './intake/intake.module.ts';
import { healthModule } from './health/health.module.ts';
import { homeModule } from './home/home.module.ts';
import { lettersModule } from './letters/letters.module.ts';
import { mailModule } from './mail/mail.module.ts';
import { meetingsModule } from './circles/meetings/meetings.module.ts';
import { mentorshipModule } from './mentorship/mentorship.module.ts';
import { messagesModule } from './messages/messages.module.ts';
import { moderationModule, reportIntakeModule } from './moderation/moderation.module.ts';
import type { Module } from './module.ts';
import { networkModule } from './network/network.module.ts';
import { notificationsModule } from './notifications/notifications.module.ts';
import { offersModule } from './offers/offers.module.ts';
import { opportunitiesModule } from './opportunities/opportunities.module.ts';
import { platformModule } from './platform/platform.module.ts';
import { poolsModule } from './collaborations/pools/pools.module.ts';
import { profileViewModule } from './profiles/profile-view.module.ts';
import { profilesModule } from './profiles/profiles.module.ts';
import { publicPagesModule } from './public-pages/public-pages.module.ts';
import { referralsModule } from './referrals/referrals.module.ts';
import { roomsModule } from './rooms/rooms.module.ts';

import { sessionNotesModule } from './session-notes/session-notes.module.ts';
import { scopeGuideModule } from './scope-guide/scope-guide.module.ts';
import { treatmentPlansModule } from './treatment-plans/treatment-plans.module.ts';
import { tradesModule } from './trades/trades.module.ts';
import { webAppModule } from './web-app/web-app.module.ts';

export function buildModules(context: AppContext) {
  const platform = platformModule(context, {});
  const health = healthModule(context, {});
  const auth = authModule(context, { rateLimits: platform.services.rateLimits });
  const mail = mailModule(context, {});
  const notifications = notificationsModule(context, {});
  const profiles = profilesModule(context, {});
  // Reports land here from the modules' own report routes (messages, discussions) and /api/reports.
  const reportIntake = reportIntakeModule(context, {});
  const network = networkModule(context, {
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
  });
  const cover = coverModule(context, {
    profiles: profiles.services.profiles,
    network: network.services.network,
    notifications: notifications.services.notifications,
  });
  const messages = messagesModule(context, {
    profiles: profiles.services.profiles,
    reports: reportIntake.services.intake,
  });
  const mentorship = mentorshipModule(context, {
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
    conversations: messages.services.conversations,
  });
  const profileView = profileViewModule(context, {
    profiles: profiles.services.profiles,
    network: network.services.network,
    cover: cover.services,
    mentoring: mentorship.services.mentoring,
  });
  const trades = tradesModule(context, {
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
  });
  const rooms = roomsModule(context, {});
  const directory = directoryModule(context, { awayBanners: cover.services.banners });
  const contacts = contactsModule(context, { profiles: profiles.services.profiles, directory: directory.services });
  const clients = clientsModule(context, {
    profiles: profiles.services.profiles,
    contacts: contacts.services.contacts,
  });
  const treatmentPlans = treatmentPlansModule(context, {
    clients: clients.services,
    onClientAction: ({ therapistUserId, clientId, action }) =>
      notifications.services.notifications.notify({
        userId: therapistUserId,
        kind: action === 'agreed' ? 'client.plan-agreed' : 'client.plan-commented',
        subject: { type: 'client', id: clientId },
      }),
  });
  const alliance = allianceModule(context, {
    clients: clients.services,
    notifications: notifications.services.notifications,
    plans: treatmentPlans.services,
  });
  const sessionNotes = sessionNotesModule(context, {
    clients: clients.services,
    onSigned: alliance.services.alliance.onSigned,
    goals: treatmentPlans.services,
  });
  const offers = offersModule(context, { profiles: profiles.services.profiles, contacts: contacts.services.contacts });
  const letters = lettersModule(context, {
    profiles: profiles.services.profiles,
    contacts: contacts.services.contacts,
    offers: offers.services,
  });
  const circles = circlesModule(context, {
    profiles: profiles.services.profiles,
    contacts: contacts.services.contacts,
    notifications: notifications.services.notifications,
    rooms: rooms.services.rooms,
  });
  const meetings = meetingsModule(context, {
    circles: circles.services.circles,
    rooms: rooms.services.rooms,
    notifications: notifications.services.notifications,
  });
  const discussions = discussionsModule(context, {
    circles: circles.services.circles,
    meetings: meetings.services.meetings,
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
    newAccountPosts: platform.services.newAccountPosts,
    adminReports: reportIntake.services.intake,
  });
  const publicPages = publicPagesModule(context, {
    profiles: profiles.services.profiles,
    directory: directory.services,
    awayBanners: cover.services.banners,
    mentoring: mentorship.services.mentoring,
  });
  const scopeGuide = scopeGuideModule(context, {});
  // The therapist hears that a client acted in the portal, never what they wrote.
  const intake = intakeModule(context, {
    clients: clients.services,
    guide: scopeGuide.services,
    onClientSubmitted: ({ therapistUserId, clientId }) =>
      notifications.services.notifications.notify({
        userId: therapistUserId,
        kind: 'client.intake-completed',
        subject: { type: 'client', id: clientId },
      }),
  });
  const referrals = referralsModule(context, {
    profiles: profiles.services.profiles,
    contacts: contacts.services.contacts,
    clients: clients.services,
    directory: directory.services,
    away: cover.services.away,
    network: network.services.network,
    notifications: notifications.services.notifications,
  });
  const home = homeModule(context, {
    followUps: contacts.services.followUps,
    contacts: contacts.services.contacts,
    referrals: referrals.services.referrals,
    trades: trades.services.trades,
    certificates: offers.services,
    profiles: profiles.services.profiles,
  });
  const clientPortal = clientPortalModule(context, {
    clients: clients.services,
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
    rateLimits: platform.services.rateLimits,
  });
  const opportunities = opportunitiesModule(context, {
    profiles: profiles.services.profiles,
    newAccountPosts: platform.services.newAccountPosts,
    away: cover.services.away,
    conversations: messages.services.conversations,
    messages: messages.services.messages,
  });
  const pools = poolsModule(context, {
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
    newAccountPosts: platform.services.newAccountPosts,
  });
  const collaborations = collaborationsModule(context, {
    profiles: profiles.services.profiles,
    offers: offers.services,
    notifications: notifications.services.notifications,
    messages: messages.services,
    platform: platform.services,
  });
  // Built last: every module that owns reportable things hands moderation its Reportables here
  // (one per kind; moderation/reportable.ts). Growth's modules add theirs to this list.
  const moderation = moderationModule(context, {
    reportables: [
      ...profiles.services.reportables,
      ...messages.services.reportables,
      ...circles.services.reportables,
      ...discussions.services.reportables,
      ...opportunities.services.reportables,
      ...pools.services.reportables,
      ...collaborations.services.reportables,
      ...mentorship.services.reportables,
    ],
    intake: reportIntake.services.intake,
    profiles: profiles.services.profiles,
    notifications: notifications.services.notifications,
  });
  const webApp = webAppModule(context, {});

  const modules: Module<unknown>[] = [
    health,
    auth,
    mail,
    profiles,
    profileView,
    directory,
    contacts,
    clients,
    sessionNotes,
    alliance,
    clientPortal,
    publicPages,
    offers,
    letters,
    scopeGuide,
    intake,
    treatmentPlans,
    trades,
    mentorship,
    network,
    cover,
    notifications,
    referrals,
    messages,
    circles,
    meetings,
    discussions,
    rooms,
    home,
    platform,
    opportunities,
    pools,
    collaborations,
    moderation,
    webApp,
  ];
  return {
    modules,
    services: {
      profiles: profiles.services,
      network: network.services,
      cover: cover.services,
      trades: trades.services,
      mentorship: mentorship.services,
      notifications: notifications.services,
      messages: messages.services,
      rooms: rooms.services,
      auth: auth.services,
      platform: platform.services,
      directory: directory.services,
      contacts: contacts.services,
      clients: clients.services,
      sessionNotes: sessionNotes.services,
      alliance: alliance.services,
      intake: intake.services,
      treatmentPlans: treatmentPlans.services,
      clientPortal: clientPortal.services,
      offers: offers.services,
      letters: letters.services,
      referrals: referrals.services,
      home: home.services,
      circles: circles.services,
      meetings: meetings.services,
      discussions: discussions.services,
      opportunities: opportunities.services,
      pools: pools.services,
      collaborations: collaborations.services,
      moderation: moderation.services,
      reportIntake: reportIntake.services,
    },
    register: async (app: FastifyInstance) => {
      for (const module of modules) await module.register?.(app);
    },
  };
}
