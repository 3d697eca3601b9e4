create or replace view notes_titles as select id, title from notes;
