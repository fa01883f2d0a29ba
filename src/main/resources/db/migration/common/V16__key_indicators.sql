-- indicators.csv key (yes / no); null when the file does not say (then: key when the nation has a target)
ALTER TABLE indicator ADD COLUMN key_indicator BOOLEAN;
