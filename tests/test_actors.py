"""The actor dictionary: canonical names, aliases, demonyms, case, user files."""
from __future__ import annotations

import textwrap

from sitrep.actors import Actor, ActorDictionary


def test_package_dictionary_resolves_aliases_to_canonical_names():
    d = ActorDictionary.load()
    assert len(d) > 400
    found = {m.text: m.canonical for m in d.match("The US-led coalition and Kata’ib Hezbollah traded blame.")}
    assert found["US-led coalition"] == "US-led coalition"
    assert found["Kata’ib Hezbollah"] == "Kata'ib Hezbollah"


def test_longest_mention_wins_and_offsets_index_the_text():
    d = ActorDictionary([Actor("United States", aliases=["US"], case_sensitive=True, demonyms=["American"]),
                         Actor("United States Armed Forces", aliases=["US forces", "American troops"])])
    text = "Later, US forces left; American troops stayed and the US said so."
    ms = d.match(text)
    assert [(text[m.start:m.end], m.canonical) for m in ms] == [
        ("US forces", "United States Armed Forces"), ("American troops", "United States Armed Forces"),
        ("US", "United States")]


def test_case_sensitive_entries_ignore_common_words():
    d = ActorDictionary([Actor("United States", aliases=["US"], case_sensitive=True)])
    assert d.match("Let us go.") == []
    assert [m.canonical for m in d.match("The US said.")] == ["United States"]


def test_demonyms_resolve_to_their_state_and_whole_words_only():
    d = ActorDictionary([Actor("Iraq", type="state", demonyms=["Iraqi", "Iraqis"])])
    ms = d.match("Iraqi lawmakers voted; the Iraqis agreed; Iraqiya is a party.")
    assert [(m.text, m.canonical, m.demonym) for m in ms] == [("Iraqi", "Iraq", True), ("Iraqis", "Iraq", True)]


def test_user_file_extends_and_overrides(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(textwrap.dedent("""\
        - name: Brigade of the Northern Hills
          aliases: [Northern Hills Brigade, BNH]
          type: militia
          country: IQ
        - name: US-led coalition
          aliases: [the Alliance of the Willing]
        """), encoding="utf-8")
    d = ActorDictionary.load([f])
    names = [m.canonical for m in d.match("The Northern Hills Brigade and the Alliance of the Willing met.")]
    assert names == ["Brigade of the Northern Hills", "US-led coalition"]
    assert d.get("US-led coalition").type == "coalition"     # the package's fields survive an override
    assert d.resolve("BNH") == "Brigade of the Northern Hills"


def test_user_actor_files_come_from_the_settings_and_the_environment(tmp_path):
    from sitrep.pipeline import load_actors
    from sitrep.settings import load_settings
    f = tmp_path / "a.yaml"
    f.write_text("actors:\n  - name: Falcon Column\n    aliases: [the Falcons]\n", encoding="utf-8")
    settings = load_settings(env={"SITREP_ACTORS": str(f)})
    assert settings.actor_files == (str(f),)
    assert load_actors(settings.actor_files).resolve("the Falcons") == "Falcon Column"


def test_lineage_relates_a_led_coalition_and_its_leader_state():
    d = ActorDictionary.load()
    assert d.related("US-led coalition", "United States Armed Forces")
    assert d.related("United States", "United States Armed Forces")
    assert not d.related("US-led coalition", "French Armed Forces")


def test_renamed_groups_and_replaced_governments_keep_their_own_names():
    d = ActorDictionary.load()
    found = {m.text: m.canonical for m in d.match(
        "In 2015 the Nusra Front and the Government of National Accord; in 2024 Hayat Tahrir al-Sham and the "
        "Government of National Unity; the Islamic State in the Greater Sahara, later Islamic State Sahel Province.")}
    assert found["Nusra Front"] == "Nusra Front"
    assert found["Hayat Tahrir al-Sham"] == "Hayat Tahrir al-Sham"
    assert found["Government of National Accord"] == "Government of National Accord"
    assert found["Islamic State in the Greater Sahara"] != found["Islamic State Sahel Province"]
    # still one lineage: the older actor is related to what it became
    assert d.related("Government of National Accord", "Government of National Unity")
    assert d.related("Islamic State in the Greater Sahara", "Islamic State Sahel Province")


def test_a_successor_links_entries_without_merging_them():
    d = ActorDictionary([Actor("Old Front", aliases=["OF"], successor="New Front", case_sensitive=True),
                         Actor("New Front", aliases=["NF"], case_sensitive=True), Actor("Other Army")])
    assert [m.canonical for m in d.match("OF and NF")] == ["Old Front", "New Front"]
    assert d.related("Old Front", "New Front") and d.related("New Front", "Old Front")
    assert not d.related("Old Front", "Other Army")


def test_no_name_stands_for_two_actors():
    from sitrep.actors.dictionary import _key
    d = ActorDictionary.load()
    owners: dict[str, set] = {}
    for a in d:
        for name in [a.name, *a.aliases]:
            owners.setdefault(_key(name, fold_case=not a.case_sensitive), set()).add(a.name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_a_known_name_that_goes_on_is_a_longer_body_of_its_own():
    d = ActorDictionary([Actor("Southern African Development Community", aliases=["SADC"],
                               type="international_organisation"),
                         Actor("Chad", type="state", country="TD")])
    ms = d.match("The Southern African Development Community Standby Force left, and Chad Air Force jets flew.")
    assert [(m.text, m.canonical, m.actor.parent, m.actor.type) for m in ms] == [
        ("Southern African Development Community Standby Force", "Southern African Development Community Standby Force",
         "Southern African Development Community", "coalition"),
        ("Chad Air Force", "Chad Air Force", "Chad", "state_military")]
    assert d.related("Chad Air Force", "Chad")
    assert [m.canonical for m in d.match("SADC leaders met.")] == ["Southern African Development Community"]


def test_forces_of_a_state_are_its_armed_forces_entry():
    d = ActorDictionary.load()
    assert d.forces_of("Mali") == "Malian Armed Forces"
    assert d.forces_of("Haiti") == "Armed Forces of Haiti"
    assert d.forces_of("Malian Armed Forces") == "Malian Armed Forces"
    assert d.forces_of("Hamas") is None


def test_forces_added_in_session_5_resolve_by_their_common_names():
    d = ActorDictionary.load()
    assert d.resolve("Kosovo special police") == "Kosovo Police"
    assert d.resolve("South Ossetian militia") == "South Ossetian forces"
    assert d.resolve("Tamil Tigers") == "Liberation Tigers of Tamil Eelam"
    assert d.resolve("Somaliland army") == "Somaliland National Army"
    assert not d.match("the crowd sang the anthem")   # SANG only in capitals
