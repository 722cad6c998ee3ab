"""What the hand-annotated test texts of annotate-gold/ and annotate-heldout/ share: annotations written by quote and
occurrence, and the writer that computes their offsets (code points) and 32 code points of context, as
resources/articles/processing/build_history_reports.py does, and writes one article of docs/article-format.md."""
import json
import os

CONTEXT = 32
PUBLISHER = "Frontline tests"
ORDER = ["kind", "quote", "prefix", "suffix", "start", "end", "entity", "value", "unit", "event_date",
         "time_precision", "date_note", "sub_event_type", "place", "controller", "previous_controller",
         "claimant", "claim_status", "geo_precision", "notes"]
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


def place(key, quote, nth=0, precision=None):
    p = {"kind": "place", "entity": key}
    if precision:
        p["geo_precision"] = precision
    return (quote, nth, p)


def area(pcode, quote, nth=0):
    return (quote, nth, {"kind": "area", "entity": f"area:{pcode}"})


def road(ref, quote, nth=0):
    return (quote, nth, {"kind": "road", "entity": f"road:{ref}"})


def actor(a, quote, nth=0):
    return (quote, nth, {"kind": "actor", "entity": f"actor:{a}"})


def post(n, quote, nth=0, event=None, date=None, note=None):
    p = {"kind": "post", "entity": f"post:{n}"}
    if event:
        p.update({"event_date": date, "time_precision": 1, "date_note": note, "sub_event_type": event})
    return (quote, nth, p)


def figure(quote, value, unit, nth=0):
    return (quote, nth, {"kind": "figure", "entity": "figure", "value": value, "unit": unit})


def claim(quote, place_key, controller, date, note, claimant=PUBLISHER, previous=None, nth=0, sub=None):
    p = {"kind": "claim", "event_date": date, "time_precision": 1, "date_note": note}
    if sub:
        p["sub_event_type"] = sub
    p.update({"place": place_key, "controller": controller})
    if previous:
        p["previous_controller"] = previous
    p.update({"claimant": claimant, "claim_status": "claimed", "geo_precision": 1})
    return (quote, nth, p)


def nth_index(text, quote, nth, where):
    at = -1
    for _ in range(nth + 1):
        at = text.find(quote, at + 1)
        if at < 0:
            raise SystemExit(f"{where}: quote {quote!r} has no occurrence {nth}")
    return at


def write(folder, id_prefix, what, afterword, article_id, language, published, title, restates, text, annotations):
    """Writes FOLDER/ARTICLE_ID.geojson; its annotations are ID_PREFIX1, ID_PREFIX2...; WHAT opens its notes ("A test
    text", "A held-out test text") and AFTERWORD ends them."""
    features = []
    for number, (quote, nth, props) in enumerate(annotations, start=1):
        start = nth_index(text, quote, nth, article_id)
        end = start + len(quote)
        p = dict(props)
        p.update({"quote": quote, "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT],
                  "start": start, "end": end})
        features.append({"type": "Feature", "id": f"{id_prefix}{number}", "geometry": None,
                         "properties": {k: p[k] for k in ORDER if k in p}})
    notes = (f"{what} for measuring suggested annotations (frontline-cli annotate --score), written for the "
             f"project from the facts of the bundled report(s) {', '.join(restates)} "
             f"(resources/articles/history/) and nothing else: it is no published article, so it has no url. "
             f"'published' is the day the text is set at, the day after the last event it tells, so that its "
             f"relative dates (weekdays) name the report's days. Claims in the text's own voice have the "
             f"publisher as claimant.{afterword}")
    article = {"id": article_id, "title": title, "publisher": PUBLISHER, "url": "", "published": published,
               "language": language, "kind": "summary", "notes": notes, "text": text}
    doc = {"type": "FeatureCollection", "frontline": "article/1", "article": article, "features": features}
    with open(os.path.join(folder, f"{article_id}.geojson"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
