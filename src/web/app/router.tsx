// Every screen is its own chunk, loaded on first visit; the shell (header, banner) loads once.
import { createBrowserRouter, Navigate } from './routing.tsx';
import { Layout } from './Layout.tsx';
import { MemberRoute } from './guards.tsx';
import { dropEarly } from '../api/early-requests.ts';

// Some pages load through one module (routes/grouped-pages.ts: the first-load budget).
const grouped = async () => (await import('../routes/grouped-pages.ts')).groupedPages;

export const router = createBrowserRouter(
  [
    {
      // The client portal: its own frame and sign-in (a client is not a member).
      path: 'portal',
      lazy: async () => ({ Component: (await (await grouped()).portalLayout()).PortalLayout }),
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await (await grouped()).portalHome()).PortalHomePage }),
        },
        {
          path: 'sign-in',
          lazy: async () => ({ Component: (await (await grouped()).portalSignIn()).PortalSignInPage }),
        },
        {
          path: 'records/:clientId',
          lazy: async () => ({ Component: (await (await grouped()).portalRecord()).PortalRecordPage }),
        },
      ],
    },
    {
      element: <Layout />,
      children: [
        { index: true, lazy: async () => ({ Component: (await import('../routes/home/HomePage.tsx')).HomePage }) },
        {
          path: 'sign-in',
          lazy: async () => ({ Component: (await import('../routes/auth/SignInPage.tsx')).SignInPage }),
        },
        {
          path: 'sign-up',
          lazy: async () => ({ Component: (await import('../routes/auth/SignUpPage.tsx')).SignUpPage }),
        },
        {
          path: 'forgot-password',
          lazy: async () => ({ Component: (await (await grouped()).forgotPassword()).ForgotPasswordPage }),
        },
        {
          path: 'reset-password',
          lazy: async () => ({ Component: (await (await grouped()).resetPassword()).ResetPasswordPage }),
        },
        {
          // Members only: the session is checked once here, for every screen below.
          element: <MemberRoute />,
          children: [
            {
              path: 'account',
              lazy: async () => ({ Component: (await (await grouped()).account()).AccountPage }),
            },
            {
              path: 'onboarding',
              lazy: async () => ({
                Component: (await import('../routes/onboarding/OnboardingPage.tsx')).OnboardingPage,
              }),
            },
            {
              path: 'profile',
              lazy: async () => ({
                Component: (await import('../routes/profile/ProfileEditorPage.tsx')).ProfileEditorPage,
              }),
            },
            {
              path: 'contacts',
              lazy: async () => ({ Component: (await import('../routes/contacts/ContactsPage.tsx')).ContactsPage }),
            },
            {
              path: 'contacts/import',
              lazy: async () => ({ Component: (await (await grouped()).contactsImport()).ImportPage }),
            },
            {
              path: 'contacts/expand',
              lazy: async () => ({ Component: (await (await grouped()).contactsExpand()).ExpandPage }),
            },
            {
              path: 'contacts/:id',
              lazy: async () => ({
                Component: (await import('../routes/contacts/detail/ContactPage.tsx')).ContactPage,
              }),
            },
            {
              path: 'letters',
              lazy: async () => ({ Component: (await import('../routes/letters/LettersPage.tsx')).LettersPage }),
            },
            {
              path: 'letters/new',
              lazy: async () => ({ Component: (await import('../routes/letters/NewLetterPage.tsx')).NewLetterPage }),
            },
            {
              path: 'letters/merge',
              lazy: async () => ({ Component: (await import('../routes/letters/merge/MergePage.tsx')).MergePage }),
            },
            {
              path: 'letters/templates',
              lazy: async () => ({ Component: (await import('../routes/letters/TemplatesPage.tsx')).TemplatesPage }),
            },
            {
              path: 'letters/:id',
              lazy: async () => ({
                Component: (await import('../routes/letters/SavedLetterPage.tsx')).SavedLetterPage,
              }),
            },
            {
              path: 'offers',
              lazy: async () => ({ Component: (await import('../routes/offers/OffersPage.tsx')).OffersPage }),
            },
            {
              path: 'offers/:id',
              lazy: async () => ({ Component: (await import('../routes/offers/OfferPage.tsx')).OfferPage }),
            },
            {
              path: 'redeem',
              lazy: async () => ({ Component: (await (await grouped()).redeem()).RedeemPage }),
            },
            {
              path: 'clients',
              lazy: async () => ({ Component: (await import('../routes/clients/ClientsPage.tsx')).ClientsPage }),
            },
            {
              path: 'alliance',
              lazy: async () => ({ Component: (await import('../routes/alliance/AlliancePage.tsx')).AlliancePage }),
            },
            {
              path: 'clients/:id',
              lazy: async () => ({ Component: (await import('../routes/clients/ClientPage.tsx')).ClientPage }),
            },
            {
              path: 'referrals',
              lazy: async () => ({ Component: (await import('../routes/referrals/ReferralsPage.tsx')).ReferralsPage }),
            },
            {
              path: 'referrals/new',
              lazy: async () => ({
                Component: (await import('../routes/referrals/NewReferralPage.tsx')).NewReferralPage,
              }),
            },
            {
              path: 'referrals/:id',
              lazy: async () => ({ Component: (await import('../routes/referrals/ReferralPage.tsx')).ReferralPage }),
            },
            {
              path: 'network',
              lazy: async () => ({ Component: (await import('../routes/network/NetworkPage.tsx')).NetworkPage }),
            },
            {
              path: 'messages',
              lazy: async () => ({ Component: (await import('../routes/messages/MessagesPage.tsx')).MessagesPage }),
            },
            {
              path: 'circles',
              lazy: async () => ({ Component: (await import('../routes/circles/CirclesPage.tsx')).CirclesPage }),
            },
            {
              path: 'circles/new',
              lazy: async () => ({ Component: (await import('../routes/circles/NewCirclePage.tsx')).NewCirclePage }),
            },
            {
              path: 'circles/:idOrSlug',
              lazy: async () => ({ Component: (await import('../routes/circles/CirclePage.tsx')).CirclePage }),
            },
            {
              path: 'circles/:idOrSlug/meetings/new',
              lazy: async () => ({
                Component: (await import('../routes/circles/MeetingFormPage.tsx')).MeetingFormPage,
              }),
            },
            {
              path: 'circles/:idOrSlug/meetings/:meetingId',
              lazy: async () => ({ Component: (await import('../routes/circles/MeetingPage.tsx')).MeetingPage }),
            },
            {
              path: 'circles/:slug/room',
              lazy: async () => ({ Component: (await (await grouped()).circleRoom()).CircleRoomPage }),
            },
            {
              path: 'circles/:slug/discussions',
              lazy: async () => ({
                Component: (await import('../routes/discussions/DiscussionsPage.tsx')).DiscussionsPage,
              }),
            },
            {
              path: 'circles/:slug/discussions/:threadId',
              lazy: async () => ({ Component: (await import('../routes/discussions/ThreadPage.tsx')).ThreadPage }),
            },
            {
              path: 'rooms/:kind/:id',
              lazy: async () => ({ Component: (await (await grouped()).room()).RoomPage }),
            },
            {
              path: 'messages/:id',
              lazy: async () => ({ Component: (await import('../routes/messages/ThreadPage.tsx')).ThreadPage }),
            },
            {
              path: 'notifications',
              lazy: async () => ({
                Component: (await (await grouped()).notifications()).NotificationsPage,
              }),
            },
            {
              path: 'notifications/settings',
              lazy: async () => ({
                Component: (await (await grouped()).notificationSettings()).NotificationSettingsPage,
              }),
            },
            {
              path: 'trades',
              lazy: async () => ({ Component: (await (await grouped()).trades()).TradesPage }),
            },
            {
              path: 'mentoring',
              lazy: async () => ({ Component: (await (await grouped()).mentoring()).MentoringPage }),
            },
            {
              path: 'mentoring/:id',
              lazy: async () => ({
                Component: (await (await grouped()).mentorship()).MentorshipPage,
              }),
            },
            {
              path: 'trades/:id',
              lazy: async () => ({ Component: (await import('../routes/trades/TradePage.tsx')).TradePage }),
            },
            {
              path: 'pools',
              lazy: async () => ({ Component: (await (await grouped()).pools()).PoolsPage }),
            },
            {
              path: 'pools/:id',
              lazy: async () => ({ Component: (await (await grouped()).pool()).PoolPage }),
            },
            { path: 'away', lazy: async () => ({ Component: (await (await grouped()).away()).AwayPage }) },
            {
              path: 'opportunities',
              lazy: async () => ({
                Component: (await (await grouped()).opportunities()).OpportunitiesPage,
              }),
            },
            {
              path: 'opportunities/:id',
              lazy: async () => ({
                Component: (await (await grouped()).opportunity()).OpportunityPage,
              }),
            },
            {
              path: 'collaborations',
              lazy: async () => ({
                Component: (await (await grouped()).collaborations()).CollaborationsPage,
              }),
            },
            {
              path: 'collaborations/campaigns/:id',
              lazy: async () => ({
                Component: (await (await grouped()).campaign()).CampaignPage,
              }),
            },
            {
              path: 'collaborations/volunteering/:id',
              lazy: async () => ({
                Component: (await (await grouped()).volunteerEvent()).VolunteerEventPage,
              }),
            },
            {
              path: 'collaborations/research/:id',
              lazy: async () => ({
                Component: (await (await grouped()).researchProject()).ResearchProjectPage,
              }),
            },
            {
              path: 'admin',
              lazy: async () => ({ Component: (await (await grouped()).admin()).AdminPage }),
            },
          ],
        },
        {
          path: 'members/:slug',
          lazy: async () => ({ Component: (await import('../routes/members/MemberPage.tsx')).MemberPage }),
        },
        {
          path: 'directory',
          lazy: async () => ({ Component: (await import('../routes/directory/DirectoryPage.tsx')).DirectoryPage }),
        },
        { path: 'circle', element: <Navigate to="/network" replace /> },
        { path: '*', lazy: async () => ({ Component: (await import('../routes/NotFoundPage.tsx')).NotFoundPage }) },
      ],
    },
  ],
  // An answer asked for at start is for the first address only (api/early-requests.ts).
  { basename: '/app', onMove: dropEarly },
);
