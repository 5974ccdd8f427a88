#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpora in corpus/<target>/ from the API docs' examples (sandbox/README.md and the
unit tests). Run again after editing; libFuzzer adds what it finds in its own working copies."""
import json, os

here = os.path.dirname(os.path.abspath(__file__))

full_entry = {
    "id": 3740305624, "workspace_id": 7341401, "project_id": 202793181, "task_id": 9911,
    "user_id": 5826591, "description": "Write the client", "start": "2024-12-16T02:18:20+00:00",
    "stop": "2024-12-16T03:18:20+00:00", "duration": 3600, "billable": True,
    "tags": ["deep", "api"], "tag_ids": [16, 17], "duronly": True,
    "at": "2024-12-16T03:18:21.123456Z", "server_deleted_at": None, "permissions": ["edit"],
    "shared_with": [{"accepted": True, "user_id": 42, "user_name": "Ada"}],
    "client_name": "ACME", "project_name": "Punchclock", "project_color": "#06aaf5",
    "project_active": True, "project_billable": False, "task_name": "Network",
    "user_name": "Grace", "user_avatar_url": "https://example.com/a.png",
    "wid": 7341401, "pid": 202793181, "uid": 5826591, "tid": 9911,
}
running = {"id": 1, "wid": 8200001, "pid": None, "uid": 3, "description": "Caf\u00e9 \u65e5\u672c",
           "start": "2024-12-16T02:18:20Z", "stop": None, "duration": -1734315500, "tags": None,
           "tag_ids": []}
legacy = {"id": "42", "wid": 1, "pid": 2, "tid": 3, "uid": 4, "start": "2024-12-16 02:18 +01:00",
          "stop": "2024-12-16T03:18:20,5-05:30", "duration": 60.7, "billable": False, "unknown": {"x": [1]}}
create_body = {"created_with": "curl", "workspace_id": 8200001, "start": "2024-12-16T02:18:20Z", "duration": -1}

focus_entry = {"id": 5, "workspace_id": 3, "task_id": 9, "time_block_id": None, "toggl_user_id": 77,
               "type": "break", "start": "2024-03-01T09:00:00.123456+02:00", "duration": 1800,
               "archived_at": "2024-03-02T00:00:00Z", "deleted_at": None,
               "created_at": "2024-03-01T09:30:00Z", "updated_at": "2024-03-01T09:30:00Z"}
stream_entry = {"id": 6, "workspace_id": 3, "task": {"id": 9, "name": "Write"}, "type": "activity",
                "start": "2024-03-01T10:00:00Z", "duration": None, "description": "running"}
task = {"id": 9, "workspace_id": 3, "name": "Write the client", "status_id": 0,
        "status": {"id": 2, "name": "In progress", "type": "started", "emoji": ""},
        "project": {"id": 4, "name": "Punchclock", "color": "#06aaf5"}, "priority": "high",
        "estimated_mins": 120, "total_tracked_time": 5400, "position": 1, "pinned": True,
        "archived_at": None}
settings = {"current_workspace_id": 8200001, "timezone": "Europe/Berlin", "time_format": "H:mm",
            "duration_format": "improved", "start_week_on": 1}

report_row = {"user_id": 5826591, "username": "Grace", "project_id": 202793181, "task_id": None,
              "billable": True, "description": "Write the client", "tag_ids": [16, 17],
              "billable_amount_in_cents": None, "hourly_rate_in_cents": None, "currency": "USD",
              "row_number": 1,
              "time_entries": [{"id": 3740305624, "seconds": 3600, "start": "2024-12-16T02:18:20+02:00",
                                "stop": "2024-12-16T03:18:20+02:00", "at": "2024-12-16T03:18:21.123456Z",
                                "at_tz": "2024-12-16T05:18:21+02:00"}]}
grouped_row = {"user_id": 3, "project_id": None, "description": "Caf\u00e9", "tag_ids": None,
               "tag_names": ["deep"], "project_name": "P", "project_color": "#06aaf5", "client_name": "C",
               "time_entries": [{"id": 1, "start": "2024-12-16T02:18:20Z", "stop": None, "seconds": 12},
                                {"id": "2", "start": "2024-12-16 02:18 +01:00", "stop": "2024-12-16T03:18:20,5-05:30"},
                                {"start": "2024-12-16T02:18:20Z"}, {"id": 4}]}

corpora = {
    "fuzz_report_entry": [[report_row], [report_row, grouped_row, 7, None, {"time_entries": None}], [],
                          {"time_entries": []}],
    "fuzz_time_entry": [full_entry, running, legacy, create_body, [full_entry, running, 7, None]],
    "fuzz_focus_entry": [focus_entry, stream_entry, task, settings,
                         {"data": [focus_entry, stream_entry], "page": 1, "per_page": 50},
                         {"data": [task], "page": 2, "per_page": 1, "total": 3}, {"data": None}],
    "fuzz_bulk_result": [{"success": [1, 2, 3], "failure": []},
                         {"success": ["4", 5], "failure": [{"id": 6, "message": "Time entry not found"}]},
                         {"success": None, "failure": None}, {"failure": [{"id": "7"}, 8]}],
}
streams = [  # (header bytes, stream): see fuzz_stream_parser.cpp
    (b"\x00", json.dumps([focus_entry, stream_entry]).encode()),
    (b"\x80", b" \n[ {\"d\":\"braces } ] { [ , inside\",\"n\":{\"a\":[1,2,{\"b\":null}]}},"
              b"{\"q\":\"say \\\"hi\\\" \\\\ \\/ \\n\",\"u\":\"\xc3\xa9t\xc3\xa9 \\ud83d\\ude00 \xf0\x9f\x98\x80\"} ,\r\n"
              b"{} , [] , [[],{}], \"a string ] element\", 12.5e3 ,-7, true,false ,null\t]\n "),
    (b"\x03\x01\x05\x02", b"[1,\"\xe6\x97\xa5\",[2]]"),
    (b"\x02\x04\x00", b"[]"),
    (b"\x00", b"[{\"id\":1},{\"id\":2"),  # truncated, as the malformed-body fault sends it
    (b"\x01\x07", b"[{\"id\":1}}"),
]

for target, docs in corpora.items():
    os.makedirs(os.path.join(here, "corpus", target), exist_ok=True)
    for i, doc in enumerate(docs):
        with open(os.path.join(here, "corpus", target, "seed-%02d.json" % i), "w") as f:
            json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
os.makedirs(os.path.join(here, "corpus", "fuzz_stream_parser"), exist_ok=True)
for i, (header, stream) in enumerate(streams):
    with open(os.path.join(here, "corpus", "fuzz_stream_parser", "seed-%02d.bin" % i), "wb") as f:
        f.write(header + stream)
