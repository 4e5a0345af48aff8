-- The language of each cited title (BCP 47, e.g. en, ru, zh), so pages can mark it with lang (WCAG 3.1.2).
alter table source add column title_lang varchar(20);
alter table trade_year add column source_title_lang varchar(20);
