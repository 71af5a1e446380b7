-- The state of every target as of a chosen month (see 34b): completion, pace, status, rank among
-- siblings. Use with bound parameters: SELECT * FROM progress_at(?, ?) WHERE ...
CREATE OR REPLACE MACRO progress_at(y, m) AS TABLE
SELECT * EXCLUDE (asof_month) FROM progress_snap WHERE year = y AND asof_month = m;
