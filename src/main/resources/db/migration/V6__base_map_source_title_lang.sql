-- The base map's sources record their title's language too, like every other source (V5).
alter table base_map_source add column title_lang varchar(20);
