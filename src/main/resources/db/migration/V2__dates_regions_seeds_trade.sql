-- Issue 4: several dated moments per event, regions, seed mentions, structured disagreements,
-- and the yearly trade series. Limits match org.relationsatlas.dataset.DatasetLimits.

alter table atlas_event drop column seed_claim_ar;
alter table atlas_event drop column conflict_note_en;
alter table atlas_event drop column conflict_note_ar;
alter table atlas_event add column seed_text varchar(3);
alter table atlas_event add column seed_quote_ar varchar(1000);
alter table atlas_event add column disagreement_source varchar(10);
alter table atlas_event add column claim_en varchar(1000);
alter table atlas_event add column claim_ar varchar(1000);
alter table atlas_event add column sources_say_en varchar(1000);
alter table atlas_event add column sources_say_ar varchar(1000);
alter table atlas_event add column note_en varchar(1000);
alter table atlas_event add column note_ar varchar(1000);

create table event_moment (
    event_id     varchar(80) not null references atlas_event (id) on delete cascade,
    position     int         not null,
    kind         varchar(20) not null,
    moment_date  varchar(10) not null,
    moment_year  int         not null,
    approximate  boolean     not null,
    primary key (event_id, position)
);

create table region (
    id        varchar(80)  primary key,
    position  int          not null,
    name_en   varchar(200) not null,
    name_ar   varchar(200) not null,
    geometry  clob         not null
);

create table event_region (
    event_id   varchar(80) not null references atlas_event (id) on delete cascade,
    region_id  varchar(80) not null references region (id) on delete cascade,
    position   int         not null,
    primary key (event_id, region_id)
);

create table feature_region (
    feature_id  varchar(80) not null references map_feature (id) on delete cascade,
    region_id   varchar(80) not null references region (id) on delete cascade,
    position    int         not null,
    primary key (feature_id, region_id)
);

create table trade_year (
    trade_year        int            primary key,
    total_usd_bn      decimal(10, 2) not null,
    basis             varchar(20)    not null,
    source_title      varchar(400)   not null,
    source_publisher  varchar(200)   not null,
    source_url        varchar(1000)  not null,
    source_date       varchar(10),
    note_en           varchar(1000),
    note_ar           varchar(1000)
);

alter table dataset_state add column regions int not null default 0;
alter table dataset_state add column trade_years int not null default 0;
