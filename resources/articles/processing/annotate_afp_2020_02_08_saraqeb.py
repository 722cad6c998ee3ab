#!/usr/bin/env python3
"""Writes the two annotated files of the AFP dispatch of 8 February 2020 on Saraqeb.

Usage: annotate_afp_2020_02_08_saraqeb.py SEED_TEXT OUT_DIR

SEED_TEXT holds the dispatch twice: first in paragraphs, then run together as a scraper delivered it (spaces
lost between some sentences). The annotations below are written once, by quote and occurrence in the paragraph
form; this script computes their code-point offsets and 32 code points of context either side, and writes
  afp-2020-02-08-saraqeb.geojson          paragraph text, selectors with start/end
  afp-2020-02-08-saraqeb-scraped.geojson  run-together text, the same selectors without start/end
Python string indexes are Unicode code points, the unit of the format (docs/article-format.md).
"""
import json
import re
import sys

CONTEXT = 32
ARTICLE_ID = "afp-2020-02-08-saraqeb"

POST_NOTE = ("one of the twelve observation posts of the 2017-2018 Astana agreement with Russia and Iran "
             "(original_astana_12 in geodata/observation_posts/turkish_posts_idlib.csv); the dispatch names none "
             "of them")

# (quote, occurrence in the paragraph text counted from 0, properties), in reading order.
ANNOTATIONS = [
    # "Des unités de l'armée contrôlent désormais la totalité de la ville de Saraqeb", ...
    ("Des unités de l'armée contrôlent désormais la totalité de la ville de Saraqeb", 0, {
        "kind": "claim", "event_date": "2020-02-08", "time_precision": 1,
        "sub_event_type": "Government regains territory", "place": "saraqib", "controller": "government",
        "claimant": "state TV", "claim_status": "claimed", "geo_precision": 1,
        "notes": "Syrian state TV, quoted by AFP on the day of the dispatch; the dispatch does not say who held "
                 "the town before"}),
    ("l'armée", 0, {"kind": "actor", "entity": "actor:syrian-army"}),
    ("Saraqeb", 0, {"kind": "place", "entity": "saraqib", "geo_precision": 1}),
    ("province d'Idleb", 0, {"kind": "area", "entity": "area:SY07"}),
    ("la TV d'Etat", 0, {"kind": "actor", "entity": "actor:state-tv"}),
    # L'agence officielle Sana a fait état de la "fin" des opérations de "ratissage" dans la ville.
    ("Sana", 0, {"kind": "actor", "entity": "actor:sana"}),
    ("a fait état de la \"fin\" des opérations de \"ratissage\" dans la ville", 0, {
        "kind": "claim", "event_date": "2020-02-08", "time_precision": 1,
        "date_note": "not dated in the dispatch, which reports it on 2020-02-08",
        "sub_event_type": "Government regains territory", "place": "saraqib", "controller": "government",
        "claimant": "SANA", "claim_status": "claimed", "geo_precision": 1,
        "notes": "the official agency reports the end of combing operations in the town, i.e. that the army "
                 "holds all of it"}),
    # Saraqeb se trouve à la jonction de deux autoroutes clés, M5 et M4, ...
    ("Saraqeb", 1, {"kind": "place", "entity": "saraqib", "geo_precision": 1}),
    ("deux autoroutes clés", 0, {"kind": "figure", "entity": "figure", "value": 2, "unit": "highways",
                                 "notes": "the M5 and the M4, which meet at Saraqeb"}),
    ("M5", 0, {"kind": "road", "entity": "road:M5"}),
    ("M4", 0, {"kind": "road", "entity": "road:M4"}),
    ("le régime", 0, {"kind": "actor", "entity": "actor:syrian-government"}),
    ("près de neuf ans", 0, {"kind": "figure", "entity": "figure", "value": 9, "unit": "years",
                             "notes": "of war; \"près de\": nearly"}),
    # La voie M5 relie Alep ... à la capitale Damas, tandis que la M4 relie Alep à la ville côtière de Lattaquié
    ("M5", 1, {"kind": "road", "entity": "road:M5"}),
    ("Alep", 0, {"kind": "place", "entity": "aleppo", "geo_precision": 1}),
    ("Syrie", 0, {"kind": "area", "entity": "area:SY"}),
    ("Damas", 0, {"kind": "place", "entity": "damascus", "geo_precision": 1}),
    ("M4", 1, {"kind": "road", "entity": "road:M4"}),
    ("Alep", 1, {"kind": "place", "entity": "aleppo", "geo_precision": 1}),
    ("Lattaquié", 0, {"kind": "place", "entity": "latakia", "geo_precision": 1}),
    ("régime", 1, {"kind": "actor", "entity": "actor:syrian-government"}),
    # Fin janvier, les forces du régime appuyées par leur allié russe avaient déjà reconquis ... Maaret al-Noomane
    ("Fin janvier, les forces du régime appuyées par leur allié russe avaient déjà reconquis la ville clé de "
     "Maaret al-Noomane", 0, {
        "kind": "claim", "event_date": "2020-01-21/2020-01-31", "time_precision": 2, "date_note": "fin janvier",
        "sub_event_type": "Government regains territory", "place": "maarat_al_numan",
        "controller": "government", "previous_controller": "opposition", "claimant": "AFP",
        "claim_status": "assessed", "geo_precision": 1,
        "notes": "stated by AFP in its own voice, not attributed to a party; counts from the end of January"}),
    ("forces du régime", 0, {"kind": "actor", "entity": "actor:syrian-army"}),
    ("leur allié russe", 0, {"kind": "actor", "entity": "actor:russia"}),
    ("Maaret al-Noomane", 0, {"kind": "place", "entity": "maarat_al_numan", "geo_precision": 1}),
    ("province d'Idleb", 1, {"kind": "area", "entity": "area:SY07"}),
    ("M5", 2, {"kind": "road", "entity": "road:M5"}),
    # Ces nouvelles reconquêtes interviennent alors que la Turquie, qui soutient certains groupes rebelles, ...
    ("la Turquie", 0, {"kind": "actor", "entity": "actor:turkey"}),
    ("certains groupes rebelles", 0, {"kind": "actor", "entity": "actor:rebels"}),
    ("forces du régime", 1, {"kind": "actor", "entity": "actor:syrian-army"}),
    # Vendredi, 350 véhicules ont franchi la frontière syro-turque en direction d'Idleb, selon ... Anadolu.
    ("350 véhicules", 0, {"kind": "figure", "entity": "figure", "value": 350, "unit": "vehicles",
                          "notes": "Turkish military vehicles that crossed into Syria on Friday 2020-02-07, "
                                   "according to Anadolu"}),
    ("frontière syro-turque", 0, {"kind": "border", "entity": "border:SY-TR"}),
    ("Idleb", 2, {"kind": "place", "entity": "idlib", "geo_precision": 3,
                  "notes": "the Idleb region, located by its capital"}),
    ("Anadolu", 0, {"kind": "actor", "entity": "actor:anadolu"}),
    # La Turquie dispose d'une douzaine de postes d'observation dans la province d'Idleb ... avec la Russie, ...
    ("La Turquie", 0, {"kind": "actor", "entity": "actor:turkey"}),
    ("une douzaine de postes d'observation", 0, {"kind": "figure", "entity": "figure", "value": 12,
                                                 "unit": "observation posts",
                                                 "notes": "\"une douzaine\": about a dozen"}),
] + [
    ("postes d'observation", 0, {"kind": "post", "entity": f"post:{n}", "notes": POST_NOTE}) for n in range(1, 13)
] + [
    ("province d'Idleb", 2, {"kind": "area", "entity": "area:SY07"}),
    ("la Russie", 0, {"kind": "actor", "entity": "actor:russia"}),
    ("trois situés dans le sud-est", 0, {"kind": "figure", "entity": "figure", "value": 3,
                                         "unit": "observation posts",
                                         "notes": "the dispatch does not name these three posts"}),
    ("le sud-est d'Idleb", 0, {"kind": "area", "entity": "area:SY07",
                               "notes": "the south-east of the governorate"}),
    # Plus de la moitié de cette province et des secteurs attenants des provinces voisines d'Alep, Hama et
    # Lattaquié, sont toujours dominés par les jihadistes de Hayat Tahrir al-Cham (HTS, ex-branche ... Al-Qaïda).
    ("Plus de la moitié", 0, {"kind": "figure", "entity": "figure", "value": 50, "unit": "percent",
                              "notes": "more than half of Idleb province and adjoining sectors, held by HTS"}),
    ("cette province", 0, {"kind": "area", "entity": "area:SY07"}),
    ("Alep", 2, {"kind": "area", "entity": "area:SY02", "notes": "the province of Aleppo"}),
    ("Hama", 0, {"kind": "area", "entity": "area:SY05", "notes": "the province of Hama"}),
    ("Lattaquié", 1, {"kind": "area", "entity": "area:SY06", "notes": "the province of Latakia"}),
    ("jihadistes", 0, {"kind": "actor", "entity": "actor:hts"}),
    ("Hayat Tahrir al-Cham", 0, {"kind": "actor", "entity": "actor:hts"}),
    ("HTS", 0, {"kind": "actor", "entity": "actor:hts"}),
    ("Al-Qaïda", 0, {"kind": "actor", "entity": "actor:al-qaeda"}),
    # Cette région de trois millions d'habitants abrite aussi d'autres groupuscules jihadistes et des rebelles ...
    ("trois millions d'habitants", 0, {"kind": "figure", "entity": "figure", "value": 3000000,
                                       "unit": "inhabitants", "notes": "of the Idleb region"}),
    ("groupuscules jihadistes", 0, {"kind": "actor", "entity": "actor:jihadist-groups"}),
    ("rebelles affaiblis", 0, {"kind": "actor", "entity": "actor:rebels"}),
    # Le pouvoir de Bachar al-Assad a lancé en décembre son opération dans la région d'Idleb, ... selon l'ONU.
    ("Le pouvoir de Bachar al-Assad", 0, {"kind": "actor", "entity": "actor:syrian-government"}),
    ("région d'Idleb", 0, {"kind": "place", "entity": "idlib", "geo_precision": 3,
                           "notes": "the Idleb region, located by its capital"}),
    ("586.000 personnes", 0, {"kind": "figure", "entity": "figure", "value": 586000, "unit": "people",
                              "notes": "displaced since December 2019, according to the UN"}),
    ("l'ONU", 0, {"kind": "actor", "entity": "actor:un"}),
    # Le front d'Idleb ... pour le régime, qui contrôle désormais plus de 70% du territoire, selon ... (OSDH).
    ("front d'Idleb", 0, {"kind": "place", "entity": "idlib", "geo_precision": 3,
                          "notes": "the Idleb front, located by the region's capital"}),
    ("le régime", 1, {"kind": "actor", "entity": "actor:syrian-government"}),
    ("70% du territoire", 0, {"kind": "figure", "entity": "figure", "value": 70, "unit": "percent",
                              "notes": "more than 70% of Syria held by the government, according to the SOHR"}),
    ("l'Observatoire syrien des droits de l'Homme", 0, {"kind": "actor", "entity": "actor:sohr"}),
    ("OSDH", 0, {"kind": "actor", "entity": "actor:sohr"}),
    # Le conflit en Syrie a fait plus de 380.000 morts depuis 2011 et jeté sur la route de l'exil plus de la moitié
    # de la population d'avant-guerre --plus de 20 millions d'habitants.
    ("Syrie", 1, {"kind": "area", "entity": "area:SY"}),
    ("380.000 morts", 0, {"kind": "figure", "entity": "figure", "value": 380000, "unit": "deaths",
                          "notes": "\"plus de\": more than, since 2011"}),
    ("plus de la moitié de la population d'avant-guerre", 0, {
        "kind": "figure", "entity": "figure", "value": 50, "unit": "percent",
        "notes": "more than half of the pre-war population displaced or in exile"}),
    ("20 millions d'habitants", 0, {"kind": "figure", "entity": "figure", "value": 20000000,
                                    "unit": "inhabitants", "notes": "the pre-war population, \"plus de\": more than"}),
]

PROPERTY_ORDER = ["kind", "quote", "prefix", "suffix", "start", "end", "entity", "value", "unit", "event_date",
                  "time_precision", "date_note", "sub_event_type", "place", "controller", "previous_controller",
                  "claimant", "claim_status", "geo_precision", "source", "notes"]


def nth_index(text, quote, nth):
    at = -1
    for _ in range(nth + 1):
        at = text.find(quote, at + 1)
        if at < 0:
            raise SystemExit(f"quote {quote!r} has no occurrence {nth}")
    return at


def squeeze(s):
    return re.sub(r"\s", "", s)


def article(text, notes):
    return {
        "id": ARTICLE_ID,
        "title": "[sans titre] Dépêche AFP sur Saraqeb, 8 février 2020",
        "publisher": "AFP",
        "url": "",
        "published": "2020-02-08",
        "language": "fr",
        "kind": "article",
        "licence": "(c) Agence France-Presse; the text is kept as the source of the annotations, not for "
                   "republication",
        "notes": notes,
        "text": text,
    }


NO_URL = ("No url: the AFP French republications listed for the Saraqib event (E09) in "
          "geodata/control/source_keys.json carry other versions of the story, not this text (DKNEWS-115078 is "
          "a differently worded AFP report; ECONOSTRUM-2020-02 is about Western condemnation of the offensive), "
          "and no page carrying this exact text was found. The dispatch has no headline here; the title is "
          "descriptive.")


def main():
    seed_path, out_dir = sys.argv[1], sys.argv[2]
    with open(seed_path, encoding="utf-8") as f:
        seed = f.read()
    second_at = seed.index("\"Des unités", 1)
    paragraphs = seed[:second_at].rstrip("\n")
    scraped = seed[second_at:]
    if squeeze(paragraphs) != squeeze(scraped):
        raise SystemExit("the two halves of the seed differ beyond whitespace")

    features = []
    for number, (quote, nth, props) in enumerate(ANNOTATIONS, start=1):
        start = nth_index(paragraphs, quote, nth)
        end = start + len(quote)
        p = dict(props)
        p["quote"] = quote
        p["prefix"] = paragraphs[max(0, start - CONTEXT):start]
        p["suffix"] = paragraphs[end:end + CONTEXT]
        p["start"] = start
        p["end"] = end
        ordered = {k: p[k] for k in PROPERTY_ORDER if k in p}
        features.append({"type": "Feature", "id": f"a{number}", "geometry": None, "properties": ordered})

    def write(name, text, notes, with_positions):
        feats = []
        for f in features:
            g = json.loads(json.dumps(f))
            if not with_positions:
                del g["properties"]["start"]
                del g["properties"]["end"]
            feats.append(g)
        doc = {"type": "FeatureCollection", "frontline": "article/1", "article": article(text, notes),
               "features": feats}
        with open(f"{out_dir}/{name}", "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, indent=1)
            out.write("\n")

    write(f"{ARTICLE_ID}.geojson", paragraphs, NO_URL, True)
    write(f"{ARTICLE_ID}-scraped.geojson", scraped,
          NO_URL + " This file holds the same dispatch as a scraper delivered it: paragraphs run together, with "
          "the space lost between some sentences; same article id and annotations, without start/end.", False)


if __name__ == "__main__":
    main()
