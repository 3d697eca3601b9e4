create table notes (id integer primary key, body varchar(2000) not null);
