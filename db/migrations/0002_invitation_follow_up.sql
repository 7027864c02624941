ALTER TABLE `invitations` ADD `created_by` text;--> statement-breakpoint
ALTER TABLE `invitations` ADD `email` text;--> statement-breakpoint
ALTER TABLE `invitations` ADD `sent_at` integer;--> statement-breakpoint
ALTER TABLE `invitations` ADD `reminded_at` integer;--> statement-breakpoint
CREATE INDEX `invitations_created_by` ON `invitations` (`created_by`,`created_at`);