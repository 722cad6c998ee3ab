#!/usr/bin/env python3
"""Builds the format 1.1 samples (docs/article-format.md, "Changes in 1.1") from bundled articles.

Each sample is a bundled article (same text, same id: the same article, annotated again) with its annotations
kept and the 1.1 members added: entities and actors the article defines, area claims, events, qualified dates.
Every quote is words of the article's text; dates, widths and route ends that the text does not give come from
the Frontline data set (resources/geodata/control/control_events_2019_2020.csv, events E15 and E16, and its
sources), and the annotation says so in "source" and "notes".

Run from the repository root: python3 resources/articles/samples-1.1/build_samples_1_1.py
"""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.dirname(os.path.abspath(__file__))
CONTEXT = 32

JOWHAR = "https://www.jowhar.com/2020/03/05/midnight-ceasefire-agreed-between-putin-erdogan-comes-into-effect-for-syrias-idlib/"
E15_NOTE = ("Frontline data set, event E15 (resources/geodata/control/control_events_2019_2020.csv): agreed in "
            "Moscow on 2020-03-05, in force 00:01 on 2020-03-06; security corridor 6 km north and 6 km south of the "
            "M4; joint patrols from 2020-03-15 between Tronba/Trumba and Ain al-Hur (sources: JOWHAR-2020-03-05, "
            "INFOBALKANS-2020-03-05, POLITICO-2020-03-05, AMN-2020-03-05, AKH-285152, DJAZAIRESS-164708).")


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)


def anchor(text, quote, after=0):
    """Selectors of the first occurrence of QUOTE at or after AFTER (code points)."""
    start = text.index(quote, after)
    end = start + len(quote)
    return {"quote": quote, "prefix": text[max(0, start - CONTEXT):start], "suffix": text[end:end + CONTEXT],
            "start": start, "end": end}


def feature(fid, kind, text, quote, after=0, geometry=None, **props):
    p = {"kind": kind}
    p.update(anchor(text, quote, after))
    p.update(props)
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": p}


def write(name, doc, extra_features, entities=None, actors=None, changes=None):
    doc = dict(doc)
    for fid, props in (changes or {}).items():
        for f in doc["features"]:
            if f["id"] == fid:
                f["properties"].update(props)
    out = {"type": "FeatureCollection", "frontline": "article/1.1", "article": doc["article"]}
    if actors:
        out["actors"] = actors
    if entities:
        out["entities"] = entities
    out["features"] = doc["features"] + extra_features
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("{\n")
        keys = list(out)
        for i, key in enumerate(keys):
            value = out[key]
            comma = "," if i + 1 < len(keys) else ""
            if isinstance(value, list):
                items = ",\n  ".join(json.dumps(v, ensure_ascii=False) for v in value)
                f.write(f' "{key}": [\n  {items}\n ]{comma}\n')
            else:
                f.write(f' "{key}": {json.dumps(value, ensure_ascii=False, indent=None)}{comma}\n')
        f.write("}\n")


# 1. The AFP dispatch of 8 February 2020: an area claim (HTS holds more than half of Idleb province), two
#    reinforcement events, an "on or before" date ("ces derniers jours") and a year as an interval end ("depuis
#    2011").
afp = load("afp-2020-02-08-saraqeb.geojson")
t = afp["article"]["text"]
figure_380k = next(f["id"] for f in afp["features"] if f["properties"].get("value") == 380000)
write("afp-2020-02-08-saraqeb.geojson", afp, [
    feature("v1", "claim", t, "Plus de la moitié de cette province et des secteurs attenants des provinces voisines "
            "d'Alep, Hama et Lattaquié, sont toujours dominés par les jihadistes de Hayat Tahrir al-Cham",
            event_date="2020-02-08", time_precision=1, date_note="toujours (as of the dispatch)",
            place="area:SY07", claim_scope="area", area_share=50, controller="hts", claimant="AFP",
            claimant_actor="actor:afp", claim_status="assessed", geo_precision=3,
            notes="the agency in its own voice; \"plus de la moitié\": more than half of Idleb province (a lower "
                  "bound), and parts of the neighbouring provinces"),
    feature("v2", "event", t, "la Turquie, qui soutient certains groupes rebelles, a envoyé plusieurs renforts ces "
            "derniers jours", event_type="Strategic developments", sub_event_type="Reinforcement",
            event_date="../2020-02-08", date_note="ces derniers jours", place="area:SY07", geo_precision=3,
            actors=["actor:turkey"], claimant="AFP", claimant_actor="actor:afp",
            notes="where: the Idleb front the paragraph is about"),
    feature("v3", "event", t, "Vendredi, 350 véhicules ont franchi la frontière syro-turque en direction d'Idleb",
            event_type="Strategic developments", sub_event_type="Reinforcement", event_date="2020-02-07",
            time_precision=1, date_note="Vendredi (the Friday before the dispatch of Saturday 8 February)",
            place="area:SY07", geo_precision=3, actors=["actor:turkey"], claimant="Anadolu",
            claimant_actor="actor:anadolu"),
], changes={figure_380k: {"event_date": "2011/2020-02-08", "date_note": "depuis 2011"}})

# 2. The Wikipedia paragraph on the 5 March 2020 ceasefire: the agreement with its effective date, the M4
#    security corridor (12 km wide: 6 km each side) and the joint patrols along the M4.
dmz = load("history/wikipedia-dmz-2020-03-05-ceasefire.geojson")
t = dmz["article"]["text"]
write("wikipedia-dmz-2020-03-05-ceasefire.geojson", dmz, [
    feature("v1", "event", t, "On 5 March 2020, Russia and Turkey came to a new cease-fire agreement",
            event_type="Strategic developments", sub_event_type="Agreement", event_date="2020-03-05",
            time_precision=1, effective_date="2020-03-06", actors=["actor:russia", "actor:turkey"],
            source=JOWHAR, notes="effective_date: " + E15_NOTE),
    feature("v2", "event", t, "a 12 km wide corridor alongside the M4 Motorway", event_type="Strategic developments",
            sub_event_type="Security corridor", event_date="2020-03-05", time_precision=1,
            effective_date="2020-03-06", road="road:M4", width_km=12, actors=["actor:russia", "actor:turkey"],
            source=JOWHAR, notes="12 km wide: 6 km north and 6 km south of the M4. " + E15_NOTE),
    feature("v3", "event", t, "joint Russian and Turkish patrols", event_type="Strategic developments",
            sub_event_type="Joint patrol", event_date="2020-03-15", time_precision=1,
            date_note="scheduled start of the joint patrols (data set event E16)", road="road:M4",
            from_place="local:tronba", to_place="ain_al_hur", actors=["actor:russia", "actor:turkey"],
            source=JOWHAR, notes="route and start date: " + E15_NOTE),
], entities=[
    {"id": "local:tronba", "kind": "place", "names": {"en": "Tronba/Trumba"},
     "source": "resources/geodata/observation_posts/turkish_posts_idlib.csv (post 17, Al-Tarnabah)",
     "notes": "about 2 km west of Saraqib (data set event E15); not located in the bundled gazetteers, so no "
              "point; no Arabic or French name in the bundled data, so the Latin one only"},
])

# 3. The data set's summary of the same ceasefire (event E15): places outside the gazetteer (Moscow, Tronba), the
#    protocol as a named entity, and the three events.
e15 = load("history/summary-2020-03-06-e15-saraqib.geojson")
t = e15["article"]["text"]
write("summary-2020-03-06-e15-saraqib.geojson", e15, [
    feature("v1", "place", t, "Tronba/Trumba", entity="local:tronba", geo_precision=1),
    feature("v2", "place", t, "Moscow", entity="local:moscow", geo_precision=1),
    feature("v3", "event", t, "Russia-Turkey additional protocol: ceasefire along the current contact line",
            entity="local:moscow-protocol", event_type="Strategic developments", sub_event_type="Agreement",
            event_date="2020-03-05", time_precision=1, effective_date="2020-03-06", place="local:moscow",
            actors=["actor:russia", "actor:turkey"]),
    feature("v4", "event", t, "security corridor 6 km north and 6 km south of the M4",
            event_type="Strategic developments", sub_event_type="Security corridor", event_date="2020-03-05",
            time_precision=1, effective_date="2020-03-06", road="road:M4", width_km=12,
            actors=["actor:russia", "actor:turkey"]),
    feature("v5", "event", t, "joint patrols from 2020-03-15 between Tronba/Trumba (about 2 km west of Saraqib) and "
            "Ain al-Hur", event_type="Strategic developments", sub_event_type="Joint patrol",
            event_date="2020-03-15", time_precision=1, road="road:M4", from_place="local:tronba",
            to_place="ain_al_hur", actors=["actor:russia", "actor:turkey"]),
], entities=[
    {"id": "local:moscow", "kind": "place", "names": {"en": "Moscow", "fr": "Moscou"},
     "notes": "where the protocol was agreed; outside the bundled gazetteers, so no point; the French name is the "
              "variant actors.json gives for Russia, no Arabic name in the bundled data"},
    {"id": "local:tronba", "kind": "place", "names": {"en": "Tronba/Trumba"},
     "source": "resources/geodata/observation_posts/turkish_posts_idlib.csv (post 17, Al-Tarnabah)",
     "notes": "about 2 km west of Saraqib; not located in the bundled gazetteers, so no point; Latin name only"},
    {"id": "local:moscow-protocol", "kind": "other",
     "names": {"en": "Russia-Turkey additional protocol of 5 March 2020"}},
])

# 4. The Wikipedia paragraph on the August 2019 truces: agreements dated by a year ("2018"), a day and a span.
truces = load("history/wikipedia-dmz-2019-08-truces.geojson")
t = truces["article"]["text"]
write("wikipedia-dmz-2019-08-truces.geojson", truces, [
    feature("v1", "event", t, "the original 2018 demilitarisation terms", event_type="Strategic developments",
            sub_event_type="Agreement", event_date="2018", date_note="2018 (the year only)"),
    feature("v2", "event", t, "On 1 August 2019, following several months of intense fighting between government "
            "and rebel forces, the Syrian Government announced a unilateral truce",
            event_type="Strategic developments", sub_event_type="Agreement", event_date="2019-08-01",
            time_precision=1, actors=["actor:syrian-government"]),
    feature("v3", "event", t, "Another ceasefire was announced in late August", event_type="Strategic developments",
            sub_event_type="Agreement", event_date="2019-08-21/2019-08-31", time_precision=2,
            date_note="late August"),
])

# 5. Taftanaz, 6 February 2020: an actor the article adds (the Syrian Air Force), and an air strike "just hours
#    after" the post was set up: about 6 February.
taftanaz = load("history/wikipedia-tmoig-2020-02-06-taftanaz-saraqib.geojson")
t = taftanaz["article"]["text"]
write("wikipedia-tmoig-2020-02-06-taftanaz-saraqib.geojson", taftanaz, [
    feature("v1", "event", t, "It was reportedly targeted by the Syrian Air Force just hours after its establishment",
            event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date="2020-02-06~",
            date_note="just hours after its establishment (6 February)", place="post:22", geo_precision=1,
            actors=["actor:syrian-air-force"], claimant="Wikipedia", claim_status="claimed",
            notes="\"reportedly\""),
], actors=[
    {"id": "syrian-air-force", "kind": "state forces", "names": {"en": "Syrian Air Force"},
     "role": "air force of the Syrian government", "controller": "government",
     "notes": "only the English name is in the bundled text"},
], changes={"a4": {"entity": "actor:syrian-air-force"}})

# 6. Shekh Aqil, 16 February 2020: shelling of a Turkish post.
aqil = load("history/wikipedia-tmoig-2020-02-16-sheikh-aqil-post.geojson")
t = aqil["article"]["text"]
write("wikipedia-tmoig-2020-02-16-sheikh-aqil-post.geojson", aqil, [
    feature("v1", "event", t, "On 16 February, the Syrian Army shelled the Turkish military post at Shekh Aqil",
            event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
            event_date="2020-02-16", time_precision=1, place="post:3", geo_precision=1,
            actors=["actor:syrian-army"]),
])
