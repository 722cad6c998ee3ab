#pragma once
// Text read from files (article ids, titles, quotes, paths), made safe to print on a terminal. A file can hold
// characters a terminal acts on instead of showing: ESC starts a sequence that recolours, moves the cursor,
// retitles the window or clears the screen; CR, BS and line breaks let one line pose as another; the bidi
// overrides reorder what follows them, so a name reads differently from what it is. printableText() writes each
// of them as a visible escape, leaving every other character as it is:
//   - C0 controls U+0000-U+001F (tab and line breaks too) and DEL U+007F: "\x1b", "\x0a", "\x7f";
//   - C1 controls U+0080-U+009F: "\x9b";
//   - bidi embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069: "\u202e".
// It is for one line of text that comes from a file: the program's own line breaks and tabs go around it.
// Files a program writes (CSV, GeoJSON) are data, byte for byte, and do not go through it.

#include <QString>

namespace geo {

// TEXT with every control character above written as an escape.
QString printableText(const QString& text);

// Whether TEXT holds any character printableText() would escape.
bool hasUnprintable(const QString& text);

} // namespace geo
