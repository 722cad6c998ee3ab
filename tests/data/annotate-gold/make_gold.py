#!/usr/bin/env python3
"""Writes the hand-annotated gold articles of this folder (frontline-cli annotate --score measures the suggested
annotations against them). Each text restates, in English, Arabic or French, the facts of one or two bundled
history reports (resources/articles/history/) and says which in its notes; nothing else is added. The
annotations follow docs/article-format.md and the conventions of the bundled articles (a governorate or its
countryside is an area, "Government forces" the Syrian army, a claim in the text's own voice has the publisher
as claimant). They are written by quote and occurrence; this script computes the offsets (code points) and 32
code points of context, as resources/articles/processing/build_history_reports.py does.

    python3 tests/data/annotate-gold/make_gold.py     # from the repository root; rewrites the .geojson files
"""
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from annotated_texts import GOV, NSA, PUBLISHER, actor, area, claim, figure, place, post, road  # noqa: E402,F401
import annotated_texts  # noqa: E402

write = functools.partial(annotated_texts.write, HERE, "g", "A test text", '')


E09 = "summary-2020-02-08-e09-saraqib"
E05 = "summary-2020-01-28-e05-maarat-al-numan"
E13 = "summary-2020-02-27-e13-saraqib"
WP27 = "wikipedia-tmoig-2020-02-27-saraqeb"
E14 = "summary-2020-03-02-e14-saraqib"
E02 = "summary-2019-08-21-e02-khan-shaykhun"
E03 = "summary-2019-08-23-e03-morek"
E04 = "summary-2019-08-23-e04-kafr-zita"
WPMOREK = "wikipedia-tmoig-2019-08-late-morek"
SEED = "afp-2020-02-08-saraqeb (resources/articles/)"

# --- English ------------------------------------------------------------------------------------------------------
t = ("Syrian state TV said on Saturday that the army now controls all of Saraqib, a town in Idlib province at the "
     "junction of the M4 and M5 highways. The official news agency SANA had announced the capture of the town on "
     "Friday, and the army had first announced it on Thursday, according to Al-Masdar News.")
write("gold-en-2020-02-08-saraqib", "en", "2020-02-08", "[Test text] The army holds all of Saraqib", [E09], t, [
    actor("state-tv", "state TV"),
    claim("the army now controls all of Saraqib", "saraqib", "government", "2020-02-08", "on Saturday",
          claimant="state TV", sub=GOV),
    actor("syrian-army", "army"),
    place("saraqib", "Saraqib"),
    area("SY07", "Idlib province"),
    road("M4", "M4"), road("M5", "M5"),
    actor("sana", "SANA"),
    claim("SANA had announced the capture of the town on Friday", "saraqib", "government", "2020-02-07",
          "on Friday", claimant="SANA", sub=GOV),
    actor("syrian-army", "army", 1),
    claim("the army had first announced it on Thursday", "saraqib", "government", "2020-02-06", "on Thursday",
          claimant="Syrian Arab Army (via Al-Masdar News)", sub=GOV),
])

t = ("Government forces entered Maarat al-Numan on Tuesday, and the army said in a communique on Wednesday that it "
     "had taken control of the town, the second largest in Idlib province. Maarat al-Numan lies on the M5 highway, "
     "which links Aleppo to Damascus.")
write("gold-en-2020-01-30-maarat-al-numan", "en", "2020-01-30", "[Test text] The army takes Maarat al-Numan",
      [E05, SEED], t, [
          actor("syrian-army", "Government forces"),
          claim("Government forces entered Maarat al-Numan on Tuesday", "maarat_al_numan", "government",
                "2020-01-28", "on Tuesday", previous="opposition", sub=GOV),
          place("maarat_al_numan", "Maarat al-Numan"),
          actor("syrian-army", "army"),
          claim("the army said in a communique on Wednesday that it had taken control of the town",
                "maarat_al_numan", "government", "2020-01-29", "on Wednesday",
                claimant="Syrian army (communiqué)", sub=GOV),
          area("SY07", "Idlib province"),
          place("maarat_al_numan", "Maarat al-Numan", 1),
          road("M5", "M5"),
          place("aleppo", "Aleppo"), place("damascus", "Damascus"),
      ])

t = ("Turkish-backed rebels of the National Liberation Front retook Saraqib on Thursday under the cover of Turkish "
     "artillery, lifting the siege of three of the four Turkish observation posts around the town. A Russian "
     "military source at first denied the rebel claim. At least 33 Turkish soldiers were killed by Syrian or "
     "Russian air strikes the same day.")
write("gold-en-2020-02-28-saraqib-retaken", "en", "2020-02-28", "[Test text] Rebels retake Saraqib", [E13, WP27], t, [
    actor("rebels", "Turkish-backed rebels"),
    claim("Turkish-backed rebels of the National Liberation Front retook Saraqib on Thursday", "saraqib",
          "opposition", "2020-02-27", "on Thursday", previous="government", sub=NSA),
    actor("rebels", "National Liberation Front"),
    place("saraqib", "Saraqib"),
    actor("turkey", "Turkish", 1),
    post(16, "three of the four Turkish observation posts"),
    actor("russia", "A Russian military source"),
    figure("33 Turkish soldiers", 33, "soldiers killed"),
    actor("syrian-army", "Syrian"),
    actor("russia", "Russian", 1),
])

t = ("Government forces backed by Hezbollah and Russian air support retook Saraqib on Monday, a day after they "
     "launched a counter-offensive on Sunday, according to Al-Masdar News.")
write("gold-en-2020-03-03-saraqib", "en", "2020-03-03", "[Test text] Government forces retake Saraqib", [E14], t, [
    actor("syrian-army", "Government forces"),
    claim("Government forces backed by Hezbollah and Russian air support retook Saraqib on Monday", "saraqib",
          "government", "2020-03-02", "on Monday", claimant="Al-Masdar News", previous="opposition", sub=GOV),
    actor("hezbollah", "Hezbollah"),
    actor("russia", "Russian"),
    place("saraqib", "Saraqib"),
])

t = ("Government forces took full control of Khan Shaykhun, on the M5 highway in the south of Idlib province, on "
     "Wednesday, the Syrian Observatory for Human Rights said. Rebels had been reported withdrawing from the town "
     "on Tuesday.")
write("gold-en-2019-08-22-khan-shaykhun", "en", "2019-08-22", "[Test text] Khan Shaykhun falls", [E02], t, [
    actor("syrian-army", "Government forces"),
    claim("Government forces took full control of Khan Shaykhun", "khan_shaykhun", "government", "2019-08-21",
          "on Wednesday", claimant="SOHR", previous="opposition", sub=GOV),
    place("khan_shaykhun", "Khan Shaykhun"),
    road("M5", "M5"),
    area("SY07", "Idlib province"),
    actor("sohr", "Syrian Observatory for Human Rights"),
    actor("rebels", "Rebels"),
])

t = ("Government forces took Morek and Kafr Zita in northern Hama on Friday, and the Turkish observation post at "
     "Morek is now encircled. The Turkish government said it would not move or dismantle the post.")
write("gold-en-2019-08-24-morek", "en", "2019-08-24", "[Test text] Morek and Kafr Zita taken",
      [E03, E04, WPMOREK], t, [
          actor("syrian-army", "Government forces"),
          claim("Government forces took Morek and Kafr Zita in northern Hama on Friday", "morek", "government",
                "2019-08-23", "on Friday", previous="opposition", sub=GOV),
          claim("Government forces took Morek and Kafr Zita in northern Hama on Friday", "kafr_zita", "government",
                "2019-08-23", "on Friday", previous="opposition", sub=GOV),
          place("morek", "Morek"),
          place("kafr_zita", "Kafr Zita"),
          area("SY05", "northern Hama"),
          post(9, "Turkish observation post at Morek", event="post encircled", date="2019-08-23",
               note="on Friday (the day Morek was taken)"),
          place("morek", "Morek", 1),
          actor("turkey", "The Turkish government"),
      ])

# --- Arabic -------------------------------------------------------------------------------------------------------
t = ("أعلن التلفزيون السوري الرسمي يوم السبت أن الجيش يسيطر بالكامل على مدينة سراقب في محافظة إدلب، عند تقاطع "
     "الطريقين الدوليين M4 وM5. وكانت الوكالة العربية السورية للأنباء (سانا) قد أعلنت السيطرة على المدينة يوم "
     "الجمعة.")
write("gold-ar-2020-02-08-saraqib", "ar", "2020-02-08", "[نص اختبار] الجيش يسيطر على سراقب", [E09], t, [
    actor("state-tv", "التلفزيون السوري الرسمي"),
    claim("الجيش يسيطر بالكامل على مدينة سراقب", "saraqib", "government", "2020-02-08", "يوم السبت",
          claimant="state TV", sub=GOV),
    actor("syrian-army", "الجيش"),
    place("saraqib", "سراقب"),
    area("SY07", "محافظة إدلب"),
    road("M4", "M4"), road("M5", "M5"),
    actor("sana", "الوكالة العربية السورية للأنباء (سانا)"),
    claim("قد أعلنت السيطرة على المدينة يوم الجمعة", "saraqib", "government", "2020-02-07", "يوم الجمعة",
          claimant="SANA", sub=GOV),
])

t = ("دخلت قوات النظام مدينة معرة النعمان يوم الثلاثاء، ثم أعلن الجيش في بيان يوم الأربعاء سيطرته على المدينة، "
     "وهي ثاني أكبر مدن محافظة إدلب ويمر بها الطريق الدولي M5 الذي يربط حلب بدمشق.")
write("gold-ar-2020-01-30-maarat-al-numan", "ar", "2020-01-30", "[نص اختبار] الجيش يسيطر على معرة النعمان",
      [E05, SEED], t, [
          claim("دخلت قوات النظام مدينة معرة النعمان يوم الثلاثاء", "maarat_al_numan", "government", "2020-01-28",
                "يوم الثلاثاء", previous="opposition", sub=GOV),
          actor("syrian-army", "قوات النظام"),
          place("maarat_al_numan", "معرة النعمان"),
          actor("syrian-army", "الجيش"),
          claim("أعلن الجيش في بيان يوم الأربعاء سيطرته على المدينة", "maarat_al_numan", "government",
                "2020-01-29", "يوم الأربعاء", claimant="Syrian army (communiqué)", sub=GOV),
          area("SY07", "محافظة إدلب"),
          road("M5", "M5"),
          place("aleppo", "حلب"),
          place("damascus", "دمشق"),
      ])

t = ("استعادت فصائل المعارضة المدعومة من تركيا يوم الخميس السيطرة على مدينة سراقب تحت غطاء من المدفعية التركية، "
     "وفكت الحصار عن ثلاث من نقاط المراقبة التركية الأربع المحيطة بالمدينة. ونفى مصدر عسكري روسي في البداية "
     "سيطرة الفصائل على المدينة. وقتل 33 جنديا تركيا على الأقل في اليوم نفسه بغارات سورية أو روسية.")
write("gold-ar-2020-02-28-saraqib-retaken", "ar", "2020-02-28", "[نص اختبار] المعارضة تستعيد سراقب", [E13, WP27], t, [
    claim("استعادت فصائل المعارضة المدعومة من تركيا يوم الخميس السيطرة على مدينة سراقب", "saraqib",
          "opposition", "2020-02-27", "يوم الخميس", previous="government", sub=NSA),
    actor("rebels", "فصائل المعارضة"),
    actor("turkey", "تركيا"),
    place("saraqib", "سراقب"),
    post(16, "ثلاث من نقاط المراقبة التركية الأربع"),
    actor("russia", "مصدر عسكري روسي"),
    figure("33 جنديا تركيا", 33, "soldiers killed"),
])

t = ("استعادت قوات النظام بدعم من حزب الله والطيران الروسي السيطرة على مدينة سراقب يوم الاثنين، بعد هجوم معاكس "
     "بدأته يوم الأحد، بحسب موقع المصدر.")
write("gold-ar-2020-03-03-saraqib", "ar", "2020-03-03", "[نص اختبار] قوات النظام تستعيد سراقب", [E14], t, [
    claim("استعادت قوات النظام بدعم من حزب الله والطيران الروسي السيطرة على مدينة سراقب يوم الاثنين", "saraqib",
          "government", "2020-03-02", "يوم الاثنين", claimant="Al-Masdar News", previous="opposition", sub=GOV),
    actor("syrian-army", "قوات النظام"),
    actor("hezbollah", "حزب الله"),
    actor("russia", "الروسي"),
    place("saraqib", "سراقب"),
])

t = ("سيطرت قوات النظام بشكل كامل يوم الأربعاء على مدينة خان شيخون الواقعة على الطريق الدولي M5 في جنوب محافظة "
     "إدلب، بحسب المرصد السوري لحقوق الإنسان، بعد أنباء عن انسحاب الفصائل منها يوم الثلاثاء.")
write("gold-ar-2019-08-22-khan-shaykhun", "ar", "2019-08-22", "[نص اختبار] سقوط خان شيخون", [E02], t, [
    claim("سيطرت قوات النظام بشكل كامل يوم الأربعاء على مدينة خان شيخون", "khan_shaykhun", "government",
          "2019-08-21", "يوم الأربعاء", claimant="SOHR", previous="opposition", sub=GOV),
    actor("syrian-army", "قوات النظام"),
    place("khan_shaykhun", "خان شيخون"),
    road("M5", "M5"),
    area("SY07", "محافظة إدلب"),
    actor("sohr", "المرصد السوري لحقوق الإنسان"),
    actor("rebels", "الفصائل"),
])

t = ("سيطرت قوات النظام يوم الجمعة على بلدتي مورك وكفر زيتة في ريف حماة الشمالي، وباتت نقطة المراقبة التركية في "
     "مورك محاصرة. وقالت الحكومة التركية إنها لن تنقل النقطة ولن تفككها.")
write("gold-ar-2019-08-24-morek", "ar", "2019-08-24", "[نص اختبار] السيطرة على مورك وكفر زيتة",
      [E03, E04, WPMOREK], t, [
          claim("سيطرت قوات النظام يوم الجمعة على بلدتي مورك وكفر زيتة", "morek", "government", "2019-08-23",
                "يوم الجمعة", previous="opposition", sub=GOV),
          claim("سيطرت قوات النظام يوم الجمعة على بلدتي مورك وكفر زيتة", "kafr_zita", "government", "2019-08-23",
                "يوم الجمعة", previous="opposition", sub=GOV),
          actor("syrian-army", "قوات النظام"),
          place("morek", "مورك"),
          place("kafr_zita", "كفر زيتة"),
          area("SY05", "ريف حماة الشمالي"),
          post(9, "نقطة المراقبة التركية في مورك", event="post encircled", date="2019-08-23",
               note="يوم الجمعة"),
          place("morek", "مورك", 1),
          actor("turkey", "الحكومة التركية"),
      ])

# --- French -------------------------------------------------------------------------------------------------------
t = ("Les forces du régime, appuyées par le Hezbollah et l'aviation russe, ont repris lundi la ville de Saraqeb, "
     "dans la province d'Idleb, au lendemain du lancement d'une contre-offensive dimanche.")
write("gold-fr-2020-03-03-saraqeb", "fr", "2020-03-03", "[Texte de test] Le régime reprend Saraqeb", [E14], t, [
    actor("syrian-army", "forces du régime"),
    claim("Les forces du régime, appuyées par le Hezbollah et l'aviation russe, ont repris lundi la ville de Saraqeb",
          "saraqib", "government", "2020-03-02", "lundi", previous="opposition", sub=GOV),
    actor("hezbollah", "Hezbollah"),
    actor("russia", "russe"),
    place("saraqib", "Saraqeb"),
    area("SY07", "province d'Idleb"),
])

t = ("Des rebelles soutenus par la Turquie ont repris jeudi Saraqeb, à la jonction des autoroutes M4 et M5, sous le "
     "couvert de l'artillerie turque. Une source militaire russe a d'abord démenti.")
write("gold-fr-2020-02-28-saraqeb", "fr", "2020-02-28", "[Texte de test] Les rebelles reprennent Saraqeb",
      [E13, E09], t, [
          actor("rebels", "rebelles"),
          claim("Des rebelles soutenus par la Turquie ont repris jeudi Saraqeb", "saraqib", "opposition",
                "2020-02-27", "jeudi", previous="government", sub=NSA),
          actor("turkey", "la Turquie"),
          place("saraqib", "Saraqeb"),
          road("M4", "M4"), road("M5", "M5"),
          actor("turkey", "turque"),
          actor("russia", "Une source militaire russe"),
      ])

t = ("Les forces du régime ont pris mercredi le contrôle total de Khan Cheikhoun, sur l'autoroute M5, dans le sud de "
     "la province d'Idleb, selon l'Observatoire syrien des droits de l'Homme (OSDH).")
write("gold-fr-2019-08-22-khan-cheikhoun", "fr", "2019-08-22", "[Texte de test] Khan Cheikhoun tombe", [E02], t, [
    actor("syrian-army", "forces du régime"),
    claim("Les forces du régime ont pris mercredi le contrôle total de Khan Cheikhoun", "khan_shaykhun",
          "government", "2019-08-21", "mercredi", claimant="SOHR", previous="opposition", sub=GOV),
    place("khan_shaykhun", "Khan Cheikhoun"),
    road("M5", "M5"),
    area("SY07", "province d'Idleb"),
    actor("sohr", "l'Observatoire syrien des droits de l'Homme"),
    actor("sohr", "OSDH"),
])

t = ("L'armée syrienne a pris vendredi Morek et Kafr Zita, dans le nord de la province de Hama, encerclant le poste "
     "d'observation turc de Morek. Le gouvernement turc a fait savoir qu'il ne déplacerait ni ne démantèlerait ce "
     "poste.")
write("gold-fr-2019-08-24-morek", "fr", "2019-08-24", "[Texte de test] Morek et Kafr Zita prises",
      [E03, E04, WPMOREK], t, [
          actor("syrian-army", "L'armée syrienne"),
          claim("L'armée syrienne a pris vendredi Morek et Kafr Zita", "morek", "government", "2019-08-23",
                "vendredi", previous="opposition", sub=GOV),
          claim("L'armée syrienne a pris vendredi Morek et Kafr Zita", "kafr_zita", "government", "2019-08-23",
                "vendredi", previous="opposition", sub=GOV),
          place("morek", "Morek"),
          place("kafr_zita", "Kafr Zita"),
          area("SY05", "province de Hama"),
          post(9, "poste d'observation turc de Morek", event="post encircled", date="2019-08-23",
               note="vendredi (le jour de la prise de Morek)"),
          place("morek", "Morek", 1),
          actor("turkey", "Le gouvernement turc"),
      ])

t = ("Les forces du régime sont entrées mardi dans Maaret al-Noomane, deuxième ville de la province d'Idleb, et "
     "l'armée a annoncé mercredi dans un communiqué avoir pris le contrôle de la ville, traversée par l'autoroute "
     "M5 qui relie Alep à Damas.")
write("gold-fr-2020-01-30-maaret-al-noomane", "fr", "2020-01-30", "[Texte de test] L'armée prend Maaret al-Noomane",
      [E05, SEED], t, [
          actor("syrian-army", "forces du régime"),
          claim("Les forces du régime sont entrées mardi dans Maaret al-Noomane", "maarat_al_numan", "government",
                "2020-01-28", "mardi", previous="opposition", sub=GOV),
          place("maarat_al_numan", "Maaret al-Noomane"),
          area("SY07", "province d'Idleb"),
          actor("syrian-army", "l'armée"),
          claim("l'armée a annoncé mercredi dans un communiqué avoir pris le contrôle de la ville", "maarat_al_numan",
                "government", "2020-01-29", "mercredi", claimant="Syrian army (communiqué)", sub=GOV),
          road("M5", "M5"),
          place("aleppo", "Alep"),
          place("damascus", "Damas"),
      ])
