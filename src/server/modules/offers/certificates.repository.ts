// Certificates: issued against an offer's atomic counter, redeemed and voided by single guarded
// UPDATEs, read by their issuer (with the offer they print) or, by code, for public verification.
import { and, desc, eq, isNull, gte, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { certificates, offers, profiles, user } from '../../db/schema/index.ts';

const recipientProfile = alias(profiles, 'recipient_profile');
const issuerProfile = alias(profiles, 'issuer_profile');

const columns = {
  id: certificates.id,
  offerId: certificates.offerId,
  issuerUserId: certificates.issuerUserId,
  code: certificates.code,
  recipientName: certificates.recipientName,
  contactId: certificates.contactId,
  recipientUserId: certificates.recipientUserId,
  validUntil: certificates.validUntil,
  redeemedAt: certificates.redeemedAt,
  voidedAt: certificates.voidedAt,
  voidReason: certificates.voidReason,
  mailId: certificates.mailId,
  sentTo: certificates.sentTo,
  issuedAt: certificates.issuedAt,
  validFrom: offers.validFrom,
  kind: offers.kind,
  minutes: offers.minutes,
  percent: offers.percent,
  giftDescription: offers.giftDescription,
  title: offers.title,
  terms: offers.terms,
  memberSlug: recipientProfile.slug,
};

export type IssueValues = {
  offerId: string;
  issuerUserId: string;
  code: string;
  recipientName: string;
  contactId: string | null;
  recipientUserId: string | null;
};

export const certificatesRepository = (db: Db) => {
  const joined = () =>
    db
      .select(columns)
      .from(certificates)
      .innerJoin(offers, eq(offers.id, certificates.offerId))
      .leftJoin(recipientProfile, eq(recipientProfile.userId, certificates.recipientUserId));
  const byCode = (issuerUserId: string, code: string) =>
    and(eq(certificates.issuerUserId, issuerUserId), eq(certificates.code, code));

  return {
    /**
     * Takes one from the offer's count and inserts the certificate, in one transaction; null when
     * the offer is not the issuer's, archived, ended (validUntil before `lastRunningDay`) or full.
     */
    issue: (values: IssueValues, lastRunningDay: string) =>
      db.transaction(async (tx) => {
        const [offer] = await tx
          .update(offers)
          .set({ issuedCount: sql`${offers.issuedCount} + 1` })
          .where(
            and(
              eq(offers.id, values.offerId),
              eq(offers.ownerUserId, values.issuerUserId),
              isNull(offers.archivedAt),
              gte(offers.validUntil, lastRunningDay),
              sql`${offers.issuedCount} < ${offers.maxIssued}`,
            ),
          )
          .returning({ validUntil: offers.validUntil });
        if (!offer) return null;
        const [row] = await tx
          .insert(certificates)
          .values({ ...values, validUntil: offer.validUntil })
          .returning({ id: certificates.id, code: certificates.code });
        return row!;
      }),

    findByCode: async (issuerUserId: string, code: string) =>
      (await joined().where(byCode(issuerUserId, code)))[0] ?? null,

    findById: async (issuerUserId: string, id: string) =>
      (await joined().where(and(eq(certificates.issuerUserId, issuerUserId), eq(certificates.id, id))))[0] ?? null,

    listForOffer: (issuerUserId: string, offerId: string) =>
      joined()
        .where(and(eq(certificates.issuerUserId, issuerUserId), eq(certificates.offerId, offerId)))
        .orderBy(desc(certificates.issuedAt)),

    /** The newest certificate to this contact that is neither redeemed nor void (the caller checks its dates). */
    latestOpenForContact: async (issuerUserId: string, contactId: string) =>
      (
        await joined()
          .where(
            and(
              eq(certificates.issuerUserId, issuerUserId),
              eq(certificates.contactId, contactId),
              isNull(certificates.redeemedAt),
              isNull(certificates.voidedAt),
            ),
          )
          .orderBy(desc(certificates.issuedAt))
          .limit(1)
      )[0] ?? null,

    /** Exactly once: only an unredeemed, unvoided certificate inside its dates matches. */
    redeem: async (issuerUserId: string, code: string, days: { lastRunning: string; latestBegun: string }) =>
      (
        await db
          .update(certificates)
          .set({ redeemedAt: sql`now()` })
          .where(
            and(
              byCode(issuerUserId, code),
              isNull(certificates.redeemedAt),
              isNull(certificates.voidedAt),
              gte(certificates.validUntil, days.lastRunning),
              sql`EXISTS (SELECT 1 FROM ${offers} WHERE ${offers.id} = ${certificates.offerId} AND ${lte(offers.validFrom, days.latestBegun)})`,
            ),
          )
          .returning({ id: certificates.id })
      ).length > 0,

    voidOne: async (issuerUserId: string, code: string, reason: string) =>
      (
        await db
          .update(certificates)
          .set({ voidedAt: sql`now()`, voidReason: reason })
          .where(and(byCode(issuerUserId, code), isNull(certificates.redeemedAt), isNull(certificates.voidedAt)))
          .returning({ id: certificates.id })
      ).length > 0,

    recordMail: (issuerUserId: string, id: string, mailId: string, sentTo: string) =>
      db
        .update(certificates)
        .set({ mailId, sentTo })
        .where(and(eq(certificates.issuerUserId, issuerUserId), eq(certificates.id, id))),

    /** A member's account email, for sending a certificate issued to them. */
    accountEmail: async (userId: string) =>
      (await db.select({ email: user.email }).from(user).where(eq(user.id, userId)))[0]?.email ?? null,

    /** Certificates still open (not redeemed nor void) whose last day falls in [from, to]: the ones I issued, and the ones issued to me. */
    countExpiring: async (userId: string, from: string, to: string) => {
      const open = and(
        isNull(certificates.redeemedAt),
        isNull(certificates.voidedAt),
        gte(certificates.validUntil, from),
        lte(certificates.validUntil, to),
      );
      const [row] = await db
        .select({
          issued: sql<number>`count(*) filter (where ${certificates.issuerUserId} = ${userId})::int`,
          held: sql<number>`count(*) filter (where ${certificates.recipientUserId} = ${userId})::int`,
        })
        .from(certificates)
        .where(
          and(open, sql`(${certificates.issuerUserId} = ${userId} or ${certificates.recipientUserId} = ${userId})`),
        );
      return { issued: Number(row?.issued ?? 0), held: Number(row?.held ?? 0) };
    },

    /** What the public verification may show, by code alone, with the issuer's display name. */
    findForVerification: async (code: string) =>
      (
        await db
          .select({
            code: certificates.code,
            recipientName: certificates.recipientName,
            validUntil: certificates.validUntil,
            redeemedAt: certificates.redeemedAt,
            voidedAt: certificates.voidedAt,
            validFrom: offers.validFrom,
            kind: offers.kind,
            minutes: offers.minutes,
            percent: offers.percent,
            giftDescription: offers.giftDescription,
            title: offers.title,
            issuerName: sql<string>`coalesce(${issuerProfile.displayName}, ${user.name})`,
          })
          .from(certificates)
          .innerJoin(offers, eq(offers.id, certificates.offerId))
          .innerJoin(user, eq(user.id, certificates.issuerUserId))
          .leftJoin(issuerProfile, eq(issuerProfile.userId, certificates.issuerUserId))
          .where(eq(certificates.code, code))
      )[0] ?? null,
  };
};
export type CertificatesRepository = ReturnType<typeof certificatesRepository>;
export type CertificateRow = NonNullable<Awaited<ReturnType<CertificatesRepository['findByCode']>>>;
