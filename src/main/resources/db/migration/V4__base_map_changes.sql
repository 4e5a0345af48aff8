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

create table base_map_source (
    change_id   varchar(80)   not null references base_map_change (id) on delete cascade,
    position    int           not null,
    title       varchar(400)  not null,
    publisher   varchar(200)  not null,
    url         varchar(1000) not null,
    published   varchar(10),
    primary key (change_id, position)
);
