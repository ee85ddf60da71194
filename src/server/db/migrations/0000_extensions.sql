-- Extensions drizzle-kit cannot emit. cube before earthdistance (which depends on it) and
-- before pg_trgm: the order PGlite needs as well.
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
