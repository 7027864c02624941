CREATE TABLE `response_months` (
	`month` text NOT NULL,
	`target_group` text NOT NULL,
	`team` text NOT NULL,
	`meeting_channel` text NOT NULL,
	`language` text NOT NULL,
	`responses` integer NOT NULL,
	`guidance_n` integer NOT NULL,
	`guidance_agree` integer NOT NULL,
	`clear_purpose_n` integer NOT NULL,
	`clear_purpose_agree` integer NOT NULL,
	`min_plan_n` integer NOT NULL,
	`min_plan_agree` integer NOT NULL,
	`resources_n` integer NOT NULL,
	`resources_agree` integer NOT NULL,
	`cooperation_n` integer NOT NULL,
	`cooperation_agree` integer NOT NULL,
	PRIMARY KEY(`month`, `target_group`, `team`, `meeting_channel`, `language`)
);
--> statement-breakpoint
CREATE TRIGGER response_months_insert AFTER INSERT ON responses BEGIN
INSERT INTO response_months (month, target_group, team, meeting_channel, language, responses, guidance_n, guidance_agree, clear_purpose_n, clear_purpose_agree, min_plan_n, min_plan_agree, resources_n, resources_agree, cooperation_n, cooperation_agree)
  VALUES (substr(NEW.submitted_on, 1, 7), NEW.target_group, coalesce(NEW.team, ''), coalesce(NEW.meeting_channel, ''), NEW.language, 1, (CASE WHEN NEW.guidance_helps BETWEEN 1 AND 5 OR NEW.guidance_knowledge BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.guidance_helps >= 4 OR NEW.guidance_knowledge >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.clear_purpose BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.clear_purpose >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.min_plan_use IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.min_plan_use = 'yes' AND NEW.min_plan_overview >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.resources_included BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.resources_included >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.professionals_cooperate BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.professionals_cooperate >= 4 THEN 1 ELSE 0 END))
  ON CONFLICT (month, target_group, team, meeting_channel, language) DO UPDATE SET
    responses = responses + excluded.responses, guidance_n = guidance_n + excluded.guidance_n, guidance_agree = guidance_agree + excluded.guidance_agree, clear_purpose_n = clear_purpose_n + excluded.clear_purpose_n, clear_purpose_agree = clear_purpose_agree + excluded.clear_purpose_agree, min_plan_n = min_plan_n + excluded.min_plan_n, min_plan_agree = min_plan_agree + excluded.min_plan_agree, resources_n = resources_n + excluded.resources_n, resources_agree = resources_agree + excluded.resources_agree, cooperation_n = cooperation_n + excluded.cooperation_n, cooperation_agree = cooperation_agree + excluded.cooperation_agree;
END;
--> statement-breakpoint
CREATE TRIGGER response_months_delete AFTER DELETE ON responses BEGIN
INSERT INTO response_months (month, target_group, team, meeting_channel, language, responses, guidance_n, guidance_agree, clear_purpose_n, clear_purpose_agree, min_plan_n, min_plan_agree, resources_n, resources_agree, cooperation_n, cooperation_agree)
  VALUES (substr(OLD.submitted_on, 1, 7), OLD.target_group, coalesce(OLD.team, ''), coalesce(OLD.meeting_channel, ''), OLD.language, -1, -(CASE WHEN OLD.guidance_helps BETWEEN 1 AND 5 OR OLD.guidance_knowledge BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.guidance_helps >= 4 OR OLD.guidance_knowledge >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.clear_purpose BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.clear_purpose >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.min_plan_use IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.min_plan_use = 'yes' AND OLD.min_plan_overview >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.resources_included BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.resources_included >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.professionals_cooperate BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.professionals_cooperate >= 4 THEN 1 ELSE 0 END))
  ON CONFLICT (month, target_group, team, meeting_channel, language) DO UPDATE SET
    responses = responses + excluded.responses, guidance_n = guidance_n + excluded.guidance_n, guidance_agree = guidance_agree + excluded.guidance_agree, clear_purpose_n = clear_purpose_n + excluded.clear_purpose_n, clear_purpose_agree = clear_purpose_agree + excluded.clear_purpose_agree, min_plan_n = min_plan_n + excluded.min_plan_n, min_plan_agree = min_plan_agree + excluded.min_plan_agree, resources_n = resources_n + excluded.resources_n, resources_agree = resources_agree + excluded.resources_agree, cooperation_n = cooperation_n + excluded.cooperation_n, cooperation_agree = cooperation_agree + excluded.cooperation_agree;
DELETE FROM response_months WHERE responses = 0 AND month = substr(OLD.submitted_on, 1, 7) AND target_group = OLD.target_group AND team = coalesce(OLD.team, '') AND meeting_channel = coalesce(OLD.meeting_channel, '') AND language = OLD.language;
END;
--> statement-breakpoint
CREATE TRIGGER response_months_update AFTER UPDATE OF submitted_on, target_group, team, meeting_channel, language, guidance_helps, guidance_knowledge, clear_purpose, min_plan_use, min_plan_overview, resources_included, professionals_cooperate ON responses BEGIN
INSERT INTO response_months (month, target_group, team, meeting_channel, language, responses, guidance_n, guidance_agree, clear_purpose_n, clear_purpose_agree, min_plan_n, min_plan_agree, resources_n, resources_agree, cooperation_n, cooperation_agree)
  VALUES (substr(OLD.submitted_on, 1, 7), OLD.target_group, coalesce(OLD.team, ''), coalesce(OLD.meeting_channel, ''), OLD.language, -1, -(CASE WHEN OLD.guidance_helps BETWEEN 1 AND 5 OR OLD.guidance_knowledge BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.guidance_helps >= 4 OR OLD.guidance_knowledge >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.clear_purpose BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.clear_purpose >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.min_plan_use IS NOT NULL THEN 1 ELSE 0 END), -(CASE WHEN OLD.min_plan_use = 'yes' AND OLD.min_plan_overview >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.resources_included BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.resources_included >= 4 THEN 1 ELSE 0 END), -(CASE WHEN OLD.professionals_cooperate BETWEEN 1 AND 5 THEN 1 ELSE 0 END), -(CASE WHEN OLD.professionals_cooperate >= 4 THEN 1 ELSE 0 END))
  ON CONFLICT (month, target_group, team, meeting_channel, language) DO UPDATE SET
    responses = responses + excluded.responses, guidance_n = guidance_n + excluded.guidance_n, guidance_agree = guidance_agree + excluded.guidance_agree, clear_purpose_n = clear_purpose_n + excluded.clear_purpose_n, clear_purpose_agree = clear_purpose_agree + excluded.clear_purpose_agree, min_plan_n = min_plan_n + excluded.min_plan_n, min_plan_agree = min_plan_agree + excluded.min_plan_agree, resources_n = resources_n + excluded.resources_n, resources_agree = resources_agree + excluded.resources_agree, cooperation_n = cooperation_n + excluded.cooperation_n, cooperation_agree = cooperation_agree + excluded.cooperation_agree;
DELETE FROM response_months WHERE responses = 0 AND month = substr(OLD.submitted_on, 1, 7) AND target_group = OLD.target_group AND team = coalesce(OLD.team, '') AND meeting_channel = coalesce(OLD.meeting_channel, '') AND language = OLD.language;
INSERT INTO response_months (month, target_group, team, meeting_channel, language, responses, guidance_n, guidance_agree, clear_purpose_n, clear_purpose_agree, min_plan_n, min_plan_agree, resources_n, resources_agree, cooperation_n, cooperation_agree)
  VALUES (substr(NEW.submitted_on, 1, 7), NEW.target_group, coalesce(NEW.team, ''), coalesce(NEW.meeting_channel, ''), NEW.language, 1, (CASE WHEN NEW.guidance_helps BETWEEN 1 AND 5 OR NEW.guidance_knowledge BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.guidance_helps >= 4 OR NEW.guidance_knowledge >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.clear_purpose BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.clear_purpose >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.min_plan_use IS NOT NULL THEN 1 ELSE 0 END), (CASE WHEN NEW.min_plan_use = 'yes' AND NEW.min_plan_overview >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.resources_included BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.resources_included >= 4 THEN 1 ELSE 0 END), (CASE WHEN NEW.professionals_cooperate BETWEEN 1 AND 5 THEN 1 ELSE 0 END), (CASE WHEN NEW.professionals_cooperate >= 4 THEN 1 ELSE 0 END))
  ON CONFLICT (month, target_group, team, meeting_channel, language) DO UPDATE SET
    responses = responses + excluded.responses, guidance_n = guidance_n + excluded.guidance_n, guidance_agree = guidance_agree + excluded.guidance_agree, clear_purpose_n = clear_purpose_n + excluded.clear_purpose_n, clear_purpose_agree = clear_purpose_agree + excluded.clear_purpose_agree, min_plan_n = min_plan_n + excluded.min_plan_n, min_plan_agree = min_plan_agree + excluded.min_plan_agree, resources_n = resources_n + excluded.resources_n, resources_agree = resources_agree + excluded.resources_agree, cooperation_n = cooperation_n + excluded.cooperation_n, cooperation_agree = cooperation_agree + excluded.cooperation_agree;
END;
--> statement-breakpoint
INSERT INTO response_months (month, target_group, team, meeting_channel, language, responses, guidance_n, guidance_agree, clear_purpose_n, clear_purpose_agree, min_plan_n, min_plan_agree, resources_n, resources_agree, cooperation_n, cooperation_agree)
  SELECT substr(responses.submitted_on, 1, 7), responses.target_group, coalesce(responses.team, ''), coalesce(responses.meeting_channel, ''), responses.language, COUNT(*),
    COUNT(*) FILTER (WHERE guidance_helps BETWEEN 1 AND 5 OR guidance_knowledge BETWEEN 1 AND 5),
    COUNT(*) FILTER (WHERE guidance_helps >= 4 OR guidance_knowledge >= 4),
    COUNT(*) FILTER (WHERE clear_purpose BETWEEN 1 AND 5),
    COUNT(*) FILTER (WHERE clear_purpose >= 4),
    COUNT(*) FILTER (WHERE min_plan_use IS NOT NULL),
    COUNT(*) FILTER (WHERE min_plan_use = 'yes' AND min_plan_overview >= 4),
    COUNT(*) FILTER (WHERE resources_included BETWEEN 1 AND 5),
    COUNT(*) FILTER (WHERE resources_included >= 4),
    COUNT(*) FILTER (WHERE professionals_cooperate BETWEEN 1 AND 5),
    COUNT(*) FILTER (WHERE professionals_cooperate >= 4)
  FROM responses GROUP BY 1, 2, 3, 4, 5;