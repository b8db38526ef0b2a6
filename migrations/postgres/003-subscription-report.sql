-- A channel may keep its daily facts to one report (its id); NULL: facts from every report.
ALTER TABLE subscriptions ADD COLUMN report TEXT;
