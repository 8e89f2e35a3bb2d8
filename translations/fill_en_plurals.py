#!/usr/bin/env python3
"""Fills the English plural forms of tricholog_en.ts: "%n year(s)" -> "%n year" / "%n years".

Run after `lupdate -pluralonly ... -ts tricholog_en.ts` (see translations/README.md)."""
import html
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "tricholog_en.ts"
text = open(path, encoding="utf-8").read()
pattern = re.compile(
    r'<source>([^<]*)</source>\s*<translation type="unfinished">\s*'
    r'<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>')


def fill(match):
    source = html.unescape(match.group(1))
    esc = lambda t: html.escape(t, quote=False)
    return ('<source>%s</source>\n        <translation>\n'
            '            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>'
            % (match.group(1), esc(source.replace("(s)", "")), esc(source.replace("(s)", "s"))))


text, count = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print("filled %d plural message(s)" % count)
