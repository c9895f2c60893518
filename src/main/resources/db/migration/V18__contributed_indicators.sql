-- The evaluation weighs the indicators other modules contribute (figures.EvaluationContributor) besides the case
-- rates: a weight row may name any indicator key; one without a row weighs 0.
ALTER TABLE evaluation_weight DROP CONSTRAINT evaluation_weight_indicator_check;
ALTER TABLE evaluation_weight ADD CONSTRAINT evaluation_weight_indicator_key CHECK (indicator ~ '^[a-z][A-Za-z0-9]{1,39}$');
