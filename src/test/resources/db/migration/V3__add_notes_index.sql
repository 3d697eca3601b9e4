create index notes_title on notes (title);
