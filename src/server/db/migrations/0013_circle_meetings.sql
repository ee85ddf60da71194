CREATE TABLE "calendar_feeds" (
	"user_id" text PRIMARY KEY NOT NULL,
	"feed_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_feed_id_unique" UNIQUE("feed_id")
);
--> statement-breakpoint
CREATE TABLE "circle_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"start_local" text NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"rrule" text,
	"exdates" text[] DEFAULT '{}'::text[] NOT NULL,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"place_kind" text NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"cutoff_hours" integer DEFAULT 24 NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmations_asked" integer DEFAULT 0 NOT NULL,
	"paused_at" timestamp with time zone,
	"first_start_at" timestamp with time zone NOT NULL,
	"last_end_at" timestamp with time zone,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_meetings_capacity" CHECK ("circle_meetings"."capacity" IS NULL OR "circle_meetings"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_rsvps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"user_id" text NOT NULL,
	"status" text NOT NULL,
	"position" bigserial NOT NULL,
	"offered_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_rsvps_once" UNIQUE("meeting_id","occurrence","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_seats" (
	"meeting_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meeting_seats_meeting_id_occurrence_pk" PRIMARY KEY("meeting_id","occurrence"),
	CONSTRAINT "meeting_seats_taken" CHECK ("meeting_seats"."taken" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_series_rsvps" (
	"meeting_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"going" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_rsvps_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meetings" ADD CONSTRAINT "circle_meetings_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_meetings" ADD CONSTRAINT "circle_meetings_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "meeting_rsvps_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rsvps" ADD CONSTRAINT "meeting_rsvps_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_seats" ADD CONSTRAINT "meeting_seats_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series_rsvps" ADD CONSTRAINT "meeting_series_rsvps_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series_rsvps" ADD CONSTRAINT "meeting_series_rsvps_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_meetings_circle_idx" ON "circle_meetings" USING btree ("circle_id","first_start_at");--> statement-breakpoint
CREATE INDEX "meeting_rsvps_line_idx" ON "meeting_rsvps" USING btree ("meeting_id","occurrence","status","position");--> statement-breakpoint
CREATE INDEX "meeting_rsvps_user_idx" ON "meeting_rsvps" USING btree ("user_id","status");