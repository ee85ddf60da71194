CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);--> statement-breakpoint
-- Hand-written below (drizzle-kit emits no functions or triggers): the vocabulary follows profiles.
-- A word is a whitespace-separated token of search_text with its edge punctuation trimmed, as the
-- directory's word-prefix LIKE sees it; shorter than 4 letters, no typo can reach it (a 5-letter
-- query word is allowed one).
CREATE FUNCTION search_words_of(content text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT word FROM (SELECT btrim(token, '.,;:!?()[]{}"''') AS word FROM regexp_split_to_table(content, '\s+') AS token) AS words
  WHERE char_length(word) >= 4
$$;
--> statement-breakpoint
-- New words are added; a word the row no longer has is removed unless another profile still holds
-- it (a substring test the trigram index answers, so a word may linger while a longer one holds it,
-- which costs only a candidate).
CREATE FUNCTION profiles_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO search_words (word) SELECT search_words_of(NEW.search_text) ON CONFLICT (word) DO NOTHING;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_words AS vocabulary
    WHERE vocabulary.word IN (SELECT search_words_of(OLD.search_text) EXCEPT SELECT search_words_of(coalesce(NEW.search_text, '')))
      AND NOT EXISTS (
        SELECT 1 FROM profiles
        WHERE profiles.search_text LIKE '%' || replace(replace(replace(vocabulary.word, '\', '\\'), '%', '\%'), '_', '\_') || '%'
      );
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER profiles_search_words AFTER INSERT OR DELETE OR UPDATE OF search_text ON profiles
  FOR EACH ROW EXECUTE FUNCTION profiles_search_words();
--> statement-breakpoint
INSERT INTO search_words (word) SELECT DISTINCT search_words_of(search_text) FROM profiles ON CONFLICT (word) DO NOTHING;
