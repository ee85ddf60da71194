// Pages the router reaches through this one module rather than one import each: every lazy route
// costs the first-load chunk its import and its preload list (~70 bytes gzipped), and the growth
// and admin pages pushed pages that were at the 150 KB budget over it (decisions/019). Grouped here
// are pages well under the budget, rarely the first of a visit or whose visitors come for them
// alone: growth, admin, the client portal, password recovery, rooms, account and notification
// settings, imports, away, trades. Pages near the budget stay direct. Opening one costs this small
// chunk first (~3 KB).
export const groupedPages = {
  mentoring: () => import('./mentoring/MentoringPage.tsx'),
  mentorship: () => import('./mentoring/MentorshipPage.tsx'),
  pools: () => import('./pools/PoolsPage.tsx'),
  pool: () => import('./pools/PoolPage.tsx'),
  opportunities: () => import('./opportunities/OpportunitiesPage.tsx'),
  opportunity: () => import('./opportunities/OpportunityPage.tsx'),
  collaborations: () => import('./collaborations/CollaborationsPage.tsx'),
  campaign: () => import('./collaborations/CampaignPage.tsx'),
  volunteerEvent: () => import('./collaborations/VolunteerEventPage.tsx'),
  researchProject: () => import('./collaborations/ResearchProjectPage.tsx'),
  admin: () => import('./admin/AdminPage.tsx'),
  portalLayout: () => import('./portal/PortalLayout.tsx'),
  portalHome: () => import('./portal/PortalHomePage.tsx'),
  portalSignIn: () => import('./portal/PortalSignInPage.tsx'),
  portalRecord: () => import('./portal/PortalRecordPage.tsx'),
  forgotPassword: () => import('./auth/ForgotPasswordPage.tsx'),
  resetPassword: () => import('./auth/ResetPasswordPage.tsx'),
  circleRoom: () => import('./rooms/CircleRoomPage.tsx'),
  room: () => import('./rooms/RoomPage.tsx'),
  redeem: () => import('./offers/RedeemPage.tsx'),
  contactsImport: () => import('./contacts/import/ImportPage.tsx'),
  contactsExpand: () => import('./contacts/expand/ExpandPage.tsx'),
  notificationSettings: () => import('./notifications/NotificationSettingsPage.tsx'),
  notifications: () => import('./notifications/NotificationsPage.tsx'),
  account: () => import('./account/AccountPage.tsx'),
  away: () => import('./away/AwayPage.tsx'),
  trades: () => import('./trades/TradesPage.tsx'),
};
