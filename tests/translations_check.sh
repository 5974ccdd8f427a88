#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/*.ts lag behind the sources (issue #8): runs lupdate over app/ and ui/
# into temporary copies of the committed .ts files and compares. Any message that is new (a tr()
# string missing from the .ts), gone (still in the .ts but no longer in the sources), unfinished,
# vanished/obsolete, or with an empty translation fails the test; the offending strings are printed.
# Fix: cmake --build <build> --target update_translations, then translate what it added.
# Usage: translations_check.sh <lupdate> <source dir>
set -euo pipefail
lupdate="$1"
src="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# One line per message: context <TAB> source <TAB> comment <TAB> state (ok|unfinished|stale|empty).
messages() {
  awk 'BEGIN { RS = "</message>" }
    {
      rec = $0
      if (index(rec, "<message") == 0) next
      head = substr(rec, 1, index(rec, "<message") - 1)
      while (match(head, /<name>[^<]*<\/name>/)) {
        context = substr(head, RSTART + 6, RLENGTH - 13)
        head = substr(head, RSTART + RLENGTH)
      }
      source = ""; comment = ""
      if (match(rec, /<source>[^<]*<\/source>/)) source = substr(rec, RSTART + 8, RLENGTH - 17)
      if (match(rec, /<comment>[^<]*<\/comment>/)) comment = substr(rec, RSTART + 9, RLENGTH - 19)
      state = "ok"
      if (rec ~ /type="(vanished|obsolete)"/) state = "stale"
      else if (rec ~ /type="unfinished"/) state = "unfinished"
      else if (rec ~ /<translation>[ \t\n]*<\/translation>/ || rec ~ /<numerusform>[ \t\n]*<\/numerusform>/ \
               || rec ~ /<translation[^>]*\/>/) state = "empty"
      gsub(/\n/, "\\n", source)
      printf "%s\t%s\t%s\t%s\n", context, source, comment, state
    }' "$1"
}

failed=0
for ts in "$src"/translations/punchclock_*.ts; do
  name="$(basename "$ts")"
  cp "$ts" "$tmp/$name"
  extra=()
  [ "$name" = punchclock_en.ts ] && extra=(-pluralonly) # English: plural forms only
  (cd "$src" && "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h -I . "${extra[@]}" app ui \
    -ts "$tmp/$name" >/dev/null)
  messages "$ts" | sort >"$tmp/committed"
  messages "$tmp/$name" | sort >"$tmp/updated"
  cut -f1-3 "$tmp/committed" | sort -u >"$tmp/committed.keys"
  cut -f1-3 "$tmp/updated" | sort -u >"$tmp/updated.keys"

  report() { # title, lines
    [ -s "$2" ] || return 0
    echo "$name: $1 ($(wc -l <"$2")):"
    awk -F'\t' '{ gsub(/&quot;/, "\"", $2); gsub(/&apos;/, "\x27", $2); gsub(/&lt;/, "<", $2); gsub(/&gt;/, ">", $2)
                  gsub(/&amp;/, "\\&", $2); printf "  [%s] %s%s\n", $1, $2, ($3 == "" ? "" : "  (" $3 ")") }' "$2"
    failed=1
  }
  comm -13 "$tmp/committed.keys" "$tmp/updated.keys" >"$tmp/new"
  comm -23 "$tmp/committed.keys" "$tmp/updated.keys" >"$tmp/gone"
  awk -F'\t' '$4 == "unfinished" || $4 == "empty"' "$tmp/updated" | cut -f1-3 >"$tmp/unfinished"
  grep -Fvx -f "$tmp/new" "$tmp/unfinished" >"$tmp/unfinished.old" || true
  awk -F'\t' '$4 == "stale"' "$tmp/committed" | cut -f1-3 >"$tmp/stale"
  report "strings in the sources but missing from the .ts" "$tmp/new"
  report "strings in the .ts that the sources no longer use" "$tmp/gone"
  report "unfinished or empty translations" "$tmp/unfinished.old"
  report "vanished or obsolete entries kept in the .ts" "$tmp/stale"
  total="$(wc -l <"$tmp/updated")"
  echo "$name: $total messages checked"
done

if [ "$failed" -ne 0 ]; then
  echo "Translations are not up to date: run 'cmake --build <build dir> --target update_translations'"
  echo "and translate every unfinished message (Qt Linguist, or edit the .ts)."
  exit 1
fi
echo "All translations complete."
