#!/usr/bin/env python3
"""Writes the held-out hand-annotated articles of this folder: two short dispatches per language (French,
English, Arabic) on which frontline-cli annotate --score measures the suggested annotations, and which the
suggester's rules are never tuned on. They were written, annotated and scored before the rules that followed
them (see the history of this folder), and restate facts of bundled history reports (resources/articles/history/)
that the texts of tests/data/annotate-gold/ do not tell: Khan Tuman and the post at Rashidin (29 January 2020),
Saraqib entered and encircled and the new post at Taftanaz (5-6 February), the two posts near Darat Izza and
Anadan (15-16 February), Deir Sunbul and the post at Sheir Maghar (26 February). Each text names its reports in
its notes; nothing else is added.

The annotations follow docs/article-format.md and the conventions of the bundled articles, fixed before the
scores were seen:
 - a claim in the text's own voice has the publisher as claimant; a town entered by government forces is
   `contested` (as the bundled report of 5 February 2020 has it); an encirclement is no control claim;
 - a nationality adjective standing for a state's forces ("Syrian air strike", "سورية", "Turkish soldiers",
   "الجنود الأتراك") is that state's actor; inside a post's phrase or a figure's quote it is not annotated again;
 - a group of posts named together is the post entry that holds them (post 16: the four installations around
   Saraqib; post 32: the two posts near Darat Izza), with what happened to it when the sentence says so;
 - a number of posts is also a figure, as in the bundled reports.
They are written by quote and occurrence; this script computes the offsets (code points) and 32 code points of
context, as tests/data/annotate-gold/make_gold.py does.

    python3 tests/data/annotate-heldout/make_heldout.py     # from the repository root; rewrites the .geojson files
"""
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotated_texts import GOV, NSA, PUBLISHER, actor, area, claim, figure, place, post, road  # noqa: E402,F401
import annotated_texts  # noqa: E402

write = functools.partial(annotated_texts.write, HERE, "h", "A held-out test text", " The suggester's rules are not tuned on this text.")


ANADAN = "wikipedia-coc-2020-02-16-anadan"
AQIL = "wikipedia-tmoig-2020-02-16-sheikh-aqil-post"
DARAT = "wikipedia-tmoig-2020-02-15-darat-izza-posts"
SUNBUL = "wikipedia-tmoig-2020-02-26-deir-sunbul"
TUMAN = "wikipedia-coc-2020-01-29-khan-tuman"
RASHIDIN = "wikipedia-tmoig-2020-01-29-rashidin-post"
E08 = "summary-2020-02-05-e08-saraqib"
TAFTANAZ = "wikipedia-tmoig-2020-02-06-taftanaz-saraqib"

# --- English ------------------------------------------------------------------------------------------------------
t = ("The Syrian army took the town of Anadan on Sunday. The same day, Syrian forces shelled the Turkish military "
     "post at Sheikh Aqil, reportedly injuring many Turkish soldiers. The Turkish army had set up two new military "
     "posts near Darat Izza on Saturday.")
write("heldout-en-2020-02-17-anadan", "en", "2020-02-17", "[Test text] The army takes Anadan", [ANADAN, AQIL, DARAT],
      t, [
          actor("syrian-army", "Syrian army"),
          claim("The Syrian army took the town of Anadan on Sunday", "anadan", "government", "2020-02-16",
                "on Sunday", sub=GOV),
          place("anadan", "Anadan"),
          actor("syrian-army", "Syrian forces"),
          post(3, "the Turkish military post at Sheikh Aqil"),
          actor("turkey", "Turkish soldiers"),
          actor("turkey", "Turkish army"),
          post(32, "two new military posts near Darat Izza", event="post set up", date="2020-02-15",
               note="on Saturday"),
          figure("two new military posts", 2, "military posts"),
          place("darat_izza", "Darat Izza"),
      ])

t = ("Syrian government forces captured Deir Sunbul on Wednesday, besieging the nearby Turkish observation post at "
     "Sheir Maghar. Two Turkish soldiers were killed and several others wounded the same day in a Syrian air strike "
     "in Idlib province. Government forces had captured Khan Tuman, 11 km south-west of Aleppo, on 29 January.")
write("heldout-en-2020-02-27-deir-sunbul", "en", "2020-02-27", "[Test text] The army takes Deir Sunbul",
      [SUNBUL, TUMAN], t, [
          actor("syrian-army", "Syrian government forces"),
          claim("Syrian government forces captured Deir Sunbul on Wednesday", "deir_sunbul", "government",
                "2020-02-26", "on Wednesday", sub=GOV),
          place("deir_sunbul", "Deir Sunbul"),
          post(11, "the nearby Turkish observation post at Sheir Maghar", event="post encircled", date="2020-02-26",
               note="on Wednesday"),
          figure("Two Turkish soldiers", 2, "soldiers killed"),
          actor("syrian-army", "Syrian", 1),
          area("SY07", "Idlib province"),
          actor("syrian-army", "Government forces"),
          claim("Government forces had captured Khan Tuman", "khan_tuman", "government", "2020-01-29",
                "on 29 January", sub=GOV),
          place("khan_tuman", "Khan Tuman"),
          figure("11 km", 11, "km"),
          place("aleppo", "Aleppo"),
      ])

# --- French -------------------------------------------------------------------------------------------------------
t = ("Les forces gouvernementales se sont emparées mercredi de Khan Tuman, à 11 km au sud-ouest d'Alep. Le même "
     "jour, l'armée syrienne a encerclé le poste d'observation turc de Rashidin, dans la périphérie ouest d'Alep, "
     "après avoir repoussé les rebelles du secteur.")
write("heldout-fr-2020-01-30-khan-tuman", "fr", "2020-01-30", "[Texte de test] L'armée prend Khan Tuman",
      [TUMAN, RASHIDIN], t, [
          actor("syrian-army", "forces gouvernementales"),
          claim("Les forces gouvernementales se sont emparées mercredi de Khan Tuman", "khan_tuman", "government",
                "2020-01-29", "mercredi", sub=GOV),
          place("khan_tuman", "Khan Tuman"),
          figure("11 km", 11, "km"),
          place("aleppo", "Alep"),
          actor("syrian-army", "l'armée syrienne"),
          post(10, "poste d'observation turc de Rashidin", event="post encircled", date="2020-01-29",
               note="le même jour (mercredi)"),
          place("aleppo", "Alep", 1),
          actor("rebels", "rebelles"),
      ])

t = ("Les forces du régime sont entrées mercredi soir dans Saraqeb, après le retrait vers le nord de Hayat Tahrir "
     "al-Cham (HTS). Jeudi, l'armée syrienne a totalement encerclé la ville, qui abrite quatre installations "
     "militaires turques. Le même jour, l'armée turque a établi un nouveau poste sur la base aérienne militaire de "
     "Taftanaz.")
write("heldout-fr-2020-02-07-saraqeb", "fr", "2020-02-07", "[Texte de test] Saraqeb encerclée", [E08, TAFTANAZ], t, [
    actor("syrian-army", "forces du régime"),
    claim("Les forces du régime sont entrées mercredi soir dans Saraqeb", "saraqib", "contested", "2020-02-05",
          "mercredi soir"),
    place("saraqib", "Saraqeb"),
    actor("hts", "Hayat Tahrir al-Cham"),
    actor("hts", "HTS"),
    actor("syrian-army", "l'armée syrienne"),
    post(16, "quatre installations militaires turques", event="post encircled", date="2020-02-06", note="jeudi"),
    figure("quatre installations militaires", 4, "military installations"),
    actor("turkey", "l'armée turque"),
    post(22, "un nouveau poste sur la base aérienne militaire de Taftanaz", event="post set up", date="2020-02-06",
         note="le même jour (jeudi)"),
    place("taftanaz", "Taftanaz"),
])

# --- Arabic -------------------------------------------------------------------------------------------------------
t = ("سيطر الجيش السوري يوم الأحد على مدينة عندان. وفي اليوم نفسه قصفت قوات النظام نقطة المراقبة التركية في الشيخ "
     "عقيل، ما أدى بحسب التقارير إلى إصابة عدد كبير من الجنود الأتراك. وكان الجيش التركي قد أقام يوم السبت نقطتين "
     "عسكريتين جديدتين قرب دارة عزة.")
write("heldout-ar-2020-02-17-anadan", "ar", "2020-02-17", "[نص اختبار] الجيش يسيطر على عندان", [ANADAN, AQIL, DARAT],
      t, [
          claim("سيطر الجيش السوري يوم الأحد على مدينة عندان", "anadan", "government", "2020-02-16", "يوم الأحد",
                sub=GOV),
          actor("syrian-army", "الجيش السوري"),
          place("anadan", "عندان"),
          actor("syrian-army", "قوات النظام"),
          post(3, "نقطة المراقبة التركية في الشيخ عقيل"),
          actor("turkey", "الجنود الأتراك"),
          actor("turkey", "الجيش التركي"),
          post(32, "نقطتين عسكريتين جديدتين قرب دارة عزة", event="post set up", date="2020-02-15", note="يوم السبت"),
          figure("نقطتين عسكريتين جديدتين", 2, "military posts"),
          place("darat_izza", "دارة عزة"),
      ])

t = ("سيطرت قوات النظام يوم الأربعاء على بلدة دير سنبل وحاصرت نقطة المراقبة التركية القريبة منها في منطقة شير مغار. "
     "وقتل جنديان تركيان وأصيب آخرون في اليوم نفسه بغارة جوية سورية في محافظة إدلب. وكانت القوات الحكومية قد سيطرت على "
     "بلدة خان طومان جنوب غرب حلب في 29 كانون الثاني/يناير.")
write("heldout-ar-2020-02-27-deir-sunbul", "ar", "2020-02-27", "[نص اختبار] قوات النظام تسيطر على دير سنبل",
      [SUNBUL, TUMAN], t, [
          claim("سيطرت قوات النظام يوم الأربعاء على بلدة دير سنبل", "deir_sunbul", "government", "2020-02-26",
                "يوم الأربعاء", sub=GOV),
          actor("syrian-army", "قوات النظام"),
          place("deir_sunbul", "دير سنبل"),
          post(11, "نقطة المراقبة التركية القريبة منها في منطقة شير مغار", event="post encircled", date="2020-02-26",
               note="يوم الأربعاء"),
          figure("جنديان تركيان", 2, "soldiers killed"),
          actor("syrian-army", "سورية"),
          area("SY07", "محافظة إدلب"),
          claim("كانت القوات الحكومية قد سيطرت على بلدة خان طومان", "khan_tuman", "government", "2020-01-29",
                "في 29 كانون الثاني/يناير", sub=GOV),
          actor("syrian-army", "القوات الحكومية"),
          place("khan_tuman", "خان طومان"),
          place("aleppo", "حلب"),
      ])
