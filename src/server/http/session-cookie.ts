// Whether a request carries Kneadwork's session cookie. Only its presence: a stale one just lands
// in the app, which then asks to sign in (used where a page must answer without database work).
const sessionCookie = /(?:^|;\s*)(?:__Secure-)?kneadwork\.session_token=/;

export const hasSessionCookie = (cookieHeader: string | undefined) => sessionCookie.test(cookieHeader ?? '');
