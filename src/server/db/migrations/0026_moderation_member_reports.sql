-- Reports members made before moderation had a queue (messages' member_reports) join it: a report
-- naming a message becomes a 'message' report, one naming only the member a 'profile' report (by
-- slug), one per item, each reporter once. member_reports is no longer written; it stays for now
-- (widen, then narrow) and goes in a later migration.
INSERT INTO "moderation_reports" ("kind", "item_id", "title", "excerpt", "author_id", "created_at", "last_reported_at")
SELECT f."kind", f."item_id", min(f."title"), left(coalesce(max(f."body"), ''), 500), min(f."reported_id"), min(f."created_at"), max(f."created_at")
FROM (
  SELECT CASE WHEN r."message_id" IS NULL THEN 'profile' ELSE 'message' END AS "kind",
         coalesce(r."message_id"::text, p."slug") AS "item_id",
         p."display_name" AS "title", r."message_body" AS "body", r."reported_id", r."created_at"
  FROM "member_reports" r JOIN "profiles" p ON p."user_id" = r."reported_id"
  WHERE r."status" = 'open'
) f
GROUP BY f."kind", f."item_id"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "moderation_reporters" ("report_id", "reporter_id", "reason", "created_at")
SELECT DISTINCT ON (m."id", r."reporter_id") m."id", r."reporter_id",
       r."reason" || CASE WHEN r."details" <> '' THEN ': ' || r."details" ELSE '' END, r."created_at"
FROM "member_reports" r
JOIN "profiles" p ON p."user_id" = r."reported_id"
JOIN "moderation_reports" m ON m."status" = 'open'
  AND m."kind" = CASE WHEN r."message_id" IS NULL THEN 'profile' ELSE 'message' END
  AND m."item_id" = coalesce(r."message_id"::text, p."slug")
WHERE r."status" = 'open' AND r."reporter_id" IS NOT NULL
ORDER BY m."id", r."reporter_id", r."created_at"
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "member_reports" SET "status" = 'reviewed' WHERE "status" = 'open';
