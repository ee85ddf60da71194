ALTER TABLE "clients" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "destroy_after" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "clients_destroy_after_idx" ON "clients" USING btree ("destroy_after") WHERE "clients"."destroy_after" is not null;