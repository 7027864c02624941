PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_responses` (
	`id` blob PRIMARY KEY DEFAULT (randomblob(16)) NOT NULL,
	`survey_version` text NOT NULL,
	`language` text NOT NULL,
	`target_group` text NOT NULL,
	`team` text,
	`submitted_on` text NOT NULL,
	`source` text DEFAULT 'survey' NOT NULL,
	`guidance_helps` integer,
	`guidance_knowledge` integer,
	`clear_purpose` integer,
	`min_plan_use` text,
	`min_plan_overview` integer,
	`resources_included` integer,
	`professionals_cooperate` integer,
	`meeting_channel` text,
	`comment` text,
	FOREIGN KEY (`target_group`) REFERENCES `target_groups`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team`) REFERENCES `teams`(`key`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "guidance_helps_range" CHECK(guidance_helps IS NULL OR guidance_helps BETWEEN 0 AND 5),
	CONSTRAINT "guidance_knowledge_range" CHECK(guidance_knowledge IS NULL OR guidance_knowledge BETWEEN 0 AND 5),
	CONSTRAINT "clear_purpose_range" CHECK(clear_purpose IS NULL OR clear_purpose BETWEEN 0 AND 5),
	CONSTRAINT "min_plan_overview_range" CHECK(min_plan_overview IS NULL OR min_plan_overview BETWEEN 0 AND 5),
	CONSTRAINT "resources_included_range" CHECK(resources_included IS NULL OR resources_included BETWEEN 0 AND 5),
	CONSTRAINT "professionals_cooperate_range" CHECK(professionals_cooperate IS NULL OR professionals_cooperate BETWEEN 0 AND 5),
	CONSTRAINT "min_plan_use_values" CHECK("__new_responses"."min_plan_use" IS NULL OR "__new_responses"."min_plan_use" IN ('yes', 'no', 'unknown')),
	CONSTRAINT "meeting_channel_values" CHECK("__new_responses"."meeting_channel" IS NULL OR "__new_responses"."meeting_channel" IN ('in_person', 'phone', 'video', 'dk')),
	CONSTRAINT "submitted_on_format" CHECK("__new_responses"."submitted_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "comment_length" CHECK("__new_responses"."comment" IS NULL OR length("__new_responses"."comment") <= 2000)
) WITHOUT ROWID;
--> statement-breakpoint
-- Privacy (issue 10): every response gets a random 128-bit key, copied in random order, so that
-- neither the key nor the storage order follows the order of submission. The server runs VACUUM
-- after this migration (db/client.ts) so the old pages with the old order leave the file.
INSERT INTO `__new_responses`("id", "survey_version", "language", "target_group", "team", "submitted_on", "source", "guidance_helps", "guidance_knowledge", "clear_purpose", "min_plan_use", "min_plan_overview", "resources_included", "professionals_cooperate", "meeting_channel", "comment") SELECT randomblob(16), "survey_version", "language", "target_group", "team", "submitted_on", "source", "guidance_helps", "guidance_knowledge", "clear_purpose", "min_plan_use", "min_plan_overview", "resources_included", "professionals_cooperate", "meeting_channel", "comment" FROM `responses` ORDER BY random();--> statement-breakpoint
DROP TABLE `responses`;--> statement-breakpoint
ALTER TABLE `__new_responses` RENAME TO `responses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `responses_results` ON `responses` (`submitted_on`,`target_group`,`team`,`meeting_channel`,`guidance_helps`,`guidance_knowledge`,`clear_purpose`,`min_plan_use`,`min_plan_overview`,`resources_included`,`professionals_cooperate`);--> statement-breakpoint
-- An invitation keeps whether it was opened and answered, never when: a day would match a response's day.
ALTER TABLE `invitations` ADD `opened` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `invitations` ADD `answered` integer DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE `invitations` SET `opened` = (`opened_at` IS NOT NULL), `answered` = (`answered_on` IS NOT NULL);--> statement-breakpoint
ALTER TABLE `invitations` DROP COLUMN `opened_at`;--> statement-breakpoint
ALTER TABLE `invitations` DROP COLUMN `answered_on`;