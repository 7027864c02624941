ALTER TABLE `session` ADD `last_active_at` integer;--> statement-breakpoint
ALTER TABLE `user` ADD `one_time_password_expires_at` integer;