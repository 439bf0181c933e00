"""Actors: the dictionary of known armed groups, forces, states and institutions, and its matcher.

`ActorDictionary.load()` reads the package's `data/actors.yaml` and any user files (same
format); `ActorDictionary.match(text)` finds mentions and resolves them to canonical names.
"""
from sitrep.actors.dictionary import Actor, ActorDictionary, ActorMention, load_actor_file

__all__ = ["Actor", "ActorDictionary", "ActorMention", "load_actor_file"]
