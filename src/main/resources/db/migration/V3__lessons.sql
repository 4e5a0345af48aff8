-- Issue 6: lessons, ordered steps that each save a view of the atlas. Lessons are the teachers'
-- own data: the dataset loader never touches these tables, and steps refer to events and regions
-- by id without foreign keys, so a dataset reload cannot fail on them (a step whose event is gone
-- says so when shown). Limits match org.relationsatlas.lessons.LessonLimits.
create table lesson (
    id          varchar(80)  primary key,
    title_en    varchar(200) not null,
    title_ar    varchar(200) not null,
    updated_at  timestamp    not null
);

create table lesson_step (
    lesson_id    varchar(80)   not null references lesson (id) on delete cascade,
    position     int           not null,
    from_year    int           not null,
    to_year      int           not null,
    layers       varchar(100)  not null,
    region_id    varchar(80),
    camera_lon   double precision,
    camera_lat   double precision,
    camera_zoom  double precision,
    event_id     varchar(80),
    caption_en   varchar(300)  not null,
    caption_ar   varchar(300)  not null,
    notes_en     varchar(1500),
    notes_ar     varchar(1500),
    primary key (lesson_id, position)
);
