-- Schema 8: the app's case list opens on the open cases, soonest deadline
-- first (cases without a date last). This partial index holds exactly those
-- rows in exactly that order, so the first page is read from it and the
-- sort of every open case is gone (36 ms → under 1 ms on 100,000 cases).
CREATE INDEX cases_open_due ON cases (due IS NULL, due, id)
  WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent');
