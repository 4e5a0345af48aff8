-- The atlas's dataset, loaded from data/ on start. Limits match org.relationsatlas.dataset.DatasetLimits.

create table map_feature (
    id              varchar(80)   primary key,
    layer           varchar(20)   not null,
    name_en         varchar(200)  not null,
    name_ar         varchar(200)  not null,
    name_ru         varchar(200),
    name_zh         varchar(200),
    until_year      int,
    approximate     boolean       not null,
    geometry_note   varchar(1000) not null,
    geometry        clob          not null,
    constraint map_feature_layer check (layer in ('borders', 'pipelines', 'railways', 'exercises'))
);

create table feature_phase (
    feature_id  varchar(80) not null references map_feature (id) on delete cascade,
    from_year   int         not null,
    status      varchar(30) not null,
    primary key (feature_id, from_year)
);

create table atlas_event (
    id                varchar(80)  primary key,
    event_date        varchar(10)  not null,
    event_year        int          not null,
    category          varchar(20)  not null,
    title_en          varchar(160) not null,
    title_ar          varchar(160) not null,
    summary_en        varchar(600) not null,
    summary_ar        varchar(600) not null,
    seed_claim_ar     varchar(1000),
    conflict_note_en  varchar(1000),
    conflict_note_ar  varchar(1000)
);

create index atlas_event_year on atlas_event (event_year);

create table event_feature (
    event_id    varchar(80) not null references atlas_event (id) on delete cascade,
    feature_id  varchar(80) not null references map_feature (id) on delete cascade,
    position    int         not null,
    primary key (event_id, feature_id)
);

-- Sources of events and features: exactly one owner each.
create table source (
    event_id    varchar(80) references atlas_event (id) on delete cascade,
    feature_id  varchar(80) references map_feature (id) on delete cascade,
    position    int           not null,
    title       varchar(400)  not null,
    publisher   varchar(200)  not null,
    url         varchar(1000) not null,
    published   varchar(10),
    constraint source_one_owner check ((event_id is null) <> (feature_id is null))
);

-- Which version of data/ is loaded: a SHA-256 over its files.
create table dataset_state (
    id           int          primary key,
    fingerprint  varchar(64)  not null,
    loaded_at    timestamp    not null,
    events       int          not null,
    features     int          not null
);
