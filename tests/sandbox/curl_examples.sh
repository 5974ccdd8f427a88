#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sends curl requests shaped like the examples in Toggl's pages to the real punchclock-sandbox
# executable and checks the documented status codes and bodies.
set -euo pipefail
sandbox="$1"
data="$(mktemp)"; log="$(mktemp)"
rm -f "$data"
"$sandbox" --port 0 --token tok --data "$data" >"$log" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$data" "$log"' EXIT
for _ in $(seq 50); do [ -s "$log" ] && break; sleep 0.1; done
base="$(head -n1 "$log")/api/v9"
fail=0; passed=0

# check NAME EXPECTED_STATUS BODY_GREP curl-args...
check() {
  local name=$1 want=$2 grep_for=$3; shift 3
  local out status body
  out="$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' "$@")"
  status="${out##*$'\n'}"; body="${out%$'\n'*}"
  if [ "$status" != "$want" ] || ! grep -qE -- "$grep_for" <<<"$body"; then
    echo "FAIL $name: status $status (want $want), body: ${body:0:200}"; fail=$((fail + 1))
  else
    passed=$((passed + 1))
  fi
}

wid="$(curl -s -u tok:api_token "$base/me" | sed -E 's/.*"default_workspace_id":([0-9]+).*/\1/')"
check "no auth → 401" 401 '^$' "$base/me/time_entries"
check "wrong token → 403" 403 '"' -u bad:api_token "$base/me/time_entries"
check "current, nothing running → null" 200 '^null$' -u tok:api_token "$base/me/time_entries/current"
check "create running" 200 '"duration":-1' -u tok:api_token -X POST "$base/workspaces/$wid/time_entries" \
  -d "{\"created_with\":\"curl\",\"description\":\"Docs example\",\"workspace_id\":$wid,\"start\":\"2026-01-05T09:00:00Z\",\"duration\":-1,\"tags\":[\"docs\"]}"
id="$(curl -s -u tok:api_token "$base/me/time_entries/current" | sed -E 's/.*"id":([0-9]+).*/\1/')"
check "current shows it, duration -start" 200 '"duration":-1767603600' -u tok:api_token "$base/me/time_entries/current"
check "get by id" 200 "\"id\":$id" -u tok:api_token "$base/me/time_entries/$id"
check "list" 200 "Docs example" -u tok:api_token "$base/me/time_entries"
check "since with before → 400" 400 'can not be present' -u tok:api_token "$base/me/time_entries?since=1&before=2026-01-01"
check "stop" 200 '"stop":"2026' -u tok:api_token -X PATCH "$base/workspaces/$wid/time_entries/$id/stop"
check "stop again → 409" 409 'already stopped' -u tok:api_token -X PATCH "$base/workspaces/$wid/time_entries/$id/stop"
check "put" 200 '"description":"Edited"' -u tok:api_token -X PUT "$base/workspaces/$wid/time_entries/$id" \
  -d '{"description":"Edited"}'
reports="$(head -n1 "$log")/reports/api/v3/workspace/$wid/search/time_entries"
check "reports search finds the stopped entry" 200 '"id":'"$id"',"seconds":[0-9]+,"start":"2026-01-05T10:00:00\+01:00"' \
  -u tok:api_token -X POST "$reports" -d '{"start_date":"2026-01-05","end_date":"2026-01-05"}'
check "reports search, its description" 200 '"description":"Edited"' \
  -u tok:api_token -X POST "$reports" -d '{"start_date":"2026-01-05","end_date":"2026-01-05"}'
check "reports search, empty body → 400" 400 'At least one parameter' -u tok:api_token -X POST "$reports"
check "reports search, no auth → 401" 401 '^$' -X POST "$reports" -d '{"start_date":"2026-01-05"}'
patch='[{"op":"replace","path":"/billable","value":true}]'
check "bulk patch, known id succeeds" 200 "\"success\":\\[$id\\]" -u tok:api_token \
  -X PATCH "$base/workspaces/$wid/time_entries/$id,1" -d "$patch"
check "bulk patch, unknown id fails alone" 200 '"failure":\[\{"id":1,"message"' -u tok:api_token \
  -X PATCH "$base/workspaces/$wid/time_entries/$id,1" -d "$patch"
ids="$(seq -s, 1 101)"
check "bulk patch over 100 ids → 400" 400 '"' -u tok:api_token -X PATCH "$base/workspaces/$wid/time_entries/$ids" \
  -d '[{"op":"replace","path":"/billable","value":true}]'
check "delete → 200 empty" 200 '^$' -u tok:api_token -X DELETE "$base/workspaces/$wid/time_entries/$id"
check "get deleted → 404" 404 '' -u tok:api_token "$base/me/time_entries/$id"

echo "curl examples: $passed passed, $fail failed"
[ "$fail" -eq 0 ]
