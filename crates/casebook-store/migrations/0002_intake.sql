-- Schema 2: what intake found about a case (classification with the phrases
-- that decided it, the regime suggestion, which header gave the received
-- instant), as JSON, for the DPO to confirm or correct.
ALTER TABLE cases ADD COLUMN intake TEXT;
