CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"search_text" text NOT NULL,
	"postal_code" text,
	"place" text,
	"lat" double precision,
	"lng" double precision,
	"remote" boolean DEFAULT false NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"expires_on" date NOT NULL,
	"pay" jsonb,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"hidden" boolean DEFAULT false NOT NULL,
	"alerts_matched_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunities_dates" CHECK ("opportunities"."ends_on" is null or "opportunities"."starts_on" is null or "opportunities"."ends_on" >= "opportunities"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "opportunity_alerts" (
	"saved_search_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "opportunity_alerts_saved_search_id_opportunity_id_pk" PRIMARY KEY("saved_search_id","opportunity_id")
);
--> statement-breakpoint
CREATE TABLE "opportunity_saved_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"near" text,
	"lat" double precision,
	"lng" double precision,
	"radius_meters" double precision,
	"radius" double precision,
	"unit" text DEFAULT 'mi' NOT NULL,
	"kind" text,
	"q" text,
	"remote" boolean DEFAULT false NOT NULL,
	"frequency" text DEFAULT 'instant' NOT NULL,
	"last_digest_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_alerts" ADD CONSTRAINT "opportunity_alerts_saved_search_id_opportunity_saved_searches_id_fk" FOREIGN KEY ("saved_search_id") REFERENCES "public"."opportunity_saved_searches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_alerts" ADD CONSTRAINT "opportunity_alerts_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_saved_searches" ADD CONSTRAINT "opportunity_saved_searches_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opportunities_author_idx" ON "opportunities" USING btree ("author_user_id","created_at");--> statement-breakpoint
CREATE INDEX "opportunities_near_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false;--> statement-breakpoint
CREATE INDEX "opportunities_near_job_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'job';--> statement-breakpoint
CREATE INDEX "opportunities_near_room_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'room';--> statement-breakpoint
CREATE INDEX "opportunities_near_event_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'event';--> statement-breakpoint
CREATE INDEX "opportunities_near_cover_shift_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'cover-shift';--> statement-breakpoint
CREATE INDEX "opportunities_near_couples_massage_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'couples-massage';--> statement-breakpoint
CREATE INDEX "opportunities_near_research_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'research';--> statement-breakpoint
CREATE INDEX "opportunities_near_volunteer_idx" ON "opportunities" USING gist (ll_to_earth("lat", "lng")) WHERE status = 'open' and hidden = false and kind = 'volunteer';--> statement-breakpoint
CREATE INDEX "opportunities_newest_idx" ON "opportunities" USING btree ("created_at" DESC NULLS LAST) WHERE status = 'open' and hidden = false;--> statement-breakpoint
CREATE INDEX "opportunities_remote_idx" ON "opportunities" USING btree ("created_at" DESC NULLS LAST) WHERE status = 'open' and hidden = false and remote;--> statement-breakpoint
CREATE INDEX "opportunities_search_trgm_idx" ON "opportunities" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "opportunities_expiry_idx" ON "opportunities" USING btree ("expires_on") WHERE "opportunities"."status" = 'open';--> statement-breakpoint
CREATE INDEX "opportunities_unmatched_idx" ON "opportunities" USING btree ("created_at") WHERE "opportunities"."alerts_matched_at" is null;--> statement-breakpoint
CREATE INDEX "opportunity_alerts_pending_idx" ON "opportunity_alerts" USING btree ("saved_search_id") WHERE "opportunity_alerts"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "opportunity_saved_searches_user_idx" ON "opportunity_saved_searches" USING btree ("user_id");