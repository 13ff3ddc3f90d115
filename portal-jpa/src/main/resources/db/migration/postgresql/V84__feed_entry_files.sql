-- The library files an update shows with it: at most 20 file ids, space-separated, null when none.
alter table cp_feed_entry add column file_ids varchar(800);
