CREATE TABLE "circle_post_attachments" (
	"file" text PRIMARY KEY NOT NULL,
	"circle_id" uuid NOT NULL,
	"uploader_id" text NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"post_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_post_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" text NOT NULL,
	"reason" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_post_reports_once" UNIQUE("post_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "circle_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" text,
	"body" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"edited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "circle_thread_reads" (
	"user_id" text NOT NULL,
	"thread_id" uuid NOT NULL,
	"last_read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "circle_thread_reads_user_id_thread_id_pk" PRIMARY KEY("user_id","thread_id")
);
--> statement-breakpoint
CREATE TABLE "circle_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"circle_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"author_id" text,
	"pinned" boolean DEFAULT false NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	"hidden_at" timestamp with time zone,
	"meeting_id" uuid,
	"occurrence_start" timestamp with time zone,
	"last_post_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circle_threads_check_in_once" UNIQUE("meeting_id","occurrence_start"),
	CONSTRAINT "circle_threads_check_in_occurrence" CHECK (("circle_threads"."category" = 'check-in') = ("circle_threads"."meeting_id" IS NOT NULL AND "circle_threads"."occurrence_start" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "circle_post_attachments" ADD CONSTRAINT "circle_post_attachments_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_attachments" ADD CONSTRAINT "circle_post_attachments_uploader_id_user_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_attachments" ADD CONSTRAINT "circle_post_attachments_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_reports" ADD CONSTRAINT "circle_post_reports_post_id_circle_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."circle_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_post_reports" ADD CONSTRAINT "circle_post_reports_reporter_id_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD CONSTRAINT "circle_posts_thread_id_circle_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."circle_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_posts" ADD CONSTRAINT "circle_posts_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_thread_reads" ADD CONSTRAINT "circle_thread_reads_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_thread_reads" ADD CONSTRAINT "circle_thread_reads_thread_id_circle_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."circle_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD CONSTRAINT "circle_threads_circle_id_circles_id_fk" FOREIGN KEY ("circle_id") REFERENCES "public"."circles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD CONSTRAINT "circle_threads_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circle_threads" ADD CONSTRAINT "circle_threads_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "circle_post_attachments_post_idx" ON "circle_post_attachments" USING btree ("post_id");--> statement-breakpoint
CREATE INDEX "circle_posts_thread_idx" ON "circle_posts" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "circle_threads_circle_idx" ON "circle_threads" USING btree ("circle_id","last_post_at");