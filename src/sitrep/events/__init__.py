"""Event detection internals: ontology, trigger lexicon, sentence classifier, quantities, arguments.

The stage that uses them is `sitrep.stages.events.Events`.
"""
