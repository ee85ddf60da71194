CREATE TABLE "directory_changes" (
	"version" bigint NOT NULL,
	"profile_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "directory_changes_version_idx" ON "directory_changes" USING btree ("version");--> statement-breakpoint
-- Hand-written below (drizzle-kit emits no functions or triggers): every statement that writes
-- profiles raises the one version and records the rows it touched under it. The UPDATE holds the
-- version row until the writing transaction ends, so versions commit in order (decision 032).
INSERT INTO "directory_state" ("id", "version") VALUES (1, 0);
--> statement-breakpoint
CREATE FUNCTION directory_note_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_version bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM changed_rows) THEN
    RETURN NULL;
  END IF;
  UPDATE directory_state SET version = version + 1 WHERE id = 1 RETURNING version INTO next_version;
  INSERT INTO directory_changes (version, profile_id) SELECT next_version, id FROM changed_rows;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER profiles_directory_inserts AFTER INSERT ON profiles
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();
--> statement-breakpoint
CREATE TRIGGER profiles_directory_updates AFTER UPDATE ON profiles
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();
--> statement-breakpoint
CREATE TRIGGER profiles_directory_deletes AFTER DELETE ON profiles
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_changes();
--> statement-breakpoint
-- A directory entry shows its member's away notice; the index flags members with an away period
-- not yet over, so an away period written raises the version for its member's profile too.
CREATE FUNCTION directory_note_away_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_version bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM profiles WHERE user_id IN (SELECT user_id FROM changed_rows)) THEN
    RETURN NULL;
  END IF;
  UPDATE directory_state SET version = version + 1 WHERE id = 1 RETURNING version INTO next_version;
  INSERT INTO directory_changes (version, profile_id)
    SELECT next_version, id FROM profiles WHERE user_id IN (SELECT user_id FROM changed_rows);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER away_periods_directory_inserts AFTER INSERT ON away_periods
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_away_changes();
--> statement-breakpoint
CREATE TRIGGER away_periods_directory_updates AFTER UPDATE ON away_periods
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_away_changes();
--> statement-breakpoint
CREATE TRIGGER away_periods_directory_deletes AFTER DELETE ON away_periods
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION directory_note_away_changes();
