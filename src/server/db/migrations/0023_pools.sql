CREATE TABLE "pool_pledges" (
	"pool_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"quantity" integer NOT NULL,
	"told_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pool_pledges_pool_id_user_id_pk" PRIMARY KEY("pool_id","user_id"),
	CONSTRAINT "pool_pledges_quantity_positive" CHECK ("pool_pledges"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organizer_user_id" text NOT NULL,
	"title" text NOT NULL,
	"item" text NOT NULL,
	"supplier" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"postal_code" text,
	"city" text DEFAULT '' NOT NULL,
	"region" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"list_price" integer NOT NULL,
	"tiers" jsonb NOT NULL,
	"minimum_quantity" integer NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"total_quantity" integer DEFAULT 0 NOT NULL,
	"pledge_count" integer DEFAULT 0 NOT NULL,
	"final_unit_price" integer,
	"hidden" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"organizer_told_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pools_totals_not_negative" CHECK ("pools"."total_quantity" >= 0 AND "pools"."pledge_count" >= 0),
	CONSTRAINT "pools_prices_positive" CHECK ("pools"."list_price" > 0 AND "pools"."minimum_quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "pool_pledges" ADD CONSTRAINT "pool_pledges_pool_id_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."pools"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pool_pledges" ADD CONSTRAINT "pool_pledges_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pools" ADD CONSTRAINT "pools_organizer_user_id_user_id_fk" FOREIGN KEY ("organizer_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pool_pledges_user_idx" ON "pool_pledges" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "pool_pledges_untold_idx" ON "pool_pledges" USING btree ("pool_id") WHERE "pool_pledges"."told_at" IS NULL;--> statement-breakpoint
CREATE INDEX "pools_due_idx" ON "pools" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "pools_organizer_idx" ON "pools" USING btree ("organizer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "pools_earth_idx" ON "pools" USING gist (ll_to_earth("lat", "lng"));--> statement-breakpoint
CREATE INDEX "pools_organizer_untold_idx" ON "pools" USING btree ("id") WHERE "pools"."organizer_told_at" IS NULL AND "pools"."status" <> 'open';