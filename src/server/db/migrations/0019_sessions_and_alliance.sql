CREATE TABLE "alliance_settings" (
	"owner_user_id" text PRIMARY KEY NOT NULL,
	"check_in_every" integer DEFAULT 3 NOT NULL,
	"expected_interval_days" integer DEFAULT 14 NOT NULL,
	"questionnaire_key" text DEFAULT 'kneadwork-massage-alliance' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"owner_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"questionnaire_key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"session_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answers_enc" text,
	"scores" jsonb,
	"item_means" jsonb
);
--> statement-breakpoint
CREATE TABLE "client_visit_intervals" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" text NOT NULL,
	"key" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"text_enc" text NOT NULL,
	"author_user_id" text,
	"author_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_goal_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"before" real,
	"after" real
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"owner_user_id" text NOT NULL,
	"session_date" date NOT NULL,
	"note_enc" text NOT NULL,
	"contraindications_checked" boolean DEFAULT false NOT NULL,
	"pain_before" integer,
	"pain_after" integer,
	"shared_parts" text[] DEFAULT '{}'::text[] NOT NULL,
	"shared_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"signed_by_user_id" text,
	"signed_by_label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alliance_settings" ADD CONSTRAINT "alliance_settings_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_session_id_session_notes_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session_notes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_visit_intervals" ADD CONSTRAINT "client_visit_intervals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_amendments" ADD CONSTRAINT "session_amendments_session_id_session_notes_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_amendments" ADD CONSTRAINT "session_amendments_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_goal_measures" ADD CONSTRAINT "session_goal_measures_session_id_session_notes_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."session_notes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_owner_user_id_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_signed_by_user_id_user_id_fk" FOREIGN KEY ("signed_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_ins_client_idx" ON "check_ins" USING btree ("client_id","sent_at");--> statement-breakpoint
CREATE INDEX "check_ins_owner_idx" ON "check_ins" USING btree ("owner_user_id","sent_at");--> statement-breakpoint
CREATE INDEX "questionnaires_owner_idx" ON "questionnaires" USING btree ("owner_user_id","key");--> statement-breakpoint
CREATE INDEX "session_amendments_session_idx" ON "session_amendments" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "session_goal_measures_session_idx" ON "session_goal_measures" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "session_notes_client_idx" ON "session_notes" USING btree ("client_id","session_date");