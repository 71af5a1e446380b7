-- Rows of the observations table that are not in effect: the same indicator, region and period
-- came from a file loaded later (obs keeps the highest load_seq; see 20_obs.sql). The intake marks
-- each as `superseded` on the losing file's line, naming the winner (src/data/intake.ts).
CREATE OR REPLACE VIEW obs_superseded AS
SELECT l.source_file, l.source_line, l.indicator_id, l.region_id, l.period,
       w.source_file AS winner_file, w.source_line AS winner_line
FROM observations l
JOIN obs w USING (indicator_id, region_id, year, month)
WHERE l.source_file IS DISTINCT FROM w.source_file OR l.source_line IS DISTINCT FROM w.source_line;

-- One entry per losing line and winning line (a wide export's line holds several periods).
CREATE OR REPLACE VIEW obs_superseded_lines AS
SELECT source_file, source_line, winner_file, winner_line, count(*)::INTEGER AS n,
       min(indicator_id) || ' ' || min(region_id) || ' ' ||
       CASE WHEN min(period) = max(period) THEN min(period) ELSE min(period) || '…' || max(period) END AS what
FROM obs_superseded
GROUP BY source_file, source_line, winner_file, winner_line
ORDER BY source_file, source_line, winner_file;
