#!/usr/bin/env python3
"""Writes the bundled history reports: the dated, cited control history of the Idleb front, May 2019 to
November 2020, as annotated articles (docs/article-format.md) in resources/articles/history/.

Usage (from the repository root):
  python3 resources/articles/processing/build_history_reports.py \
      --events resources/geodata/control/control_events_2019_2020.geojson \
      --stable-towns resources/geodata/control/stable_towns_2019_2020.geojson \
      --source-keys resources/geodata/control/source_keys.json \
      --wikipedia resources/geodata/control/wikipedia_excerpts_CC-BY-SA.md \
      --key-towns resources/geodata/places/key_towns.csv \
      --posts resources/geodata/observation_posts/turkish_posts_idlib.csv \
      --actors resources/articles/actors.json \
      --out resources/articles/history

Two kinds of report come out:
- kind "article": one verbatim paragraph (or table cell) of English Wikipedia, as kept in
  wikipedia_excerpts_CC-BY-SA.md; the claims quote its words.
- kind "summary": one event of the control data set, whose text is the data set's own summary sentence (and
  its date note); the claims quote that sentence, never a news outlet. One more summary gives the towns with no
  change of control found, as a baseline on 1 May 2019.

The annotations below are written by quote and occurrence; the script finds them in the text, computes their
code-point offsets and 32 code points of context either side, and refuses to write anything when a quote is
missing, an entity is unknown, or an event of the data set is left unaccounted for. The output depends on the
inputs only: running it twice gives the same files.
"""
import argparse
import csv
import json
import os
import re
import sys
import urllib.parse

CONTEXT = 32
DATASET_PUBLISHER = "Frontline data set (compiled from cited sources)"
WIKIPEDIA_PUBLISHER = "Wikipedia contributors"
WIKIPEDIA_LICENCE = ("CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); text by Wikipedia "
                     "contributors, copied unchanged")
# The day the control data set (resources/geodata/control) was committed to the project: the publication day
# of its summaries.
DATASET_PUBLISHED = "2026-11-24"
BASELINE_DATE = "2019-05-01"

PROPERTY_ORDER = ["kind", "quote", "prefix", "suffix", "start", "end", "entity", "value", "unit", "event_date",
                  "time_precision", "date_note", "sub_event_type", "place", "controller", "previous_controller",
                  "claimant", "claim_status", "geo_precision", "source", "notes"]

GOV_GAIN = "Government regains territory"
NSA_GAIN = "Non-state actor overtakes territory"
NON_VIOLENT = "Non-violent transfer of territory"

# What happened to a Turkish observation post (docs/article-format.md, "Sub-event type"): written on a post
# annotation, with its event_date, only where the quoted sentence or the data set's summary says so.
POST_SET_UP = "post set up"
POST_ENCIRCLED = "post encircled"
POST_WITHDRAWN = "post withdrawn"
POST_EVENTS = (POST_SET_UP, POST_ENCIRCLED, POST_WITHDRAWN)

# --- Sources -------------------------------------------------------------------------------------------------------
# Source key -> (claimant, origin, description). The claimant is the publisher named in a claim; the origin says
# which reports are independent of each other (republications of one agency's report share its origin). Who
# published what follows resources/geodata/control/SOURCES.md ("AFP via tellerreport", "AFP FR (La Libre,
# swissinfo, RFI)", "APP/UrduPoint", "AFP AR (sauress)", "AFP FR (dknews)", "Reuters (hamodia)" ...).
SOURCES = {
    "SOHR139035": ("SOHR", "SOHR", "Syrian Observatory for Human Rights (English)"),
    "SOHR158239": ("SOHR", "SOHR", "Syrian Observatory for Human Rights (English)"),
    "WP-TMOIG": ("Wikipedia", "Wikipedia",
                 "English Wikipedia, \"Turkish military operation in Idlib Governorate\""),
    "WP-COC": ("Wikipedia", "Wikipedia", "English Wikipedia, \"Control of cities during the Syrian civil war\""),
    "WP-DMZ": ("Wikipedia", "Wikipedia", "English Wikipedia, \"Idlib demilitarization (2018–2019)\""),
    "WP-NWSO19": ("Wikipedia", "Wikipedia",
                  "English Wikipedia, \"Northwestern Syria offensive (April–August 2019)\""),
    "AMN-2019-08-20": ("Al-Masdar News", "Al-Masdar News", "Al-Masdar News"),
    "AMN-2020-02-07": ("Al-Masdar News", "Al-Masdar News", "Al-Masdar News"),
    "AMN-2020-03-02": ("Al-Masdar News", "Al-Masdar News", "Al-Masdar News"),
    "AMN-2020-03-05": ("Al-Masdar News", "Al-Masdar News", "Al-Masdar News"),
    "TELLER-2019-08-23": ("AFP", "AFP", "AFP, republished by Teller Report"),
    "MB-AFP-2019-08-23": ("AFP", "AFP", "AFP, republished by the Manila Bulletin"),
    "URDU-2019-08-23": ("APP", "APP", "APP, republished by UrduPoint"),
    "LALIBRE-2020-01-29": ("AFP", "AFP", "AFP (French), republished by La Libre Belgique"),
    "SWISSINFO-2020-01-29": ("AFP", "AFP", "AFP (French), republished by swissinfo.ch"),
    "RFI-2020-01-29": ("AFP", "AFP", "AFP (French), republished by RFI"),
    "SPUTNIKFR-2020-02-03": ("Sputnik France", "Sputnik", "Sputnik France"),
    "ARMENEWS-2020-02": ("AFP", "AFP", "AFP (French), republished by armenews.com"),
    "SAURESS-1671531": ("AFP", "AFP", "AFP (Arabic), republished by sauress.com"),
    "ALA-2020-02-08": ("Al Arabiya", "Al Arabiya", "Al Arabiya (English)"),
    "DKNEWS-115078": ("AFP", "AFP", "AFP (French), republished by DK News"),
    "ECONOSTRUM-2020-02": ("Econostrum", "Econostrum", "Econostrum"),
    "NEWARAB-2020-02-07": ("The New Arab", "The New Arab", "The New Arab"),
    "HAMODIA-REU-2020-02-27": ("Reuters", "Reuters", "Reuters, republished by Hamodia"),
    "HAARETZ-2020-02-28": ("Haaretz", "Haaretz", "Haaretz"),
    "RAFIDAIN-90086": ("Al-Rafidain", "Al-Rafidain", "Al-Rafidain (Arabic)"),
    "ZAMAN-211636": ("Zaman Arabic", "Zaman Arabic", "Zaman Arabic"),
    "JOWHAR-2020-03-05": ("Jowhar", "Jowhar", "Jowhar"),
    "INFOBALKANS-2020-03-05": ("InfoBalkans", "InfoBalkans", "InfoBalkans"),
    "POLITICO-2020-03-05": ("Politico", "Politico", "Politico Europe"),
    "AKH-285152": ("Al-Akhbar", "Al-Akhbar", "Al-Akhbar (Arabic)"),
    "DJAZAIRESS-164708": ("Djazairess", "Djazairess", "Djazairess (Arabic)"),
    "ISW-NEWS": ("ISW News", "ISW News", "ISW News (tag page)"),
}

# --- Wikipedia text copies -----------------------------------------------------------------------------------------
# page key -> (title in wikipedia_excerpts_CC-BY-SA.md, path of the text copy in GitHub front-lines-org/website,
# pubDate of that copy). The pubDate is read from the front matter of the copy as stored at commit
# 12c2c11fb34f17378d84062010143df6c0bea911; SOURCES.md cites commit 769c697337a7b0da04f9ff57aeba945e93d8b4b4 and
# dates the copies "2023-08" without a day.
MIRROR_COMMIT = "12c2c11fb34f17378d84062010143df6c0bea911"
WIKI_PAGES = {
    "tmoig": ("Turkish military operation in Idlib Governorate",
              "src/content/blog/syria/turkish_military_operation_in_idlib_governorate.md", "2023-08-20"),
    "coc": ("Control of cities during the Syrian civil war",
            "src/content/blog/syria/control_of_cities_during_the_syrian_civil_war.md", "2023-10-09"),
    "dmz": ("Idlib demilitarization (2018-2019)",
            "src/content/blog/syria/idlib_demilitarization_(2018–2019).md", "2023-08-05"),
}
WIKI_PUBLISHED_NOTES = {
    "coc": " This pubDate is later than the 2023-08 that SOURCES.md gives for the copy it cites; it is the "
           "date of the copy that could be checked, whose row text is the same.",
}

WP_CLAIM = ("Wikipedia's own statement (a compilation; its footnotes were stripped in the text copy), so "
            "claimed, not assessed")


def A(quote, props, nth=0):
    """An annotation: QUOTE (its NTH occurrence in the text, from 0) with its properties."""
    return (quote, nth, props)


def actor(a, quote, nth=0, notes=None):
    p = {"kind": "actor", "entity": f"actor:{a}"}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def place(key, quote, nth=0, precision=None, notes=None):
    p = {"kind": "place", "entity": key}
    if precision:
        p["geo_precision"] = precision
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def post(n, quote, nth=0, notes=None):
    p = {"kind": "post", "entity": f"post:{n}"}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def post_event(n, quote, event, event_date=None, time_precision=None, date_note=None, nth=0, notes=None):
    """A post annotation that says what happened to the post (EVENT, one of POST_EVENTS) and when. In an event
    summary, EVENT_DATE None means the event's own date (filled in by summary_reports)."""
    if event not in POST_EVENTS:
        fail(f"post {n}: unknown post event {event!r}")
    p = {"kind": "post", "entity": f"post:{n}", "event_date": event_date, "time_precision": time_precision,
         "date_note": date_note, "sub_event_type": event}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def road(ref, quote, nth=0, notes=None):
    p = {"kind": "road", "entity": f"road:{ref}"}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def area(pcode, quote, nth=0, notes=None):
    p = {"kind": "area", "entity": f"area:{pcode}"}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def figure(quote, value, unit, nth=0, notes=None):
    p = {"kind": "figure", "entity": "figure", "value": value, "unit": unit}
    if notes:
        p["notes"] = notes
    return A(quote, p, nth)


def wp_claim(quote, place_key, controller, event_date, time_precision, date_note, notes, previous=None,
             sub_event=None, geo_precision=1, nth=0):
    p = {"kind": "claim", "event_date": event_date, "time_precision": time_precision, "date_note": date_note}
    if sub_event:
        p["sub_event_type"] = sub_event
    p.update({"place": place_key, "controller": controller})
    if previous:
        p["previous_controller"] = previous
    p.update({"claimant": "Wikipedia", "claim_status": "claimed", "geo_precision": geo_precision,
              "notes": notes + "; " + WP_CLAIM})
    return A(quote, p, nth)


# Paragraphs of wikipedia_excerpts_CC-BY-SA.md made into reports. "starts" picks a paragraph of the page by its
# first words; "row" picks a table row by its first cell (the report's text is the row's description cell).
WIKIPEDIA_REPORTS = [
    dict(page="tmoig", starts="In August 2019, the Turkish Armed Forces", slug="2019-08-maar-hattat-post",
         label="paragraph of August 2019", events=[],
         annotations=[
             actor("turkey", "the Turkish Armed Forces"),
             post_event(13, "unofficial 13th observation post at Maar Hattat", POST_SET_UP, "2019-08", 3,
                        "\"In August 2019\"",
                        notes="post 13 of the posts table (Maar Hattat, unofficial, 2019-08); \"constructed\" in "
                              "August 2019, the day not given: counts from the end of the month"),
             place("maar_hattat", "Maar Hattat"),
             figure("10 kilometers", 10, "km", notes="distance of the post south of Maarat al-Numan"),
             place("maarat_al_numan", "Ma'arrat al-Nu'man"),
         ]),
    dict(page="tmoig", starts="In late August 2019, the Turkish observation post at Morek",
         slug="2019-08-late-morek", label="paragraph of late August 2019", events=["E03"],
         annotations=[
             wp_claim("In late August 2019, the Turkish observation post at Morek was fully encircled by the Syrian "
                      "Army after it captured a rebel pocket in the region",
                      "morek", "government", "2019-08-21/2019-08-31", 2, "In late August 2019",
                      "the paragraph says the army captured the rebel pocket around the Turkish post at Morek; "
                      "the town is taken to lie in that pocket, as in the data set (E03, 2019-08-23: Morek, Kafr "
                      "Zita and the Latamneh pocket); counts from the end of August",
                      previous="opposition", sub_event=GOV_GAIN, geo_precision=2),
             post_event(9, "Turkish observation post at Morek", POST_ENCIRCLED, "2019-08-21/2019-08-31", 2,
                        "\"In late August 2019\"",
                        notes="post 9 of the posts table (Morek); \"fully encircled\"; counts from the end of "
                              "August (the data set, E03, dates it 2019-08-23)"),
             place("morek", "Morek"),
             actor("syrian-army", "Syrian Army"),
             actor("turkey", "The Turkish government"),
         ]),
    dict(page="tmoig", starts="In late December 2019, the Turkish observation post near Sarman",
         slug="2019-12-late-sarman-post", label="paragraph of late December 2019", events=[],
         annotations=[
             post_event(6, "Turkish observation post near Sarman", POST_ENCIRCLED, "2019-12-21/2019-12-31", 2,
                        "\"In late December 2019\"",
                        notes="post 6 of the posts table (Sarman, encircled late December 2019); counts from the "
                              "end of December; Sarman is not in the gazetteer, so the encirclement is not a claim "
                              "about a place"),
             actor("syrian-army", "Syrian Army"),
             actor("turkey", "Turkey"),
         ]),
    dict(page="tmoig", starts="On 29 January 2020, the Syrian Army encircled", slug="2020-01-29-rashidin-post",
         label="paragraph of 29 January 2020", events=[],
         annotations=[
             actor("syrian-army", "Syrian Army"),
             post_event(10, "Turkish observation post at Rashidin", POST_ENCIRCLED, "2020-01-29", 1,
                        "\"On 29 January 2020\"",
                        notes="post 10 of the posts table (Southern Al-Rashidin, encircled 2020-01-29)"),
             place("aleppo", "Aleppo", notes="the post is in the western outskirts of the city"),
             actor("rebels", "rebel forces"),
         ]),
    dict(page="tmoig", starts="On 30 January 2020, following the Syrian Army's capture", slug="2020-01-30-saraqib-posts",
         label="paragraph of 30 January 2020", events=["E05", "E07"],
         annotations=[
             wp_claim("following the Syrian Army's capture of Ma'arrat al-Nu'man", "maarat_al_numan", "government",
                      "2020-01-30", 2,
                      "the capture is not dated in the paragraph, only said to come before 30 January 2020",
                      "dated by the paragraph's day: the town was held by then (the data set, E05, has the army "
                      "entering on 2020-01-28)", sub_event=GOV_GAIN),
             actor("syrian-army", "Syrian Army"),
             place("maarat_al_numan", "Ma'arrat al-Nu'man"),
             actor("turkey", "the Turkish Army"),
             post_event(16, "two more observation posts", POST_SET_UP, "2020-01-30", 1, "\"On 30 January 2020\"",
                        notes="post 16 of the posts table: the installations around Saraqib (north and south "
                              "2020-01-30, east 2020-02-01, west 2020-02-07); these are the north and south ones"),
             place("saraqib", "Saraqib"),
             post_event(16, "a third post", POST_SET_UP, "2020-02-01", 1,
                        "\"on 1 February\", after the 30 January 2020 of the same paragraph",
                        notes="the eastern installation of post 16, 2020-02-01"),
         ]),
    dict(page="tmoig", starts="On 1 February 2020, the Syrian military encircled",
         slug="2020-02-01-maar-hattat-post", label="paragraph of 1 February 2020", events=["E02"],
         annotations=[
             actor("syrian-army", "Syrian military"),
             post_event(13, "Turkish observation post at Maar Hattat", POST_ENCIRCLED, "2020-02-01", 1,
                        "\"On 1 February 2020\"", notes="post 13 of the posts table (Maar Hattat)"),
             place("maar_hattat", "Maar Hattat"),
             wp_claim("the Syrian Army's capture of Khan Shaykhun in the summer of 2019", "khan_shaykhun",
                      "government", "2019-06-21/2019-09-22", 3, "in the summer of 2019",
                      "only the season is given; it counts from the end of summer (the data set, E02, dates the "
                      "capture 2019-08-21)", sub_event=GOV_GAIN),
             actor("syrian-army", "Syrian Army"),
             place("khan_shaykhun", "Khan Shaykhun"),
         ]),
    dict(page="tmoig", starts="On 5 February, the Syrian Army captured the village of Tell Touqan",
         slug="2020-02-05-tell-touqan-post", label="paragraph of 5 February 2020", events=[],
         notes="The capture of Tell Touqan is not written as a claim: the village is not in the gazetteer, and no "
               "coordinates of it were collected.",
         annotations=[
             actor("syrian-army", "Syrian Army"),
             post_event(5, "the Turkish observation post located there", POST_ENCIRCLED, "2020-02-05", 1,
                        "\"On 5 February\", in the article's section \"2020\"",
                        notes="post 5 of the posts table (Tell Tuqan, encircled 2020-02-05); the paragraph adds "
                              "that it was not clear whether the post was placed under siege"),
         ]),
    dict(page="tmoig", starts="On 6 February, the Turkish Armed Forces established", slug="2020-02-06-taftanaz-saraqib",
         label="paragraph of 6 February 2020", events=[],
         notes="\"Completely encircled\" is not a change of control, so no claim is written. The data set (E08) "
               "has government forces entering Saraqib on the evening of 2020-02-05, a day before this "
               "encirclement: the sources differ.",
         annotations=[
             actor("turkey", "the Turkish Armed Forces"),
             post_event(22, "a new outpost at Taftanaz Military Airbase", POST_SET_UP, "2020-02-06", 1,
                        "\"On 6 February\", in the article's section \"2020\"",
                        notes="post 22 of the posts table (Taftanaz military airbase, 2020-02-06)"),
             place("taftanaz", "Taftanaz", precision=2, notes="the airbase lies just outside the town"),
             actor("syrian-army", "Syrian Air Force"),
             actor("syrian-army", "Syrian Army"),
             place("saraqib", "Saraqib"),
             post_event(16, "four unofficial TAF military installations", POST_ENCIRCLED, "2020-02-06", 1,
                        "\"On 6 February\", in the article's section \"2020\"",
                        notes="post 16 of the posts table: the installations inside the town the army \"completely "
                              "encircled\"; the paragraph of 27 February 2020 speaks of the siege of these posts. "
                              "The paragraph counts four installations, while the western one is dated 7 February "
                              "in the next paragraph and in the posts table: the sources differ"),
             figure("four unofficial TAF military installations", 4, "military installations"),
         ]),
    dict(page="tmoig", starts="On 7 February, the Turkish Armed Forces created", slug="2020-02-07-saraqib-west-post",
         label="paragraph of 7 February 2020", events=[],
         annotations=[
             actor("turkey", "the Turkish Armed Forces"),
             post_event(16, "a new military post", POST_SET_UP, "2020-02-07", 1,
                        "\"On 7 February\", in the article's section \"2020\"",
                        notes="the western installation of post 16 (2020-02-07 in the posts table)"),
             place("idlib", "Idlib City"),
             place("saraqib", "Saraqib"),
         ]),
    dict(page="tmoig", starts="On 8 February, the Turkish Armed Forces established", slug="2020-02-08-mastumah-al-eis",
         label="paragraph of 8 February 2020", events=[],
         notes="The capture of Al-Eis is not written as a claim: the town is not in the gazetteer, and no "
               "coordinates of it were collected.",
         annotations=[
             actor("turkey", "the Turkish Armed Forces"),
             post_event(29, "yet another military post", POST_SET_UP, "2020-02-08", 1,
                        "\"On 8 February\", in the article's section \"2020\"",
                        notes="post 29 of the posts table (Al-Mastumah camp, 2020-02-08)"),
             place("idlib", "Idlib City"),
             place("ariha", "Ariha"),
             actor("syrian-army", "Syrian Army"),
             post_event(4, "the Turkish observation post at Al-Eiss", POST_ENCIRCLED, "2020-02-07/2020-02-08", 2,
                        "\"A day after the Syrian Army began encircling\" the post, in the paragraph of 8 February "
                        "2020; the day of the capture is not written",
                        notes="post 4 of the posts table (Al-Eis, near Al-Hadher), whose notes read \"encircled "
                              "then town+hill captured by government 2020-02-08\": the army began encircling the "
                              "post and a day later took the town and the hill it stands on; counts from "
                              "2020-02-08, the paragraph's day"),
             actor("rebels", "the rebel forces"),
             actor("syrian-army", "government forces"),
         ]),
    dict(page="tmoig", starts="On 14 February, the Turkish army set up", slug="2020-02-14-deir-sunbul-base",
         label="paragraph of 14 February 2020", events=[],
         annotations=[
             actor("turkey", "the Turkish army"),
             place("deir_sunbul", "Deir Sunbul", notes="the base is not in the posts table"),
         ]),
    dict(page="tmoig", starts="On 15 February, the Turkish army established", slug="2020-02-15-darat-izza-posts",
         label="paragraph of 15 February 2020", events=[],
         annotations=[
             actor("turkey", "the Turkish army"),
             post_event(32, "two new military posts", POST_SET_UP, "2020-02-15", 1,
                        "\"On 15 February\", in the article's section \"2020\"",
                        notes="post 32 of the posts table (Darat Izza, two posts)"),
             figure("two new military posts", 2, "military posts"),
             place("darat_izza", "Darat Izza"),
         ]),
    dict(page="tmoig", starts="On 16 February, the Syrian Army shelled", slug="2020-02-16-sheikh-aqil-post",
         label="paragraph of 16 February 2020", events=[],
         annotations=[
             actor("syrian-army", "Syrian Army"),
             post(3, "the Turkish military post at Shekh Aqil", notes="post 3 of the posts table (Sheikh Aqil)"),
         ]),
    dict(page="tmoig", starts="On 17 February, the Syrian Observatory", slug="2020-02-17-sohr-post-count",
         label="paragraph of 17 February 2020", events=[],
         annotations=[
             actor("sohr", "Syrian Observatory for Human Rights"),
             actor("turkey", "the Turkish military"),
             figure("35", 35, "military installations",
                    notes="official and unofficial Turkish military installations in Idlib, according to SOHR"),
             area("SY07", "Idlib", notes="the governorate"),
         ]),
    dict(page="tmoig", starts="On 26 February, 2 Turkish troops were killed", slug="2020-02-26-deir-sunbul",
         label="paragraph of 26 February 2020", events=["E12"],
         annotations=[
             figure("2 Turkish troops", 2, "soldiers killed"),
             area("SY07", "Idlib province"),
             wp_claim("The Syrian Army captured Deir Sunbul", "deir_sunbul", "government", "2020-02-26", 1,
                      "\"On 26 February\", in the article's section \"2020\"",
                      "previous controller from the data set (E12): the paragraph implies it by the besieged "
                      "Turkish post", previous="opposition", sub_event=GOV_GAIN),
             actor("syrian-army", "The Syrian Army"),
             place("deir_sunbul", "Deir Sunbul"),
             post_event(11, "the nearby Turkish observation post", POST_ENCIRCLED, "2020-02-26", 1,
                        "\"On 26 February\", in the article's section \"2020\"",
                        notes="post 11 of the posts table (Shir Maghar); \"besieging\""),
         ]),
    dict(page="tmoig", starts="On 27 February, at least 33 Turkish soldiers", slug="2020-02-27-saraqeb",
         label="paragraph of 27 February 2020", events=["E13"],
         annotations=[
             figure("at least 33 Turkish soldiers", 33, "soldiers killed", notes="\"at least\""),
             actor("syrian-army", "Syrian", notes="\"Syrian or Russian airstrikes\""),
             actor("russia", "Russian"),
             wp_claim("Rebel forces advanced on Saraqeb under the cover of Turkish missile fire, thus managing to "
                      "recapture the town",
                      "saraqib", "opposition", "2020-02-27", 1, "\"On 27 February\", in the article's section "
                      "\"Operation Spring Shield\" (2020)",
                      "the town had been taken by the government earlier in February (data set E08, E09)",
                      previous="government", sub_event=NSA_GAIN),
             actor("rebels", "Rebel forces"),
             place("saraqib", "Saraqeb"),
             actor("turkey", "Turkish", nth=1, notes="\"Turkish missile fire\""),
             post(16, "three of the four surrounding Turkish observation posts",
                  notes="post 16 of the posts table: its northern, western and southern installations, whose "
                        "siege was lifted; the vocabulary has no event for a lifted siege, and the eastern "
                        "installation stayed surrounded, so post 16 stays encircled"),
             post_event(16, "The eastern observation post", POST_ENCIRCLED, "2020-02-27", 1,
                        "\"On 27 February\", in the article's section \"Operation Spring Shield\" (2020)",
                        notes="the eastern installation of post 16 \"remained surrounded by government forces\""),
             actor("syrian-army", "government forces"),
         ]),
    dict(page="tmoig", starts="On 18 March, Turkish troops entered", slug="2020-03-18-m4",
         label="paragraph of 18 March 2020", events=[],
         annotations=[
             actor("turkey", "Turkish troops"),
             road("M4", "M4"),
             actor("hts", "Hayat Tahrir al-Sham"),
             actor("jihadist-groups", "jihadist factions"),
         ]),
    dict(page="tmoig", starts="On 19 October 2020, Turkey withdrew", slug="2020-10-19-morek-withdrawal",
         label="paragraph of 19 October 2020", events=["E17"],
         notes="The paragraph says who left, not who holds the place afterwards, so it carries no claim (the "
               "data set's summary of E17 does, after ISW News).",
         annotations=[
             actor("turkey", "Turkey"),
             post_event(9, "its base at Morek", POST_WITHDRAWN, "2020-10-19", 1, "\"On 19 October 2020\"",
                        notes="post 9 of the posts table (Morek); \"Turkey withdrew its military presence\""),
             place("morek", "Morek"),
             area("SY05", "Hama Governorate"),
         ]),
    dict(page="coc", row="Anadan", slug="2020-02-16-anadan", label="table row Anadan", events=["E11"],
         annotations=[
             place("anadan", "Anadan"),
             wp_claim("On 16 February 2020, the Syrian Army took the city", "anadan", "government", "2020-02-16", 1,
                      "\"On 16 February 2020\"",
                      "previous controller from the data set (E11); the row tells of rebel control from 2012",
                      previous="opposition", sub_event=GOV_GAIN),
             actor("syrian-army", "Syrian Army"),
         ]),
    dict(page="coc", row="Khan Tuman", slug="2020-01-29-khan-tuman", label="table row Khan Tuman", events=["E06"],
         annotations=[
             place("khan_tuman", "Khan Tuman"),
             wp_claim("On 29 January 2020, government forces captured the town", "khan_tuman", "government",
                      "2020-01-29", 1, "\"On 29 January 2020\"",
                      "previous controller from the data set (E06)", previous="opposition", sub_event=GOV_GAIN),
             actor("syrian-army", "government forces", nth=1),
         ]),
    dict(page="coc", row="Khan Shaykhun", slug="2019-08-20-khan-shaykhun", label="table row Khan Shaykhun", events=["E02"],
         annotations=[
             place("khan_shaykhun", "Khan Shaykhun"),
             wp_claim("On 20 August 2019, the rebel and Islamic factions including jihadi groups like a Hayat Tahrir "
                      "al-Sham have withdrawn from Khan Shaykhun in the southern countryside of Idlib completely",
                      "khan_shaykhun", "unknown", "2019-08-20", 1, "\"On 20 August 2019\"",
                      "the sentence says only that the rebel and jihadist factions withdrew, not who then held the "
                      "town, so the controller is unknown (the data set, E02, has government forces in full "
                      "control on 2019-08-21); the factions were led by HTS but not only HTS, hence opposition "
                      "before", previous="opposition"),
             actor("rebels", "the rebel and Islamic factions"),
             actor("jihadist-groups", "jihadi groups"),
             actor("hts", "Hayat Tahrir al-Sham"),
             place("khan_shaykhun", "Khan Shaykhun", nth=1),
             area("SY07", "the southern countryside of Idlib", notes="the south of the governorate"),
         ]),
    dict(page="dmz", starts="On 1 August 2019, following several months", slug="2019-08-truces",
         label="paragraph on August 2019", events=[],
         notes="\"Northwesterfinal\" is as in the text copy (the words \"Northwestern Syria offensive\" and "
               "\"final\" run together there); it is kept unchanged.",
         annotations=[
             actor("syrian-government", "the Syrian Government"),
             actor("rebels", "rebel groups"),
             actor("hts", "Hayat Tahrir al-Sham"),
             actor("syrian-army", "the Syrian Army"),
             actor("rebels", "rebel groups", nth=2),
         ]),
    dict(page="dmz", starts="The subsequent 2019-2020 Northwestern Syria offensive", slug="2020-02-m5",
         label="paragraph on February 2020", events=["E11"],
         notes="The M5 is a road, not a place, so its recapture is not written as a claim; the data set (E11) "
               "dates the last M5 town, Anadan, 2020-02-16.",
         annotations=[
             actor("syrian-army", "the Syrian Army"),
             actor("syrian-army", "the Syrian Army", nth=1),
             road("M5", "M5 Motorway"),
         ]),
    dict(page="dmz", starts="On 5 March 2020, Russia and Turkey", slug="2020-03-05-ceasefire",
         label="paragraph on March 2020", events=["E15", "E16"],
         annotations=[
             actor("russia", "Russia"),
             actor("turkey", "Turkey"),
             figure("12 km", 12, "km", notes="width of the corridor along the M4"),
             road("M4", "M4 Motorway"),
             area("SY07", "Idlib", notes="the governorate"),
             place("latakia", "Latakia"),
         ]),
]

# --- Event summaries -----------------------------------------------------------------------------------------------
# How each event of the data set is reported: by a summary (SUMMARY_ANNOTATIONS), or by the Wikipedia paragraphs
# above when Wikipedia is its only source and its text is among the excerpts.
COVERED_BY_WIKIPEDIA = {
    "E06": "Khan Tuman: the Wikipedia row is the event's only source",
    "E07": "Saraqib posts: the Wikipedia paragraph of 30 January 2020 is the event's only source",
    "E11": "Anadan: the Wikipedia row and paragraph are the event's only sources",
    "E12": "Deir Sunbul: the Wikipedia paragraph of 26 February 2020 is the event's only source",
}


def summary_claim(quote, nth=0, **extra):
    """A claim of an event summary; the event fills in what is not given."""
    return A(quote, dict({"kind": "claim"}, **extra), nth)


SUMMARY_ANNOTATIONS = {
    "E01": [
        summary_claim("Government forces capture Qalaat al-Madiq", sub_event_type=GOV_GAIN),
        actor("syrian-army", "Government forces"),
        place("qalaat_al_madiq", "Qalaat al-Madiq"),
    ],
    "E02": [
        summary_claim("Government forces take full control of Khan Shaykhun", sub_event_type=GOV_GAIN),
        actor("syrian-army", "Government forces"),
        place("khan_shaykhun", "Khan Shaykhun"),
        road("M5", "M5"),
        actor("rebels", "rebels"),
    ],
    "E03": [
        summary_claim("Government forces take Morek", sub_event_type=GOV_GAIN,
                      notes_extra="the pocket also held Kafr Zita (E04) and Latamneh (not in the gazetteer)"),
        actor("syrian-army", "Government forces"),
        place("morek", "Morek"),
        place("kafr_zita", "Kafr Zita"),
        post_event(9, "Turkish post 9 at Morek", POST_ENCIRCLED,
                   notes="the summary says the post was encircled when the pocket was taken"),
        place("morek", "Morek", nth=1),
    ],
    "E04": [
        summary_claim("Kafr Zita taken without fighting", sub_event_type=NON_VIOLENT),
        place("kafr_zita", "Kafr Zita"),
        area("SY05", "northern Hama", notes="the north of Hama governorate"),
    ],
    "E05": [
        summary_claim("Government forces enter and then announce control of Maarat al-Numan",
                      sub_event_type=GOV_GAIN),
        actor("syrian-army", "Government forces"),
        place("maarat_al_numan", "Maarat al-Numan"),
        road("M5", "M5"),
        summary_claim("army communique Wed 2020-01-29", event_date="2020-01-29", time_precision=1,
                      date_note="army communique Wed 2020-01-29", claimant="Syrian army (communiqué)",
                      claim_status="claimed", sub_event_type=GOV_GAIN,
                      notes_extra="the army's announcement of control, as reported in the event's sources"),
        actor("syrian-army", "army"),
    ],
    "E08": [
        summary_claim("Government forces enter Saraqib after HTS withdrawal to the north",
                      notes_extra="government forces inside the town, no one holding all of it: contested until "
                                  "the full control of E09"),
        actor("syrian-army", "Government forces"),
        place("saraqib", "Saraqib"),
        actor("hts", "HTS"),
    ],
    "E09": [
        summary_claim("Government declares full control of Saraqib", event_date="2020-02-06/2020-02-08",
                      time_precision=2, sub_event_type=GOV_GAIN,
                      notes_extra="the day varies by outlet (see the three claims on the date note); counts from "
                                  "2020-02-08, the data set's date"),
        actor("syrian-government", "Government"),
        place("saraqib", "Saraqib"),
        road("M4", "M4"),
        road("M5", "M5"),
        summary_claim("capture announced by SAA on Thu 2020-02-06 (AMN)", event_date="2020-02-06",
                      time_precision=1, date_note="Thu 2020-02-06", claimant="Syrian Arab Army (via Al-Masdar News)",
                      claim_status="claimed", sub_event_type=GOV_GAIN, source="AMN-2020-02-07",
                      notes_extra="the army's announcement, as Al-Masdar News reported it"),
        actor("syrian-army", "SAA"),
        summary_claim("SANA on Fri 2020-02-07", event_date="2020-02-07", time_precision=1,
                      date_note="Fri 2020-02-07", claimant="SANA", claim_status="claimed", sub_event_type=GOV_GAIN,
                      source=None,
                      notes_extra="the state agency's announcement; the data set does not say which of its "
                                  "sources reports it"),
        actor("sana", "SANA"),
        summary_claim("state TV 'full control' Sat 2020-02-08", event_date="2020-02-08", time_precision=1,
                      date_note="Sat 2020-02-08", claimant="state TV", claim_status="claimed",
                      sub_event_type=GOV_GAIN, source=None,
                      notes_extra="Syrian state television; the AFP dispatch of that day "
                                  "(afp-2020-02-08-saraqeb) quotes it"),
        actor("state-tv", "state TV"),
    ],
    "E10": [
        actor("turkey", "Turkey"),
        figure("about 150 vehicles", 150, "vehicles", notes="\"about\"; with commandos"),
        area("SY07", "Idlib", notes="the Turkish posts in Idlib governorate"),
        post_event(21, "new post west of Sarmin", POST_SET_UP,
                   notes="post 21 of the posts table (Sarmin, 2020-02-07)"),
        place("sarmin", "Sarmin"),
    ],
    "E13": [
        summary_claim("Turkish-backed rebels (National Liberation Front) retake Saraqib", sub_event_type=NSA_GAIN,
                      notes_extra="at first denied by a Russian military source (date note)"),
        actor("rebels", "Turkish-backed rebels"),
        actor("rebels", "National Liberation Front"),
        place("saraqib", "Saraqib"),
        actor("turkey", "Turkish", nth=1, notes="\"Turkish artillery cover\""),
        actor("russia", "a Russian military source"),
    ],
    "E14": [
        summary_claim("Government forces with Hezbollah and Russian air support retake Saraqib",
                      sub_event_type=GOV_GAIN),
        actor("syrian-army", "Government forces"),
        actor("hezbollah", "Hezbollah"),
        actor("russia", "Russian"),
        place("saraqib", "Saraqib"),
    ],
    "E15": [
        actor("russia", "Russia"),
        actor("turkey", "Turkey"),
        figure("6 km north", 6, "km", notes="depth of the security corridor north of the M4"),
        figure("6 km south", 6, "km", notes="depth of the security corridor south of the M4"),
        road("M4", "M4"),
        post(17, "Tronba/Trumba",
             notes="the village of post 17 of the posts table (Al-Tarnabah); the village itself is not in the "
                   "gazetteer"),
        figure("about 2 km", 2, "km", notes="\"about\"; distance of Tronba/Trumba west of Saraqib"),
        place("saraqib", "Saraqib"),
        place("ain_al_hur", "Ain al-Hur"),
    ],
    "E16": [
        road("M4", "M4"),
        place("ain_al_hur", "Ain al-Hur"),
    ],
    "E17": [
        actor("turkey", "Turkey"),
        post_event(9, "its encircled post at Morek", POST_WITHDRAWN, notes="post 9 of the posts table (Morek)"),
        place("morek", "Morek"),
        summary_claim("ISW News reports Syrian troops inside the vacated post by 2020-11-03", place="morek",
                      controller="government", event_date="2020-10-19/2020-11-03", time_precision=2,
                      date_note="between the Turkish withdrawal, 2020-10-19 (WP-TMOIG), and 2020-11-03, by when "
                                "ISW News reports Syrian troops inside the vacated post",
                      sub_event_type=NON_VIOLENT, claimant="ISW News", claim_status="claimed",
                      source="ISW-NEWS", geo_precision=2, previous_controller=None,
                      notes_extra="the vacated Turkish post 9 at Morek, located by the town's point; the town "
                                  "itself had been held by the government since 2019-08-23 (E03), so no previous "
                                  "controller is given for it"),
        actor("syrian-army", "Syrian troops"),
    ],
}

TYPE_TITLES = {
    "control_change": "Change of control at {place}",
    "turkish_deployment": "Turkish deployment, located at {place}",
    "turkish_withdrawal": "Turkish withdrawal from {place}",
    "ceasefire": "Ceasefire, located at {place}",
}


# --- Helpers -------------------------------------------------------------------------------------------------------
def fail(message):
    raise SystemExit(f"build_history_reports: {message}")


def nth_index(text, quote, nth, where):
    at = -1
    for _ in range(nth + 1):
        at = text.find(quote, at + 1)
        if at < 0:
            fail(f"{where}: quote {quote!r} has no occurrence {nth}")
    return at


def ascii_url(url):
    """The address with non-ASCII characters percent-encoded (the same address, as an ASCII URI)."""
    return urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def first_url(value):
    """The address of a source_keys.json value ("https://... (text copy: ...)" keeps the address only)."""
    url = value.split(" ")[0]
    if not re.match(r"https?://", url):
        fail(f"not an address: {value!r}")
    return url


def slug(key):
    return key.replace("_", "-")


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# --- Controllers ---------------------------------------------------------------------------------------------------
def map_controller(value, event_id):
    """The data set's controller words -> (vocabulary value, note). HTS is written hts only where the data set
    names it alone as the holder; "opposition (HTS-led)" stays opposition, with a note."""
    v = value.strip()
    if v in ("government", "contested", "hts", "turkey"):
        return v, None
    m = re.fullmatch(r"opposition(?: \((.+)\))?", v)
    if m:
        qualifier = m.group(1)
        if not qualifier:
            return "opposition", None
        if "HTS" in qualifier:
            return "opposition", (f"the data set gives \"{v}\": rebel factions with Hayat Tahrir al-Sham "
                                  "foremost; written opposition, as the data set does not name HTS alone as the "
                                  "holder")
        return "opposition", f"the data set gives \"{v}\""
    fail(f"{event_id}: unknown controller {value!r}")


# --- Reports -------------------------------------------------------------------------------------------------------
def annotate(text, annotations, where, known):
    features = []
    for number, (quote, nth, props) in enumerate(annotations, start=1):
        start = nth_index(text, quote, nth, where)
        end = start + len(quote)
        p = {k: v for k, v in props.items() if v is not None}
        entity = p.get("entity")
        if entity and entity != "figure" and entity not in known:
            fail(f"{where}: unknown entity {entity!r}")
        if p["kind"] == "claim" and p["place"] not in known:
            fail(f"{where}: unknown place {p['place']!r}")
        if p["kind"] == "post" and ("sub_event_type" in p or "event_date" in p):
            if p.get("sub_event_type") not in POST_EVENTS or "event_date" not in p:
                fail(f"{where}: a dated post annotation needs an event_date and a sub_event_type of "
                     f"{POST_EVENTS}: {quote!r}")
        p["quote"] = quote
        p["prefix"] = text[max(0, start - CONTEXT):start]
        p["suffix"] = text[end:end + CONTEXT]
        p["start"] = start
        p["end"] = end
        unknown = set(p) - set(PROPERTY_ORDER)
        if unknown:
            fail(f"{where}: unknown properties {sorted(unknown)}")
        features.append({"type": "Feature", "id": f"a{number}", "geometry": None,
                         "properties": {k: p[k] for k in PROPERTY_ORDER if k in p}})
    return features


def document(article, features):
    order = ["id", "title", "publisher", "url", "published", "language", "kind", "licence", "notes", "text"]
    return {"type": "FeatureCollection", "frontline": "article/1",
            "article": {k: article[k] for k in order if k in article}, "features": features}


def parse_wikipedia(path):
    """page key -> {"url", "paragraphs": [(section, text)], "rows": {first cell: description cell}}."""
    titles = {title: key for key, (title, _, _) in WIKI_PAGES.items()}
    pages, page, section = {}, None, ""
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            heading = re.match(r"(#+) (.*)$", line)
            if heading:
                level, title = len(heading.group(1)), heading.group(2)
                if level == 2:
                    m = re.match(r"(.+?) \((https?://\S+)\)(?: - .*)?$", title)
                    page = titles.get(m.group(1)) if m else None
                    if page:
                        pages[page] = {"url": m.group(2), "paragraphs": [], "rows": {}}
                    section = ""
                elif level >= 3:
                    section = title
                continue
            if page is None or not line.strip():
                continue
            if line.startswith("|"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and cells[0]:
                    pages[page]["rows"][cells[0]] = cells[4]
            else:
                pages[page]["paragraphs"].append((section, line))
    missing = set(WIKI_PAGES) - set(pages)
    if missing:
        fail(f"{path}: pages not found: {sorted(missing)}")
    return pages


def wikipedia_reports(pages, known):
    reports = {}
    for spec in WIKIPEDIA_REPORTS:
        page = pages[spec["page"]]
        title, mirror_path, published = WIKI_PAGES[spec["page"]]
        if "row" in spec:
            if spec["row"] not in page["rows"]:
                fail(f"{spec['page']}: no table row {spec['row']!r}")
            text = page["rows"][spec["row"]]
            what = (f"The text is the description cell of the table row \"{spec['row']}\" (the last filled "
                    "cell; the row's name, population, district and flag cells are left out).")
        else:
            found = [(s, t) for s, t in page["paragraphs"] if t.startswith(spec["starts"])]
            if len(found) != 1:
                fail(f"{spec['page']}: {len(found)} paragraphs start with {spec['starts']!r}")
            section, text = found[0]
            what = f"The text is one paragraph of the section \"{section}\"." if section else \
                "The text is one paragraph."
        article_id = f"wikipedia-{spec['page']}-{spec['slug']}"
        events = spec["events"]
        notes = (f"Copied verbatim from the English Wikipedia article \"{title}\" as kept in "
                 "resources/geodata/control/wikipedia_excerpts_CC-BY-SA.md (text copy: GitHub "
                 f"front-lines-org/website, {mirror_path}; footnotes were already stripped there). {what} "
                 f"Authors: Wikipedia contributors; licence CC BY-SA 4.0, under which this file is shared too. "
                 f"published: the pubDate of the text copy (front matter, commit {MIRROR_COMMIT[:7]}), not a "
                 f"date of the Wikipedia article itself.{WIKI_PUBLISHED_NOTES.get(spec['page'], '')} The title is "
                 "descriptive (a paragraph has no headline). "
                 + (f"Data set events: {', '.join(events)}." if events else
                    "No event of the data set rests on this paragraph.")
                 + (f" {spec['notes']}" if spec.get("notes") else ""))
        article = {
            "id": article_id,
            "title": f"[{title}, Wikipedia: {spec['label']}]",
            "publisher": WIKIPEDIA_PUBLISHER,
            "url": ascii_url(page["url"]),
            "published": published,
            "language": "en",
            "kind": "article",
            "licence": WIKIPEDIA_LICENCE,
            "notes": notes,
            "text": text,
        }
        reports[article_id] = document(article, annotate(text, spec["annotations"], article_id, known))
    return reports


def sources_of(event, source_keys):
    keys = [k.strip() for k in event["source_keys"].split(";") if k.strip()]
    for k in keys:
        if k not in SOURCES:
            fail(f"{event['event_id']}: no publisher known for source key {k!r}; add it to SOURCES")
        if k not in source_keys:
            fail(f"{event['event_id']}: source key {k!r} is not in source_keys.json")
    return keys


def claimant_of(keys):
    names = []
    for k in keys:
        if SOURCES[k][0] not in names:
            names.append(SOURCES[k][0])
    return "; ".join(names)


def source_list(keys, source_keys):
    return "; ".join(f"{k}: {SOURCES[k][2]}, {source_keys[k]}" for k in keys)


def summary_reports(events, source_keys, names, known):
    reports = {}
    for event in events:
        eid = event["event_id"]
        if eid in COVERED_BY_WIKIPEDIA:
            continue
        if eid not in SUMMARY_ANNOTATIONS:
            fail(f"{eid}: neither summarised nor covered by a Wikipedia paragraph")
        keys = sources_of(event, source_keys)
        origins = {SOURCES[k][1] for k in keys}
        date, date_note = event["date"], event["date_note"].strip()
        text = event["summary"].strip() + (f" Date note: {date_note}." if date_note else "")
        place_name = names[event["place_key"]]
        article_id = f"summary-{date}-{eid.lower()}-{slug(event['place_key'])}"
        wikipedia_based = any(SOURCES[k][1] == "Wikipedia" for k in keys)
        article = {
            "id": article_id,
            "title": f"[Summary] {TYPE_TITLES[event['event_type']].format(place=place_name)}, {date} "
                     f"(Frontline data set, event {eid})",
            "publisher": DATASET_PUBLISHER,
            "url": ascii_url(first_url(source_keys[keys[0]])),
            "published": DATASET_PUBLISHED,
            "language": "en",
            "kind": "summary",
            "licence": "Frontline data set: a compilation of facts with citations (resources/geodata/control/"
                       "SOURCES.md)" + ("; statements drawn from Wikipedia: CC BY-SA 4.0, Wikipedia contributors"
                                        if wikipedia_based else ""),
            "notes": (f"Summary written for the Frontline data set: event {eid} of resources/geodata/control/"
                      "control_events_2019_2020.csv, in the data set's own words (its summary and date note), "
                      "not the words of any source. The title is descriptive. "
                      f"Confidence in the data set: {event['confidence']}. Sources: "
                      f"{source_list(keys, source_keys)}. url: the first of these sources; it reports the event "
                      "in its own words and does not carry this summary."),
            "text": text,
        }
        annotations = []
        for quote, nth, props in SUMMARY_ANNOTATIONS[eid]:
            if props["kind"] == "post" and props.get("sub_event_type") and props.get("event_date") is None:
                # What happened to the post, on the event's date, in the data set's words.
                p = dict(props, event_date=date, time_precision=1,
                         date_note=f"the date of event {eid} in the data set" +
                                   (f" ({date_note})" if date_note else ""))
                p["notes"] = "; ".join(n for n in (props.get("notes"),
                                                   "the quote and the state are the data set's own words (its "
                                                   "summary), not the words of a source") if n)
                annotations.append((quote, nth, p))
                continue
            if props["kind"] != "claim":
                annotations.append((quote, nth, props))
                continue
            p = dict(props)
            notes = ["the quote is the data set's own words (its summary or date note), not the words of a source"]
            extra = p.pop("notes_extra", None)
            if event["event_type"] == "control_change":
                controller, c_note = map_controller(event["controller_after"], eid)
                previous, p_note = map_controller(event["controller_before"], eid)
                claim = {"event_date": date, "time_precision": 1, "date_note": date_note or None,
                         "place": event["place_key"], "controller": controller, "previous_controller": previous,
                         "claimant": claimant_of(keys),
                         "claim_status": "assessed" if event["confidence"] == "high" and len(origins) >= 2
                         else "claimed",
                         "geo_precision": 1, "source": "; ".join(keys)}
                notes += [n for n in (c_note and "after: " + c_note, p_note and "before: " + p_note) if n]
                if claim["claim_status"] == "assessed":
                    notes.append(f"assessed: confidence {event['confidence']} in the data set, "
                                 f"{len(origins)} independent sources ({', '.join(sorted(origins))})")
                else:
                    notes.append(f"claimed: confidence {event['confidence']} in the data set, "
                                 f"{len(origins)} independent source"
                                 f"{'s' if len(origins) != 1 else ''} ({', '.join(sorted(origins))})")
            else:
                claim = {"geo_precision": 1}
            claim.update(p)
            if "claimant" in p and p["claimant"] != claimant_of(keys):
                notes = [notes[0], f"claimant: {p['claimant']}"]
            if extra:
                notes.append(extra)
            claim["notes"] = "; ".join(notes)
            annotations.append((quote, nth, claim))
        reports[article_id] = document(article, annotate(text, annotations, article_id, known))
    return reports


def stable_report(stable, source_keys, names, known):
    towns = [f["properties"] for f in stable["features"]]
    bases = []
    for t in towns:
        if t["basis"] not in bases:
            bases.append(t["basis"])
    lines = ["Towns with no change of control found in the collected sources for 2019-2020."]
    for t in towns:
        lines.append(f"{names[t['place_key']]}: {t['status_2019_2020']}.")
    lines.append("Basis: " + " / ".join(bases) + ".")
    text = " ".join(lines)
    keys = [k for k in source_keys if k in " ".join(bases)]
    annotations = []
    for t in towns:
        status = t["status_2019_2020"]
        quote = f"{names[t['place_key']]}: {status}"
        controller, note = map_controller(re.sub(r" throughout 2019-2020.*$", "", status), t["place_key"])
        notes = ["no change of control found in the collected sources for 2019-2020",
                 "the quote is the data set's summary, not the words of a source",
                 f"confidence in the data set: {t['confidence']}"]
        if note:
            notes.append(note)
        annotations.append(A(quote, {
            "kind": "claim", "event_date": BASELINE_DATE, "time_precision": 3,
            "date_note": "start of the period covered (May 2019); the data set finds the town's controller "
                         "unchanged throughout 2019-2020",
            "place": t["place_key"], "controller": controller, "claimant": "Frontline data set",
            "claim_status": "assessed", "geo_precision": 1, "source": "; ".join(keys) or None,
            "notes": "; ".join(notes)}))
        annotations.append(place(t["place_key"], names[t["place_key"]]))
    if "M4" in text:
        annotations.append(road("M4", "M4"))
    article_id = f"summary-{BASELINE_DATE}-stable-towns"
    article = {
        "id": article_id,
        "title": "[Summary] Towns with no change of control found, 2019-2020 (Frontline data set, baseline)",
        "publisher": DATASET_PUBLISHER,
        "url": ascii_url(first_url(source_keys[keys[0]])) if keys else "",
        "published": DATASET_PUBLISHED,
        "language": "en",
        "kind": "summary",
        "licence": "Frontline data set: a compilation of facts with citations (resources/geodata/control/"
                   "SOURCES.md); statements drawn from Wikipedia: CC BY-SA 4.0, Wikipedia contributors",
        "notes": ("Summary written for the Frontline data set from resources/geodata/control/"
                  "stable_towns_2019_2020.geojson, in the data set's words (each town's status and the basis), "
                  "not the words of any source. It gives the map a baseline: one claim per town dated at the "
                  f"start of the period, {BASELINE_DATE}. The title is descriptive. Sources: "
                  + (source_list(keys, source_keys) if keys else "none named") +
                  ". url: the first of these sources; it does not carry this summary."),
        "text": text,
    }
    return {article_id: document(article, annotate(text, annotations, article_id, known))}


def known_entities(key_towns_path, posts_path, actors_path):
    known = set()
    names = {}
    with open(key_towns_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            known.add(row["key"])
            names[row["key"]] = row["name_en"]
    with open(posts_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            known.add(f"post:{row['sohr_no']}")
    for a in read_json(actors_path)["actors"]:
        known.add(f"actor:{a['id']}")
    # Governorates, the country, the highways and the border, as docs/article-format.md lists them.
    known |= {"area:SY", "area:SY02", "area:SY05", "area:SY06", "area:SY07", "road:M4", "road:M5", "border:SY-TR"}
    return known, names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name in ("events", "stable-towns", "source-keys", "wikipedia", "key-towns", "posts", "actors", "out"):
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()

    known, names = known_entities(args.key_towns, args.posts, args.actors)
    source_keys = read_json(args.source_keys)
    events = [f["properties"] for f in read_json(args.events)["features"]]
    stable = read_json(args.stable_towns)
    pages = parse_wikipedia(args.wikipedia)

    for eid, why in COVERED_BY_WIKIPEDIA.items():
        covering = [s for s in WIKIPEDIA_REPORTS if eid in s["events"]]
        if not covering:
            fail(f"{eid} is said to be covered by Wikipedia ({why}) but no paragraph names it")
    reports = {}
    reports.update(wikipedia_reports(pages, known))
    reports.update(summary_reports(events, source_keys, names, known))
    reports.update(stable_report(stable, source_keys, names, known))
    unused = set(SUMMARY_ANNOTATIONS) - {e["event_id"] for e in events}
    if unused:
        fail(f"annotations for events not in the data set: {sorted(unused)}")

    os.makedirs(args.out, exist_ok=True)
    wanted = {f"{article_id}.geojson" for article_id in reports}
    for name in sorted(os.listdir(args.out)):
        if name.endswith(".geojson") and name not in wanted:
            os.remove(os.path.join(args.out, name))
    for article_id in sorted(reports):
        with open(os.path.join(args.out, f"{article_id}.geojson"), "w", encoding="utf-8", newline="\n") as out:
            json.dump(reports[article_id], out, ensure_ascii=False, indent=1)
            out.write("\n")
    claims = sum(1 for r in reports.values() for f in r["features"] if f["properties"]["kind"] == "claim")
    print(f"{len(reports)} reports, {claims} claims -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
