-- Pace status, defined once. pace_gap is in percentage points of the target relative to the
-- pace line (序时进度): >= 0 is on or ahead of pace. Every view and screen uses these.
CREATE OR REPLACE MACRO slight_lag_floor() AS -5.0;

-- 左右/约 without a tolerance in the data: 5 % of the value either way counts as on pace
CREATE OR REPLACE MACRO default_tolerance() AS 5.0;

-- Besides the pace statuses: not_yet_due, a target due in a later month of the year (5月底前),
-- shown with its current value and judged from its due month on.
CREATE OR REPLACE MACRO pace_status(gap) AS
  CASE
    WHEN gap IS NULL THEN 'no_data'
    WHEN gap >= 0 THEN 'ahead'
    WHEN gap >= slight_lag_floor() THEN 'slightly_behind'
    ELSE 'far_behind'
  END;

CREATE OR REPLACE VIEW status_thresholds AS
SELECT * FROM (VALUES
  ('ahead',           0.0,                NULL::DOUBLE, 1),
  ('slightly_behind', slight_lag_floor(), 0.0,          2),
  ('far_behind',      NULL::DOUBLE,       slight_lag_floor(), 3)
) t(status, gap_from, gap_below, severity);

-- A region's overall standing from the share of its targets on pace: at least three in four
-- is on pace, at least half slightly behind, fewer far behind.
CREATE OR REPLACE MACRO overall_status(n_ahead, n_slightly_behind, n_far_behind) AS
  CASE
    WHEN n_ahead + n_slightly_behind + n_far_behind = 0 THEN 'no_data'
    WHEN n_ahead >= 0.75 * (n_ahead + n_slightly_behind + n_far_behind) THEN 'ahead'
    WHEN n_ahead >= 0.5 * (n_ahead + n_slightly_behind + n_far_behind) THEN 'slightly_behind'
    ELSE 'far_behind'
  END;
