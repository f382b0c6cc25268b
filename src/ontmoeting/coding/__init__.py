"""The utterance coder: codebook, annotators (rules, statistical model, optional LLM) and the pipeline."""
