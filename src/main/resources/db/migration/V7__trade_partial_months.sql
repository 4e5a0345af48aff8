-- A year not yet over: the months its trade figure covers (January to that month); null for a whole year.
-- (V7, not V6: the places layer's branch adds V6.)
alter table trade_year add column partial_months int;
alter table trade_year add constraint trade_year_partial_months check (partial_months between 1 and 11);
