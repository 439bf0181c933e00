import gzip
import io
import json

from sitrep.errors import InputError
from sitrep.model import RawArticle
from sitrep.readers import read_inputs


def _all(paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_file_is_read_as_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Rockets hit a base north of Baghdad on Tuesday.", encoding="utf-8")
    [art] = _all([p])
    assert isinstance(art, RawArticle) and art.text.startswith("Rockets") and not art.exact_text


def test_bad_inputs_each_get_a_message_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Militants attacked a checkpoint near Kirkuk, police said.", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 attacked".encode("latin-1"))
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 2000 + b"</p>")
    out = _all([tmp_path / n for n in ("bin.txt", "empty.txt", "latin.txt", "big.html", "good.txt")], max_bytes=1000)
    errors = [o for o in out if isinstance(o, InputError)]
    assert [e.source.rsplit("/", 1)[-1] for e in errors] == ["bin.txt", "empty.txt", "latin.txt", "big.html"]
    assert "binary" in errors[0].reason and "empty" in errors[1].reason
    assert "UTF-8" in errors[2].reason and "too large" in errors[3].reason
    assert isinstance(out[-1], RawArticle)


def test_jsonl_broken_line_is_reported_with_its_line_number(tmp_path):
    p = tmp_path / "w.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "One."}) + "\n{broken\n" + json.dumps({"id": "b", "html": "<p>x</p>"}) + "\n")
    out = _all([p])
    assert isinstance(out[0], RawArticle) and out[0].exact_text and out[0].id == "a"
    assert isinstance(out[1], InputError) and out[1].source.endswith("w.jsonl:2") and "broken JSON" in out[1].reason
    assert isinstance(out[2], RawArticle) and out[2].html == "<p>x</p>"


def test_rss_items_become_articles(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>One</title><link>http://example.org/1</link><pubDate>Tue, 17 Mar 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Coalition troops left the base.&lt;/p&gt;</description></item>
<item><title>Two</title><link>http://example.org/2</link><description>Second story.</description></item>
</channel></rss>""")
    out = _all([p])
    assert [o.title for o in out] == ["One", "Two"]
    assert out[0].published.startswith("2020-03-17") and out[0].outlet == "Wire"


def test_warc_html_responses_become_articles(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    body = b"<html><body><article><p>Troops withdrew from the airbase on Sunday.</p></article></body></html>"
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record("http://example.org/a", "response", payload=io.BytesIO(body),
                                        http_headers=headers))
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(buf.getvalue())
    [art] = _all([p])
    assert art.url == "http://example.org/a" and "withdrew" in art.html and art.crawled


def test_folders_are_expanded(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A text about a clash.")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    out = _all([tmp_path])
    assert len(out) == 1 and out[0].source.endswith("a.txt")
