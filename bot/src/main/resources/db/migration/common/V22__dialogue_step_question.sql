-- The question each step asked, as its template wrote it then: a chain whose template file is removed while it
-- runs (or after) still has its summary and export under the questions it asked.
alter table dialogue_step add column question_text varchar(4000);
