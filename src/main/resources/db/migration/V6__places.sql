-- Places of events (issue 14): a fifth layer, and events that have no single place on the map.
alter table map_feature drop constraint map_feature_layer;
alter table map_feature add constraint map_feature_layer check (layer in ('borders', 'pipelines', 'railways', 'exercises', 'places'));
alter table atlas_event add column no_place boolean default false not null;
