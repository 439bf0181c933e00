"""Fusion: one event from many reports, and the force posture those events imply.

One module per job, one public entry each:

    neardup.NearDuplicates        MinHash signatures and LSH bands of article texts
    cited.CitedOutlets            the outlets a text cites (a pipeline stage)
    kinds.kind_compatibility      which event kinds may name the same happening
    blocking.block_keys           kind group | date bucket | geo cell keys for candidate lookup
    prefilter.could_match         a cheap first look at a candidate, on its indexed columns
                                  (candidate_test: the same, one report against many rows)
    match.match_score             how well a report's event matches a canonical event
                                  (scorer: the same, one report against many canonical events)
    match.telling_groups          the events of one document that retell one happening
    merge.merge_mentions          the canonical event from its reports (dates refined, conflicts kept)
    provenance.independence       report and independent-outlet counts
    connectives.find_links        before/after/cause links from the words between two events
    links.carry_links             before/after/cause links between canonical events
    sites.installation_of         the installation an event happened at
    posture.installation_timeline an installation's holders, occupants and troops over time
    troops.troop_levels           troop levels per country and force over time

The store (sitrep.store.fusion) runs them as each document is saved, in the same
transaction, so fusion is incremental and the Store stays the one writer.
"""
