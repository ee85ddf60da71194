-- The typo vocabulary now lives in the in-process directory index (decision 032). Its trigger made
-- every profile save that changed search_text scan profiles once per dropped word: on the embedded
-- database, 40 such rows took 9.4 s.
DROP TRIGGER IF EXISTS profiles_search_words ON profiles;
--> statement-breakpoint
DROP FUNCTION IF EXISTS profiles_search_words();
--> statement-breakpoint
DROP FUNCTION IF EXISTS search_words_of(text);
--> statement-breakpoint
DROP TABLE "search_words" CASCADE;
