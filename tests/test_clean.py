from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.stages.clean import Cleaner, detect_language

import pytest

PAGE = """<html><head><title>Troops leave base</title>
<meta property="og:site_name" content="Gulf Ledger">
<meta property="article:published_time" content="2020-03-18T07:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Troops leave base</h1>
<p>Coalition troops handed the al-Qaim base in western Anbar to Iraqi forces on Tuesday, officials said.</p>
<p>The handover followed months of planning, according to a statement from the coalition.</p>
<p>Photo: Staff photographer</p></article>
<div class="comments"><h3>Comments</h3><p>reader_1: great news</p></div>
<footer>All rights reserved</footer></body></html>"""


def test_page_text_metadata_and_no_furniture():
    doc = Cleaner()(RawArticle(source="p.html", id="p.html", html=PAGE))
    assert "handed the al-Qaim base" in doc.text
    assert "reader_1" not in doc.text and "All rights reserved" not in doc.text and "Photo:" not in doc.text
    assert doc.published.isoformat() == "2020-03-18" and doc.outlet == "Gulf Ledger"
    assert doc.title == "Troops leave base"


def test_text_file_furniture_is_blanked_in_place():
    text = "Rockets struck the base on Wednesday, the ministry said.\nPrint Friendly, PDF & Email\nPost a comment"
    doc = Cleaner()(RawArticle(source="a.txt", id="a.txt", text=text))
    assert len(doc.text) == len(text) and "Print Friendly" not in doc.text and "Post a comment" not in doc.text
    assert doc.text.startswith("Rockets struck")


def test_jsonl_text_is_kept_exactly():
    text = "Rockets struck the base on Wednesday, the ministry said.\nPost a comment"
    assert Cleaner()(RawArticle(source="x", id="x", text=text, exact_text=True)).text == text


def test_a_short_text_is_kept_and_only_empty_text_is_refused():
    assert Cleaner()(RawArticle(source="h", id="h", text="Troops left Kirkuk.", exact_text=True)).text == "Troops left Kirkuk."
    with pytest.raises(InputError, match="empty"):
        Cleaner()(RawArticle(source="e", id="e", text="  \n ", exact_text=True))


def test_other_languages_are_marked_not_english():
    doc = Cleaner()(RawArticle(source="fr.txt", id="fr.txt",
                               text="Les forces de la coalition ont quitté la base aérienne près de Kirkouk dimanche, "
                                    "selon un communiqué publié par le commandement militaire."))
    assert doc.language == "other"
    english = Cleaner()(RawArticle(source="en.txt", id="en.txt",
                                   text="Viera defeated Rockledge 3-1 on Tuesday night to remain unbeaten in the county."))
    assert english.language == "en"
    for headline in ("Gunmen kill three soldiers near Kirkuk", "Police arrested 12 drug traffickers in Lagos."):
        assert detect_language(headline) == "en"
    assert detect_language("Коалиционные силы покинули авиабазу под Киркуком в воскресенье.") == "other"
    assert detect_language("Pasukan koalisi meninggalkan pangkalan udara itu pada hari Minggu, kata para pejabat.") == "other"


def test_share_widgets_left_by_extraction_are_removed():
    text = ("Separatist fighters took the presidential palace in Aden on Saturday.\nShare this:\n"
            "Facebook Twitter WhatsApp\nThe coalition called for calm.")
    doc = Cleaner()(RawArticle(source="s.txt", id="s.txt", text=text))
    assert "Share this" not in doc.text and "WhatsApp" not in doc.text and "called for calm" in doc.text
