#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A keyboard-only day with the real binary on the sandbox (issue #17, "done when").

Starts punchclock-sandbox (demo data) and punchclock on a private Xvfb display with a window manager,
then types like a person who never touches the mouse (xdotool sends real X key events):
start A with project P and a tag; rename A in the bar; change its project to Q; stop; start B with
no project; stop it; pick A's description from the suggestions by keyboard and start; stop; undo
the last three actions (Edit menu, by keyboard); redo them. After each step it reads the sandbox's HTTP API
and checks what a person would expect to be stored; at the end the entries made today, the projects
and the tags are exactly the expected ones.

    keyboard_day.py PUNCHCLOCK PUNCHCLOCK_SANDBOX
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

TOKEN = "keyboard-day-token"
P, Q = "Website Redesign", "Mobile App"
TAG = "design"
A, A_RENAMED, B = "Draft the report", "Draft the quarterly report", "Call with Dana"


class Failure(Exception):
    pass


class Day:
    def __init__(self, app, sandbox):
        self.tmp = tempfile.mkdtemp(prefix="keyboard-day-")
        self.procs = []
        self.env = dict(os.environ)
        for var in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PUNCHCLOCK_TOKEN"):
            self.env.pop(var, None)
        home = os.path.join(self.tmp, "home")
        os.makedirs(home)
        self.env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                        XDG_DATA_HOME=os.path.join(home, ".local/share"),
                        XDG_CACHE_HOME=os.path.join(home, ".cache"), LANG="C.UTF-8", LC_ALL="C.UTF-8",
                        QT_QPA_PLATFORM="xcb")
        # The app is one instance per user: its socket lives in TMPDIR. Tests that run beside this
        # one start the app too; a private TMPDIR keeps them apart.
        runtime = os.path.join(self.tmp, "runtime")
        os.makedirs(runtime, mode=0o700)
        self.env.update(TMPDIR=runtime, XDG_RUNTIME_DIR=runtime)
        self.app_path, self.sandbox_path = app, sandbox

    def start(self):
        self.start_display()
        self.start_sandbox(self.sandbox_path)
        self.start_app(self.app_path)

    # --- processes -------------------------------------------------------------------------------
    def spawn(self, args, **kwargs):
        proc = subprocess.Popen(args, env=self.env, **kwargs)
        self.procs.append(proc)
        return proc

    def start_display(self):
        # A private X server (its own number, free of other tests) with openbox, so that the
        # window gets real keyboard focus.
        read, write = os.pipe()
        self.spawn(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                   pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                raise Failure("Xvfb did not start")
            number += chunk
        os.close(read)
        self.env["DISPLAY"] = ":" + number.decode().strip()
        self.spawn(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def start_sandbox(self, sandbox):
        proc = self.spawn([sandbox, "--port", "0", "--token", TOKEN, "--seed-demo",
                           "--data", os.path.join(self.tmp, "sandbox.json")],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.url = proc.stdout.readline().strip()
        if not self.url.startswith("http"):
            raise Failure("the sandbox printed no URL")
        self.auth = "Basic " + base64.b64encode(f"{TOKEN}:api_token".encode()).decode()

    def start_app(self, app):
        self.env["PUNCHCLOCK_TOKEN"] = TOKEN  # signs in for this run, nothing stored
        self.log = open(os.path.join(self.tmp, "punchclock.log"), "w")
        self.app = self.spawn([app, "--server", self.url], stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while True:
            if self.app.poll() is not None:
                raise Failure(f"punchclock exited ({self.app.returncode}) before showing its window")
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^Punchclock$"],
                                   env=self.env, stdout=subprocess.PIPE, text=True).stdout.split()
            if found:
                self.window = found[0]
                return
            if time.monotonic() > deadline:
                raise Failure("punchclock showed no window within 120 s")
            time.sleep(0.5)

    def close(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # --- the keyboard ----------------------------------------------------------------------------
    def xdotool(self, *args):
        return subprocess.run(["xdotool", *args], env=self.env, check=True, timeout=120,
                              stdout=subprocess.PIPE, text=True).stdout

    def keys(self, *combos):
        for combo in combos:
            self.xdotool("key", "--window", "0", "--clearmodifiers", combo)
            time.sleep(0.4)

    def type(self, text):
        self.xdotool("type", "--delay", "40", text)
        time.sleep(0.4)

    def menu(self, accelerator, item):
        """Alt+accelerator opens a menu; the item is reached by its own accelerator key."""
        self.keys("alt+" + accelerator)
        self.keys(item)

    # --- the sandbox -----------------------------------------------------------------------------
    def get(self, path):
        request = urllib.request.Request(self.url + "/api/v9/" + path, headers={"Authorization": self.auth})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.load(answer)

    def entries(self):
        return self.get("me/time_entries")

    def wait(self, what, check, seconds=40):
        """Polls the sandbox until check(entries) returns something true; fails with `what`."""
        deadline = time.monotonic() + seconds
        last = None
        while time.monotonic() < deadline:
            if self.app.poll() is not None:
                raise Failure(f"punchclock exited ({self.app.returncode}) while waiting for: {what}")
            last = self.entries()
            found = check(last)
            if found:
                print(f"ok: {what}", flush=True)
                return found
            time.sleep(0.3)
        mine = [e for e in last or [] if e["id"] not in self.before]
        raise Failure(f"not seen within {seconds} s: {what}\nnew entries now: {json.dumps(mine, indent=1)}")


def main(app, sandbox):
    day = Day(app, sandbox)
    try:
        day.start()
        run(day)
    except Failure:
        # What the screen showed, for whoever reads the failure (KEYBOARD_DAY_SHOT=FILE.png).
        shot = os.environ.get("KEYBOARD_DAY_SHOT")
        if shot and shutil.which("import"):
            subprocess.run(["import", "-window", "root", shot], env=day.env, check=False)
        if hasattr(day, "log"):
            print(open(day.log.name).read()[-3000:])
        raise
    finally:
        log = open(day.log.name).read() if hasattr(day, "log") else ""
        day.close()
        if "ERROR: AddressSanitizer" in log or "runtime error:" in log:
            print(log)
            raise Failure("the sanitizers reported an error in punchclock")
    print("keyboard_day: 1 passed, 0 failed")


def run(day):
    projects = {p["name"]: p["id"] for p in day.get("me/projects")}
    tags_before = sorted(t["name"] for t in day.get("me/tags"))
    day.before = {e["id"] for e in day.entries()}
    p, q = projects[P], projects[Q]

    def new(entries):
        return [e for e in entries if e["id"] not in day.before]

    def running(entries):
        return [e for e in new(entries) if e["duration"] < 0]

    # The window is up once the demo's entries are in (the bar shows the demo's running entry).
    time.sleep(2)
    day.xdotool("windowactivate", "--sync", day.window)

    # 0. The demo has a timer running, and the bar *is* that entry: stop it first (typing now would
    #    rename it).
    day.keys("ctrl+space")
    day.wait("the demo's running entry stopped", lambda es: all(e["duration"] >= 0 for e in es) or None)

    # 1. Start A with project P and a tag: Ctrl+N puts the cursor in the description.
    day.keys("ctrl+n")
    day.type(A)
    day.keys("Tab")            # the project picker
    day.type("Website")        # typing opens its list, filtered
    day.keys("Return")
    day.keys("Tab")            # tags
    day.type(TAG)
    day.keys("Return")
    day.keys("ctrl+space")
    a = day.wait("A runs with project P and its tag", lambda es: next(
        (e for e in running(es) if e["description"] == A and e["project_id"] == p
         and e.get("tags") == [TAG]), None))

    # 2. Rename A in the bar: the same entry, renamed, still running.
    day.keys("ctrl+n", "ctrl+a")
    day.type(A_RENAMED)
    day.keys("Return")
    day.wait("A renamed in place", lambda es: next(
        (e for e in running(es) if e["id"] == a["id"] and e["description"] == A_RENAMED), None))

    # 3. Change its project to Q: still the same running entry.
    day.keys("Tab")
    day.type("Mobile")
    day.keys("Return")
    day.wait("A moved to project Q", lambda es: next(
        (e for e in running(es) if e["id"] == a["id"] and e["project_id"] == q), None))

    # 4. Stop.
    day.keys("ctrl+space")
    day.wait("A stopped", lambda es: not running(es) and len(new(es)) == 1)

    # 5. Start B with no project: the bar is a fresh form, nothing of A's carried over.
    day.keys("ctrl+n")
    day.type(B)
    day.keys("ctrl+space")
    b = day.wait("B runs with no project and no tags", lambda es: next(
        (e for e in running(es) if e["description"] == B and not e.get("project_id")
         and not e.get("tags")), None))

    # 6. Stop B (while it runs the bar is B: what is typed there would rename it), then pick A's
    #    description from the suggestions by keyboard (fills project and tags) and start.
    day.keys("ctrl+space")
    day.wait("B stopped", lambda es: not running(es) and len(new(es)) == 2)
    day.keys("ctrl+n")
    day.type(A_RENAMED[:8])
    day.keys("Down", "Return")  # fills the form, starts nothing
    time.sleep(1)
    if running(day.entries()):
        raise Failure("picking a suggestion started a timer")
    day.keys("ctrl+space")
    day.wait("A again (project Q, tag) runs", lambda es: next(
        (e for e in running(es) if e["id"] not in (a["id"], b["id"]) and e["description"] == A_RENAMED
         and e["project_id"] == q and e.get("tags") == [TAG]), None))

    # 7. Stop.
    day.keys("ctrl+space")
    day.wait("all stopped, three new entries", lambda es: not running(es) and len(new(es)) == 3)

    # 8. Undo the last three actions from the Edit menu: the stop, the start of A again, the stop of B.
    for _ in range(3):
        day.menu("e", "u")
    day.wait("after three undos: A stopped, B running again, A's second entry gone",
             lambda es: sorted(e["id"] for e in new(es)) == sorted([a["id"], b["id"]])
             and [e["id"] for e in running(es)] == [b["id"]])

    # 9. Redo them.
    for _ in range(3):
        day.menu("e", "r")

    def redone(es):
        mine = new(es)
        if running(es) or len(mine) != 3:
            return None
        by_text = sorted((e["description"], e.get("project_id") or 0, tuple(e.get("tags") or [])) for e in mine)
        return by_text == sorted([(A_RENAMED, q, (TAG,)), (A_RENAMED, q, (TAG,)), (B, 0, ())])
    day.wait("after three redos: A, B and A again, all stopped", redone)

    # Nothing else was made: the same projects and tags as before the day.
    if sorted(x["name"] for x in day.get("me/projects")) != sorted(projects):
        raise Failure("the projects changed")
    if sorted(t["name"] for t in day.get("me/tags")) != tags_before:
        raise Failure("the tags changed")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    try:
        main(sys.argv[1], sys.argv[2])
    except Failure as failure:
        print(f"keyboard_day: FAILED: {failure}")
        print("keyboard_day: 0 passed, 1 failed")
        sys.exit(1)
