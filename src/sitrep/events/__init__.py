"""Event extraction, one module per mechanism; the stage that runs them is `sitrep.stages.events.Events`.

- words: word lists and patterns the mechanisms share; ontology: the kinds and their ACLED codes;
- lexicon (data/event_triggers.yaml), classifier (data/event_classifier.npz), train: what proposes kinds;
- detection: triggers and kind refinement per sentence;
- syntax: reading the dependency parse (clauses, phrases, subjects);
- arguments: actors, targets, place, date, quantities (found by quantities) and one event per place or count;
- modality: planned, denied, hypothetical, and what is no occurrence at all;
- coding: ACLED's sub-event types; merging: one event per occurrence across sentences.

Detection, Arguments, Occurrence, Coding and Merging are parts of the one Events stage (it inherits
them): they read the per-document state the stage sets up in `__call__`.
"""
