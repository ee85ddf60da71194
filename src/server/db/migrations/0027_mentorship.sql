CREATE TABLE "mentoring_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"offer_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity" integer DEFAULT 1 NOT NULL,
	"offer_format" text DEFAULT 'both' NOT NULL,
	"offer_time_zone" text,
	"offer_note" text DEFAULT '' NOT NULL,
	"active_mentees" integer DEFAULT 0 NOT NULL,
	"show_mentored_count" boolean DEFAULT false NOT NULL,
	"seek_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"seek_note" text DEFAULT '' NOT NULL,
	"seek_format" text DEFAULT 'both' NOT NULL,
	"offer_hidden_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_capacity_range" CHECK ("mentoring_profiles"."capacity" BETWEEN 1 AND 10),
	CONSTRAINT "mentoring_active_within" CHECK ("mentoring_profiles"."active_mentees" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mentorship_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"remind_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorship_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_by_user_id" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentorship_notes" (
	"mentorship_id" uuid NOT NULL,
	"author_user_id" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_notes_mentorship_id_author_user_id_pk" PRIMARY KEY("mentorship_id","author_user_id")
);
--> statement-breakpoint
CREATE TABLE "mentorships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentor_user_id" text NOT NULL,
	"mentee_user_id" text NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"decline_note" text DEFAULT '' NOT NULL,
	"mentor_feedback" text DEFAULT '' NOT NULL,
	"mentee_feedback" text DEFAULT '' NOT NULL,
	"ended_by_user_id" text,
	"responded_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorships_two_members" CHECK ("mentorships"."mentor_user_id" <> "mentorships"."mentee_user_id")
);
--> statement-breakpoint
ALTER TABLE "mentoring_profiles" ADD CONSTRAINT "mentoring_profiles_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_check_ins" ADD CONSTRAINT "mentorship_check_ins_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_check_ins" ADD CONSTRAINT "mentorship_check_ins_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_goals" ADD CONSTRAINT "mentorship_goals_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_goals" ADD CONSTRAINT "mentorship_goals_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_notes" ADD CONSTRAINT "mentorship_notes_mentorship_id_mentorships_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_notes" ADD CONSTRAINT "mentorship_notes_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentor_user_id_user_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_mentee_user_id_user_id_fk" FOREIGN KEY ("mentee_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorships" ADD CONSTRAINT "mentorships_ended_by_user_id_user_id_fk" FOREIGN KEY ("ended_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentorship_check_ins_mentorship_idx" ON "mentorship_check_ins" USING btree ("mentorship_id","starts_at");--> statement-breakpoint
CREATE INDEX "mentorship_check_ins_due_idx" ON "mentorship_check_ins" USING btree ("remind_at") WHERE "mentorship_check_ins"."reminded_at" is null and "mentorship_check_ins"."remind_at" is not null;--> statement-breakpoint
CREATE INDEX "mentorship_goals_mentorship_idx" ON "mentorship_goals" USING btree ("mentorship_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorships_mentor_idx" ON "mentorships" USING btree ("mentor_user_id","status");--> statement-breakpoint
CREATE INDEX "mentorships_mentee_idx" ON "mentorships" USING btree ("mentee_user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorships_open_pair_idx" ON "mentorships" USING btree ("mentor_user_id","mentee_user_id") WHERE "mentorships"."status" in ('requested', 'active');--> statement-breakpoint
CREATE INDEX "profiles_mentor_earth_idx" ON "profiles" USING gist (ll_to_earth("lat", "lng")) WHERE "profiles"."offering_mentorship";--> statement-breakpoint
CREATE INDEX "profiles_mentor_experience_idx" ON "profiles" USING btree ((coalesce("first_year_in_practice", "graduation_year")),"slug") WHERE "profiles"."offering_mentorship";