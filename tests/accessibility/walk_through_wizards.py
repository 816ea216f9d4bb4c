"""Drives the real console only through its accessibility tree, as a screen reader user
or a GUI test tool would: opens the First start wizard from the Procedures menu, gives
every confirmation, runs every step on the lab and reads the cluster view until the
nodes are healthy. On the way it checks that every control of the main window, the
settings dialog and every page of every wizard has a name a screen reader can speak.

Run it inside run-in-atspi-session.sh (own X display and AT-SPI bus):
    run-in-atspi-session.sh /usr/bin/python3 first_start_walkthrough.py --app PATH
NBLAB_DIR names the lab; the lab is reset first (nodes stopped, empty database)."""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

import pyatspi
import yaml

import atspi_tree as tree

START_TIMEOUT = 20      # the console's window appears on the bus
STEP_TIMEOUT = 90       # one step of the procedure runs on the lab
HEALTHY_TIMEOUT = 30    # the monitor reports every node healthy after the run
UI_TIMEOUT = 10         # a dialog opens, a button becomes enabled


class Run:
    def __init__(self):
        self.unnamed = []
        self.started = time.monotonic()
        self.last = self.started

    def phase(self, text):
        now = time.monotonic()
        print(f"[{now - self.started:6.1f} s, +{now - self.last:5.1f} s] {text}", flush=True)
        self.last = now

    def sweep(self, top, where):
        found = tree.unnamed_controls(top)
        for path in found:
            self.unnamed.append(f"{where}: {path}")
        self.phase(f"swept {where}: {len(found)} control(s) without a name")


def load_lab():
    lab_dir = os.environ.get("NBLAB_DIR")
    if not lab_dir or not os.path.exists(os.path.join(lab_dir, "lab.json")):
        sys.exit("NBLAB_DIR must name a running lab (lab.json)")
    with open(os.path.join(lab_dir, "lab.json"), encoding="utf-8") as file:
        lab = json.load(file)
    with open(lab["inventory"], encoding="utf-8") as file:
        cluster = yaml.safe_load(file)["cluster"]
    return lab_dir, lab, cluster


def reset_lab(lab_dir, lab):
    python = os.environ.get("NBLAB_PYTHON", "/usr/bin/python3")
    subprocess.run([python, lab["lab_py"], "reset", "--dir", lab_dir], check=True, timeout=180,
                   stdout=subprocess.DEVNULL)


def menu_item(window, menu, item):
    """Opens menu in the menu bar as a keyboard user would and returns its item."""
    bar = tree.wait_find(window, pyatspi.ROLE_MENU_BAR, None, UI_TIMEOUT)
    title = tree.wait_find(bar, pyatspi.ROLE_MENU_ITEM, menu, UI_TIMEOUT)
    tree.do_action(title, "ShowMenu")
    popup = tree.wait_for(f"the {menu} menu to open",
                          lambda: tree.find(title, pyatspi.ROLE_POPUP_MENU, predicate=tree.showing),
                          UI_TIMEOUT)
    entry = tree.wait_find(popup, pyatspi.ROLE_MENU_ITEM, item, UI_TIMEOUT)
    tree.wait_for(f"{tree.path_of(entry)} to be enabled", lambda: tree.enabled(entry), UI_TIMEOUT)
    return entry


def choose(window, menu, item):
    tree.press(menu_item(window, menu, item))


def window_named(app, role, predicate, what):
    def probe():
        return next((w for w in tree.children(app) if w.getRole() == role and predicate(w.name)), None)
    try:
        return tree.wait_for(what, probe, UI_TIMEOUT)
    except tree.TreeError as error:
        shown = ", ".join(tree.describe(w) for w in tree.children(app))
        raise tree.TreeError(f"{error}; the console shows: {shown}") from None


def closed(app, window):
    return window not in list(tree.children(app))


def sweep_dialog(run, app, window, menu, item, title_prefix, close_button):
    choose(window, menu, item)
    dialog = window_named(app, pyatspi.ROLE_DIALOG, lambda name: name.startswith(title_prefix),
                          f"the '{title_prefix}' dialog")
    run.sweep(dialog, f"{title_prefix} dialog (every page)")
    tree.press(tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, close_button, UI_TIMEOUT,
                              predicate=tree.showing))
    tree.wait_for(f"the '{title_prefix}' dialog to close", lambda: closed(app, dialog), UI_TIMEOUT)


def answer_step(dialog, cluster, controls):
    """Gives the confirmation the shown step asks for (none, a tick, or the typed cluster
    name) and presses Run; returns which one it gave."""
    run_button, confirm_box, name_edit = controls
    asked = "typed name" if tree.showing(name_edit) else "tick" if tree.showing(confirm_box) else "none"
    if asked != "none" and tree.enabled(run_button):
        raise tree.TreeError(f"{tree.path_of(run_button)} is enabled before the {asked} is given")
    if asked == "typed name":
        tree.set_text(name_edit, cluster + "x")
        time.sleep(0.3)
        if tree.enabled(run_button):
            raise tree.TreeError(f"a wrong cluster name in {tree.path_of(name_edit)} enables Run")
        tree.set_text(name_edit, cluster)
    elif asked == "tick":
        tree.do_action(confirm_box, "Toggle")
    tree.wait_for(f"{tree.path_of(run_button)} to be enabled after the confirmation ({asked})",
                  lambda: tree.enabled(run_button), UI_TIMEOUT)
    tree.press(run_button)
    return asked


def run_wizard(run, app, dialog, cluster, title):
    """Presses Start and answers every step until the summary shows; returns the step
    counters seen ("Step 1 of 4", ...) and the labels the summary shows."""
    find = lambda role, name: tree.wait_find(dialog, role, name, UI_TIMEOUT)
    start = tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Start", UI_TIMEOUT, predicate=tree.showing)
    controls = (find(pyatspi.ROLE_PUSH_BUTTON, "Run"),
                find(pyatspi.ROLE_CHECK_BOX, "I have read the commands; run this step"),
                find(pyatspi.ROLE_TEXT, "Cluster name to confirm"))
    decline = find(pyatspi.ROLE_PUSH_BUTTON, "Do not run")
    failure = find(pyatspi.ROLE_PANEL, "The step failed — what now?")
    notes = find(pyatspi.ROLE_TEXT, "Notes of the run, including the downtime")
    tree.press(start)

    steps = []
    counter = re.compile(r"^Step \d+ of \d+$")
    while True:
        def question():
            if tree.showing(notes):
                return "summary"
            if tree.showing(failure):
                return "failure"
            if tree.showing(decline):
                return "confirm"
            if closed(app, dialog):
                return "closed"
            return None
        asked = tree.wait_for(f"the next question of the wizard after {steps[-1] if steps else 'Start'}",
                              question, STEP_TIMEOUT, interval=0.2)
        if asked == "closed":
            raise tree.TreeError("the wizard closed by itself")
        if asked == "failure":
            reasons = [node.name for node, _ in tree.walk(failure)
                       if node.getRole() == pyatspi.ROLE_LABEL and node.name != failure.name]
            raise tree.TreeError(f"step failed on the lab: {' | '.join(reasons)}")
        if asked == "summary":
            break
        label = tree.find(dialog, pyatspi.ROLE_LABEL, predicate=lambda node: counter.match(node.name or ""))
        steps.append(label.name if label else f"step {len(steps) + 1}")
        run.sweep(dialog, f"{title} wizard, {steps[-1]}")
        asked = answer_step(dialog, cluster, controls)
        tree.wait_for(f"the wizard to take the answer to {steps[-1]}",
                      lambda: not tree.showing(decline), UI_TIMEOUT)
        run.phase(f"{steps[-1]}: confirmation {asked}, Run pressed")

    run.sweep(dialog, f"{title} wizard, summary")
    summary = [node.name for node, _ in tree.walk(dialog)
               if node.getRole() == pyatspi.ROLE_LABEL and tree.showing(node) and node.name]
    return steps, summary


def cluster_health(window):
    """Node name -> the Details column of the cluster view, as a screen reader reads it."""
    view = tree.wait_for("the cluster view", lambda: next(
        (node for node, _ in tree.walk(window) if node.name == "Cluster nodes by role"
         and node.getRole() in (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE)), None), UI_TIMEOUT)
    return {row[0]: row[2] for row in tree.table_rows(view) if len(row) >= 3}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the nbconsole executable")
    args = parser.parse_args()
    lab_dir, lab, cluster = load_lab()
    nodes = [app["name"] for app in lab["apps"]]
    run = Run()

    reset_lab(lab_dir, lab)
    run.phase("lab reset: nodes stopped, empty database")

    log = tempfile.NamedTemporaryFile(prefix="nbconsole-a11y-", suffix=".log", delete=False)
    try:
        console = subprocess.Popen([args.app, "--inventory", lab["inventory"]], stdout=log, stderr=log)
    except OSError as error:
        print(f"FAILED: cannot start {args.app}: {error}")
        return 1
    failure = None
    try:
        app = tree.application(console.pid, START_TIMEOUT)
        window = window_named(app, pyatspi.ROLE_FRAME,
                              lambda name: name.startswith(f"{cluster} — "), "the main window of the cluster")
        run.phase(f"console on the AT-SPI bus: {tree.describe(window)}")
        run.sweep(window, "main window")
        sweep_dialog(run, app, window, "File", "Settings…", "Settings", "Cancel")
        sweep_dialog(run, app, window, "Procedures", "Upgrade…", "Version upgrade", "Cancel")
        sweep_dialog(run, app, window, "Procedures", "Maintenance…", "In-app maintenance", "Cancel")

        choose(window, "Procedures", "First Start…")
        dialog = window_named(app, pyatspi.ROLE_DIALOG, lambda name: name == f"First start — {cluster}",
                              "the First start wizard")
        run.sweep(dialog, "First start wizard, introduction")
        steps, summary = run_wizard(run, app, dialog, cluster, "First start")
        run.phase(f"wizard finished after {len(steps)} step(s): {' / '.join(summary)}")
        if not any(line.lower() == "succeeded" for line in summary):
            raise tree.TreeError(f"the summary does not say succeeded: {summary}")
        if len(steps) != 4:  # preflight, first node, the other nodes, load balancer
            raise tree.TreeError(f"expected 4 confirmed steps, saw {steps}")
        tree.press(tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Close", UI_TIMEOUT, predicate=tree.showing))
        tree.wait_for("the wizard to close", lambda: closed(app, dialog), UI_TIMEOUT)

        health = tree.wait_for(
            f"the cluster view to show {', '.join(nodes)} healthy",
            lambda: (lambda shown: shown if all(shown.get(n, "").startswith("Healthy") for n in nodes) else None)(
                cluster_health(window)),
            HEALTHY_TIMEOUT, interval=0.5)
        run.phase("cluster view: " + "; ".join(f"{n}: {health[n]}" for n in nodes))
        status = tree.wait_for("the status bar to count every node healthy",
                               lambda: tree.find(window, pyatspi.ROLE_STATUS_BAR, predicate=lambda node: (
                                   node.name or "").startswith(f"{len(nodes)} of {len(nodes)} nodes healthy")),
                               HEALTHY_TIMEOUT)
        run.phase(f"status bar: {status.name}")
        with urllib.request.urlopen(lab["lb"]["url"] + "api/__health_check", timeout=10) as answer:
            body = answer.read().decode()
            if answer.status != 200 or body.strip() != "ok":
                raise tree.TreeError(f"the load balancer answers {answer.status} {body!r}")
        run.phase("load balancer serves the cluster: 200 ok")

        choose(window, "File", "Quit")
        console.wait(timeout=UI_TIMEOUT)
        run.phase(f"console quit from the File menu (exit code {console.returncode})")
    except (tree.TreeError, subprocess.TimeoutExpired, OSError) as error:
        failure = str(error)
    finally:
        if console.poll() is None:
            console.terminate()
            try:
                console.wait(timeout=5)
            except subprocess.TimeoutExpired:
                console.kill()
                console.wait()
        log.close()

    for path in run.unnamed:
        print(f"UNNAMED CONTROL: {path}")
    if failure:
        print(f"FAILED: {failure}")
        with open(log.name, encoding="utf-8", errors="replace") as file:
            tail = file.read()[-4000:]
        if tail:
            print("--- console output (last lines) ---\n" + tail)
    os.unlink(log.name)
    checks = {"walk-through": failure is None, "every control named": not run.unnamed}
    passed = sum(checks.values())
    print(f"accessibility: {passed} passed, {len(checks) - passed} failed "
          f"in {time.monotonic() - run.started:.1f} s")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
