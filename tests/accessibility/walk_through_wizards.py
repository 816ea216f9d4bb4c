"""Drives the real console only through its accessibility tree, as a screen reader user
or a GUI test tool would. From the Procedures menu it runs every wizard end to end on
the lab: First start (then the cluster view must show every node healthy), Version
upgrade (typed cluster name, ticks, Cancel answered "keep running" before the first
step and at the last) and In-app maintenance (the checklist between its
two halves). On the way it checks that every control of the main window, of the dialogs
of the menus and of every page of every wizard has a name a screen reader can speak.

Run it inside run-in-atspi-session.sh (own X display and AT-SPI bus):
    run-in-atspi-session.sh /usr/bin/python3 walk_through_wizards.py --app PATH
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
STEP_TIMEOUT = 90       # one step of a procedure runs on the lab
HEALTHY_TIMEOUT = 30    # the monitor reports every node healthy after a run
UI_TIMEOUT = 10         # a dialog opens, a button becomes enabled
UPGRADE_TO = "2.2.15"   # the lab starts on 2.2.14 and its registry has the next release
WINDOW_ROLES = (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT, pyatspi.ROLE_FRAME)  # a message box is an alert


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
        self.unnamed += [f"{where}: {path}" for path in found]
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


def node_versions(lab):
    """What each node's app:getInfo reports: the version its database finished with."""
    versions = {}
    for app in lab["apps"]:
        url = f"http://{app['address']}:{app['http_port']}/api/app:getInfo"
        with urllib.request.urlopen(url, timeout=10) as answer:
            versions[app["name"]] = json.load(answer)["data"]["version"]
    return versions


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


def open_dialog(app, window, menu, item, title):
    """Chooses menu > item and returns the dialog that opens: the window that was not
    there before (a dialog's accessible name need not be its title)."""
    before = list(tree.children(app))
    choose(window, menu, item)
    return tree.wait_for(f"the '{title}' dialog from {menu} > {item}", lambda: next(
        (w for w in tree.children(app) if w.getRole() in WINDOW_ROLES and w not in before), None),
        UI_TIMEOUT)


def close_dialog(app, dialog, button):
    tree.press(tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, button, UI_TIMEOUT, predicate=tree.showing))
    tree.wait_for(f"{tree.describe(dialog)} to close", lambda: closed(app, dialog), UI_TIMEOUT)


def sweep_dialog(run, app, window, menu, item, title, button):
    """Opens a dialog from the menu bar, looks for unnamed controls, closes it."""
    dialog = open_dialog(app, window, menu, item, title)
    run.sweep(dialog, f"{title} dialog")
    close_dialog(app, dialog, button)


class Wizard:
    """One procedure wizard, found once: Qt keeps every page's widgets, so the same
    accessible objects serve every step and only their states change."""

    def __init__(self, run, app, dialog, cluster, title, ask_cancel=False):
        self.run, self.app, self.dialog, self.cluster, self.title = run, app, dialog, cluster, title
        self.ask_cancel = ask_cancel
        find = lambda role, name: tree.wait_find(dialog, role, name, UI_TIMEOUT)
        self.start = find(pyatspi.ROLE_PUSH_BUTTON, "Start")
        self.run_button = find(pyatspi.ROLE_PUSH_BUTTON, "Run")
        self.decline = find(pyatspi.ROLE_PUSH_BUTTON, "Do not run")
        self.confirm_box = find(pyatspi.ROLE_CHECK_BOX, "I have read the commands; run this step")
        self.name_edit = find(pyatspi.ROLE_TEXT, "Cluster name to confirm")
        self.failure = find(pyatspi.ROLE_PANEL, "The step failed — what now?")
        self.end_maintenance = find(pyatspi.ROLE_PUSH_BUTTON, "End maintenance")
        self.notes = find(pyatspi.ROLE_TEXT, "Notes of the run, including the downtime")
        self.steps = []
        self.confirmations = []

    def question(self):
        if tree.showing(self.notes):
            return "summary"
        if tree.showing(self.failure):
            return "failure"
        if tree.showing(self.decline):
            return "confirm"
        if tree.showing(self.end_maintenance):
            return "checklist"
        if closed(self.app, self.dialog):
            return "closed"
        return None

    def shown(self):
        """The labels and buttons the wizard shows now, for a failure message."""
        return " | ".join(tree.describe(node) + ("" if tree.enabled(node) else " (disabled)")
                          for node, _ in tree.walk(self.dialog)
                          if node.getRole() in (pyatspi.ROLE_LABEL, pyatspi.ROLE_PUSH_BUTTON)
                          and node.name and tree.showing(node))

    def asked(self):
        """The confirmation the shown step asks for: none, a tick, or the typed name."""
        return ("typed name" if tree.showing(self.name_edit)
                else "tick" if tree.showing(self.confirm_box) else "none")

    def confirm_step(self, asked):
        """Gives the confirmation, checking that Run waits for it, and presses Run."""
        if asked != "none" and tree.enabled(self.run_button):
            raise tree.TreeError(f"{tree.path_of(self.run_button)} is enabled before the {asked} is given")
        if asked == "typed name":
            tree.set_text(self.name_edit, self.cluster + "x")
            time.sleep(0.3)
            if tree.enabled(self.run_button):
                raise tree.TreeError(f"a wrong cluster name in {tree.path_of(self.name_edit)} enables Run")
            tree.set_text(self.name_edit, self.cluster)
        elif asked == "tick":
            tree.do_action(self.confirm_box, "Toggle")
        tree.wait_for(f"{tree.path_of(self.run_button)} to be enabled after the confirmation ({asked})",
                      lambda: tree.enabled(self.run_button), UI_TIMEOUT)
        tree.press(self.run_button)
        tree.wait_for(f"the wizard to take the answer to {self.steps[-1]}",
                      lambda: not tree.showing(self.decline), UI_TIMEOUT)
        return asked

    def cancel_but_keep_running(self, expected):
        """Presses the wizard's Cancel during the run, reads the choices the question
        offers and keeps the run going; the question must not hold up the press."""
        cancel = tree.wait_find(self.dialog, pyatspi.ROLE_PUSH_BUTTON, "Cancel", UI_TIMEOUT, predicate=tree.showing)
        before = list(tree.children(self.app))
        tree.press(cancel)
        question = tree.wait_for("the question what to leave the cluster in", lambda: next(
            (w for w in tree.children(self.app) if w.getRole() in WINDOW_ROLES and w not in before), None),
            UI_TIMEOUT)
        self.run.sweep(question, f"{self.title} wizard, cancel question")
        offered = sorted(node.name for node, _ in tree.walk(question)
                         if node.getRole() == pyatspi.ROLE_PUSH_BUTTON and tree.showing(node))
        if offered != sorted(expected):
            raise tree.TreeError(f"Cancel at {self.steps[-1]} offers {offered}, not {sorted(expected)}")
        close_dialog(self.app, question, "Keep running")
        if closed(self.app, self.dialog) or not tree.showing(self.decline):
            raise tree.TreeError(f"keeping the run going at {self.steps[-1]} did not return to the step")
        self.run.phase(f"{self.title}, {self.steps[-1]}: Cancel offered {' / '.join(offered)}; kept running")

    def do_checklist(self):
        """The operator's work in NocoBase: tick what was done and what the page asks
        to confirm, then end the maintenance."""
        page = self.end_maintenance.parent
        self.run.sweep(self.dialog, f"{self.title} wizard, checklist")
        boxes = [node for node, _ in tree.walk(page)
                 if node.getRole() == pyatspi.ROLE_CHECK_BOX and tree.showing(node)]
        if not boxes:
            raise tree.TreeError(f"{tree.path_of(page)} lists nothing to tick")
        for box in boxes:
            if not tree.has_state(box, pyatspi.STATE_CHECKED):
                tree.do_action(box, "Toggle")
        tree.wait_for(f"{tree.path_of(self.end_maintenance)} to be enabled once everything is ticked",
                      lambda: tree.enabled(self.end_maintenance), UI_TIMEOUT)
        tree.press(self.end_maintenance)
        tree.wait_for("the end of the maintenance to start", lambda: not tree.showing(self.end_maintenance),
                      UI_TIMEOUT)
        self.run.phase(f"checklist: ticked {len(boxes)} box(es), End maintenance pressed")

    def drive(self):
        """Presses Start and answers every question until the summary; returns the
        labels the summary shows."""
        self.run.sweep(self.dialog, f"{self.title} wizard, introduction")
        tree.wait_for(f"{tree.path_of(self.start)} to be enabled", lambda: tree.enabled(self.start), UI_TIMEOUT)
        tree.press(self.start)
        counter = re.compile(r"^Step \d+ of \d+$")
        while True:
            after = self.steps[-1] if self.steps else "Start"
            try:
                asked = tree.wait_for(f"the next question of the {self.title} wizard after {after}",
                                      self.question, STEP_TIMEOUT, interval=0.2)
            except tree.TreeError as error:
                raise tree.TreeError(f"{error}; the wizard shows: {self.shown()}") from None
            if asked == "closed":
                raise tree.TreeError(f"the {self.title} wizard closed by itself")
            if asked == "failure":
                reasons = [node.name for node, _ in tree.walk(self.failure)
                           if node.getRole() == pyatspi.ROLE_LABEL and node.name != self.failure.name]
                raise tree.TreeError(f"{self.title}: a step failed on the lab: {' | '.join(reasons)}")
            if asked == "summary":
                break
            if asked == "checklist":
                self.do_checklist()
                continue
            label = tree.find(self.dialog, pyatspi.ROLE_LABEL, predicate=lambda node: counter.match(node.name or ""))
            self.steps.append(label.name if label else f"step {len(self.steps) + 1}")
            asked = self.asked()
            if self.ask_cancel:
                # Before the first step nothing has changed: only stopping is offered.
                # At the last, the cluster has changed and the rollback is offered too.
                position = re.match(r"^Step (\d+) of (\d+)$", self.steps[-1])
                leave, keep = "Stop and leave the cluster as it is", "Keep running"
                if len(self.steps) == 1:
                    self.cancel_but_keep_running([leave, keep])
                elif position and position.group(1) == position.group(2):
                    self.cancel_but_keep_running([leave, "Stop and roll back", keep])
            # The step page keeps its widgets from step to step; it is swept again
            # whenever it shows another kind of confirmation.
            if asked not in self.confirmations:
                self.run.sweep(self.dialog, f"{self.title} wizard, {self.steps[-1]} (confirmation: {asked})")
            self.confirmations.append(self.confirm_step(asked))
            self.run.phase(f"{self.title}, {self.steps[-1]}: confirmation {self.confirmations[-1]}, Run pressed")

        self.run.sweep(self.dialog, f"{self.title} wizard, summary")
        summary = [node.name for node, _ in tree.walk(self.dialog)
                   if node.getRole() == pyatspi.ROLE_LABEL and tree.showing(node) and node.name]
        self.run.phase(f"{self.title} finished after {len(self.steps)} step(s): {' / '.join(summary)}")
        # The outcome heading: "succeeded", possibly after the procedure's title.
        if not any(re.search(r"(^|: )succeeded$", line, re.IGNORECASE) for line in summary):
            raise tree.TreeError(f"the {self.title} summary does not say succeeded: {summary}")
        close_dialog(self.app, self.dialog, "Close")
        return summary


def run_procedure(run, app, window, cluster, item, title, version=None, ask_cancel=False):
    dialog = open_dialog(app, window, "Procedures", item, title)
    wizard = Wizard(run, app, dialog, cluster, title, ask_cancel)
    if version is not None:
        tree.set_text(tree.wait_find(dialog, pyatspi.ROLE_TEXT, "Target version", UI_TIMEOUT), version)
    wizard.drive()
    return wizard


def cluster_health(window):
    """Node name -> the Details column of the cluster view, as a screen reader reads it."""
    view = tree.wait_for("the cluster view", lambda: next(
        (node for node, _ in tree.walk(window) if node.name == "Cluster nodes by role"
         and node.getRole() in (pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE)), None), UI_TIMEOUT)
    return {row[0]: row[2] for row in tree.table_rows(view) if len(row) >= 3}


def expect_healthy(run, window, nodes):
    def probe():
        shown = cluster_health(window)
        return shown if all(shown.get(node, "").startswith("Healthy") for node in nodes) else None
    try:
        health = tree.wait_for(f"the cluster view to show {', '.join(nodes)} healthy", probe, HEALTHY_TIMEOUT,
                               interval=0.5)
    except tree.TreeError as error:
        raise tree.TreeError(f"{error}; it shows {cluster_health(window)}") from None
    run.phase("cluster view: " + "; ".join(f"{node}: {health[node]}" for node in nodes))
    status = tree.wait_for("the status bar to count every node healthy",
                           lambda: tree.find(window, pyatspi.ROLE_STATUS_BAR, predicate=lambda node: (
                               node.name or "").startswith(f"{len(nodes)} of {len(nodes)} nodes healthy")),
                           HEALTHY_TIMEOUT)
    run.phase(f"status bar: {status.name}")


def expect_serving(run, lab):
    with urllib.request.urlopen(lab["lb"]["url"] + "api/__health_check", timeout=10) as answer:
        body = answer.read().decode()
        if answer.status != 200 or body.strip() != "ok":
            raise tree.TreeError(f"the load balancer answers {answer.status} {body!r}")
    run.phase("load balancer serves the cluster: 200 ok")


def walk_through(run, console, lab, cluster):
    nodes = [app["name"] for app in lab["apps"]]
    app = tree.application(console.pid, START_TIMEOUT)
    window = window_named(app, pyatspi.ROLE_FRAME, lambda name: name.startswith(f"{cluster} — "),
                          "the main window of the cluster")
    run.phase(f"console on the AT-SPI bus: {tree.describe(window)}")
    run.sweep(window, "main window")
    sweep_dialog(run, app, window, "File", "Settings…", "Settings", "Cancel")
    sweep_dialog(run, app, window, "Cluster", "Run Command…", "Run Command", "Close")
    sweep_dialog(run, app, window, "Help", "About NocoBase Cluster Console", "About", "OK")

    first = run_procedure(run, app, window, cluster, "First Start…", "First start")
    if len(first.steps) != 4:  # preflight, first node, the other nodes, load balancer
        raise tree.TreeError(f"First start: expected 4 confirmed steps, saw {first.steps}")
    expect_healthy(run, window, nodes)
    expect_serving(run, lab)

    upgrade = run_procedure(run, app, window, cluster, "Upgrade…", "Version upgrade", UPGRADE_TO, ask_cancel=True)
    if "typed name" not in upgrade.confirmations:
        raise tree.TreeError(f"Version upgrade never asked for the cluster name: {upgrade.confirmations}")
    expect_healthy(run, window, nodes)
    versions = node_versions(lab)
    if set(versions.values()) != {UPGRADE_TO}:
        raise tree.TreeError(f"after the upgrade the nodes report {versions}, not {UPGRADE_TO}")
    run.phase(f"every node reports {UPGRADE_TO}")

    maintenance = run_procedure(run, app, window, cluster, "Maintenance…", "In-app maintenance")
    if "tick" not in maintenance.confirmations:
        raise tree.TreeError(f"In-app maintenance never asked for a tick: {maintenance.confirmations}")
    expect_healthy(run, window, nodes)
    expect_serving(run, lab)
    # Last, when the journal holds the three runs it lists.
    sweep_dialog(run, app, window, "Cluster", "Runs History…", "Runs History", "Close")

    choose(window, "File", "Quit")
    console.wait(timeout=UI_TIMEOUT)
    run.phase(f"console quit from the File menu (exit code {console.returncode})")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the nbconsole executable")
    args = parser.parse_args()
    lab_dir, lab, cluster = load_lab()
    run = Run()
    reset_lab(lab_dir, lab)
    run.phase("lab reset: nodes stopped, empty database")

    log = tempfile.NamedTemporaryFile(prefix="nbconsole-a11y-", suffix=".log", delete=False)
    failure = None
    console = None
    try:
        console = subprocess.Popen([args.app, "--inventory", lab["inventory"]], stdout=log, stderr=log)
        walk_through(run, console, lab, cluster)
    except tree.TreeError as error:
        failure = str(error)
    except Exception as error:  # a D-Bus call that timed out, the lab, the app: say which
        failure = f"{type(error).__name__}: {error}"
    finally:
        if console is not None and console.poll() is None:
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
    # The naming check covers only what was swept: it passes only when the walk-through
    # reached every window.
    checks = {"walk-through": failure is None, "every control named": failure is None and not run.unnamed}
    for name, passed in checks.items():
        print(f"{name}: {'passed' if passed else 'FAILED'}")
    passed = sum(checks.values())
    print(f"accessibility: {passed} passed, {len(checks) - passed} failed "
          f"in {time.monotonic() - run.started:.1f} s")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
