alter table notes add column title varchar(200);
