-- The name a participant had in the chat when the answer came, so summaries and exports stay right after people
-- leave (null for anonymous chains and when the chat did not say).
alter table dialogue_answer add column user_name varchar(255);

-- A random secret in each chain's export links, so an export cannot be found by guessing its short id. Chains
-- from before get one the first time their links are asked for.
alter table dialogue_chain add column export_key varchar(64);
