CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`target_group` text NOT NULL,
	`team` text,
	`language` text NOT NULL,
	`channel` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`opened_at` integer,
	`answered_on` text,
	FOREIGN KEY (`target_group`) REFERENCES `target_groups`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team`) REFERENCES `teams`(`key`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invitations_token_hash_unique` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `invitations_created_at` ON `invitations` (`created_at`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
	CONSTRAINT "min_plan_use_values" CHECK("responses"."min_plan_use" IS NULL OR "responses"."min_plan_use" IN ('yes', 'no', 'unknown')),
	CONSTRAINT "meeting_channel_values" CHECK("responses"."meeting_channel" IS NULL OR "responses"."meeting_channel" IN ('in_person', 'phone', 'video', 'dk')),
	CONSTRAINT "submitted_on_format" CHECK("responses"."submitted_on" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
	CONSTRAINT "comment_length" CHECK("responses"."comment" IS NULL OR length("responses"."comment") <= 2000)
);
--> statement-breakpoint
CREATE INDEX `responses_submitted_on` ON `responses` (`submitted_on`);--> statement-breakpoint
CREATE TABLE `target_groups` (
	`key` text PRIMARY KEY NOT NULL,
	`name_da` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`retired_at` integer
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`retired_at` integer
);
