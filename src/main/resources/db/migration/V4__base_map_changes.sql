-- The base map's dated changes (data/base-map.json): until change_date the countries listed in
-- base_map_country (today's countries, ISO 3166 numeric ids as in the base map) were one state.
-- Loaded with the rest of the dataset in one transaction; limits match dataset.BaseMapReader.
create table base_map_change (
    id           varchar(80)  primary key,
    change_date  varchar(10)  not null,
    change_year  int          not null,
    change       varchar(40)  not null check (change in ('state-dissolved')),
    state_en     varchar(80)  not null,
    state_ar     varchar(80)  not null,
    emphasis     varchar(20)  not null check (emphasis in ('russia', 'china', 'other')),
    title_en     varchar(160) not null,
    title_ar     varchar(160) not null
);

create table base_map_country (
    change_id   varchar(80) not null references base_map_change (id) on delete cascade,
    country_id  varchar(3)  not null,
    position    int         not null,
    primary key (change_id, position),
    unique (change_id, country_id)
);

-- A change's sources live in the one source table, as events' and features' do: one more owner column.
alter table source add column base_map_change_id varchar(80) references base_map_change (id) on delete cascade;
alter table source drop constraint source_one_owner;
alter table source add constraint source_one_owner check (
    (case when event_id is null then 0 else 1 end) + (case when feature_id is null then 0 else 1 end)
        + (case when base_map_change_id is null then 0 else 1 end) = 1);
