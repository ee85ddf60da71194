CREATE TABLE "client_keys" (
	"client_id" uuid PRIMARY KEY NOT NULL,
	"wrapped_key" text NOT NULL,
	"wrapping_key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rewrapped_at" timestamp with time zone
);
