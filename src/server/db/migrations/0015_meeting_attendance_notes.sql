CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"user_id" text NOT NULL,
	"present" boolean NOT NULL,
	"marked_by_user_id" text,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_occurrence_user_id_pk" PRIMARY KEY("meeting_id","occurrence","user_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_notes" (
	"meeting_id" uuid NOT NULL,
	"occurrence" text NOT NULL,
	"body" text NOT NULL,
	"version" integer NOT NULL,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_notes_meeting_id_occurrence_pk" PRIMARY KEY("meeting_id","occurrence"),
	CONSTRAINT "meeting_notes_version" CHECK ("meeting_notes"."version" > 0)
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_marked_by_user_id_user_id_fk" FOREIGN KEY ("marked_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_meeting_id_circle_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."circle_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_notes" ADD CONSTRAINT "meeting_notes_updated_by_user_id_user_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;