"""Language stages: annotate (spaCy) then one extractor per record kind."""
