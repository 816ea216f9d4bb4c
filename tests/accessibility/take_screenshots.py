"""Takes the README's screenshots from the real console on the lab: the main window with
healthy nodes and live charts, the log dock, each wizard's key pages (First start, a
version upgrade from its version page to its summary, an upgrade to a release whose
migration fails, the in-app maintenance checklist), Run Command, Runs History and the
unknown-host-key question. It drives the console through its accessibility tree with
the walk-through's own helpers, and photographs each window as X shows it.

Run it inside run-in-atspi-session.sh (own X display and AT-SPI bus):
    run-in-atspi-session.sh /usr/bin/python3 take_screenshots.py --app PATH --out DIR
NBLAB_DIR names the lab; the lab is reset first (nodes stopped, empty database) and its
registry gets a release whose migration fails. Needs ImageMagick's `import`."""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import Atspi

import atspi_tree as tree
import walk_through_wizards as walk

SETTLE = 0.8            # a page that just showed has painted
LIVE = 2.5              # a running step has put lines in its log
CHART_SAMPLES = 5       # the details pane's charts show the selected node's samples (s)
FAILING = "2.2.17"      # added to the lab's registry with a migration that fails
MAX_BYTES = 250_000     # a README picture stays small


class Camera:
    """Photographs one accessible object (a window, a dock) as X shows it: the root
    window cut to the object's extents, since without a window manager a dialog is only
    its own area of the screen."""

    def __init__(self, run, out):
        self.run, self.out, self.taken = run, out, []

    def shoot(self, node, name):
        time.sleep(SETTLE)
        box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        path = os.path.join(self.out, name + ".png")
        subprocess.run(["import", "-window", "root", "-crop", f"{box.width}x{box.height}+{box.x}+{box.y}",
                        "+repage", "-strip", "-define", "png:compression-level=9", path],
                       check=True, timeout=30)
        if os.path.getsize(path) > MAX_BYTES:
            # Screenshots hold few colours; a palette keeps text sharp at a third of the size.
            subprocess.run(["import", "-window", "root", "-crop", f"{box.width}x{box.height}+{box.x}+{box.y}",
                            "+repage", "-strip", "-colors", "256", "-define", "png:compression-level=9",
                            "PNG8:" + path], check=True, timeout=30)
        self.taken.append(path)
        self.run.phase(f"{name}.png: {box.width}x{box.height}, {os.path.getsize(path) // 1024} KB")


def click(node):
    """A real mouse click in the middle of node, for what only a pointer does (making a
    row current rather than merely selected)."""
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")


def view_named(top, name):
    """A tree or table view by its accessible name (Qt reports a tree as either role)."""
    return tree.wait_for(f"the view '{name}'", lambda: next(
        (node for node, _ in tree.walk(top) if node.name == name and node.getRole() in (
            pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE)), None), walk.UI_TIMEOUT)


def first_cell(view, column=0):
    return tree.wait_for(f"a first row in {tree.path_of(view)}",
                         lambda: view.queryTable().getAccessibleAt(0, column), walk.UI_TIMEOUT)


class ShotWizard(walk.Wizard):
    """The walk-through's wizard, photographed on the way: `pages` maps a question
    ("summary", "failure", "checklist") or a step's counter label ("Step 2 of 4") to
    a file name."""

    def __init__(self, camera, pages, *args):
        super().__init__(*args)
        self.camera, self.pages = camera, dict(pages)

    def question(self):
        asked = super().question()
        if asked in self.pages:
            self.camera.shoot(self.dialog, self.pages.pop(asked))
        return asked

    def confirm_step(self, asked):
        answer = super().confirm_step(asked)
        if self.steps[-1] in self.pages:
            time.sleep(LIVE)
            self.camera.shoot(self.dialog, self.pages.pop(self.steps[-1]))
        return answer


def open_wizard(camera, run, app, window, cluster, item, title, pages, version=None, version_shot=None):
    dialog = walk.open_dialog(app, window, "Procedures", item, title)
    wizard = ShotWizard(camera, pages, run, app, dialog, cluster, title)
    if version is not None:
        tree.set_text(tree.wait_find(dialog, pyatspi.ROLE_TEXT, "Target version", walk.UI_TIMEOUT), version)
        if version_shot:
            camera.shoot(dialog, version_shot)
    return wizard


def main_window_shots(camera, run, app, window, nodes):
    view = view_named(window, "Cluster nodes by role")
    row = tree.wait_for(f"{nodes[0]} in the cluster view", lambda: next(
        (index for index, cells in enumerate(tree.table_rows(view)) if cells[0] == nodes[0]), None),
        walk.UI_TIMEOUT)
    click(view.queryTable().getAccessibleAt(row, 0))
    time.sleep(CHART_SAMPLES)
    camera.shoot(window, "main-window-lab")
    dock = tree.wait_for("the log dock", lambda: next(
        (node for node, _ in tree.walk(window) if node.getRole() == pyatspi.ROLE_PAGE_TAB
         and node.name == "All hosts"), None), walk.UI_TIMEOUT)
    while not tree.find(dock, pyatspi.ROLE_CHECK_BOX):  # up to the dock's own widget
        dock = dock.parent
    camera.shoot(dock, "log-dock")


def failing_upgrade(camera, run, app, window, cluster):
    wizard = open_wizard(camera, run, app, window, cluster, "Upgrade…", "Version upgrade to a failing release",
                         {"failure": "wizard-upgrade-failure"}, FAILING)
    try:
        wizard.drive()
    except tree.TreeError as error:
        if "a step failed" not in str(error):
            raise
        run.phase(f"failure page shown: {error}")
    else:
        raise tree.TreeError(f"the upgrade to {FAILING} did not fail")
    # Stop and leave it: the shot is taken, and the lab is reset before the next tour.
    stop = tree.wait_find(wizard.failure, pyatspi.ROLE_RADIO_BUTTON, None, walk.UI_TIMEOUT,
                          predicate=lambda node: (node.name or "").startswith("Stop"))
    tree.do_action(stop, "Toggle", "Press", "click")
    tree.press(tree.wait_find(wizard.failure, pyatspi.ROLE_PUSH_BUTTON, "Go on", walk.UI_TIMEOUT))
    tree.wait_for("the summary after stopping", lambda: tree.showing(wizard.notes), walk.STEP_TIMEOUT)
    walk.close_dialog(app, wizard.dialog, "Close")


def run_command(camera, run, app, window):
    dialog = walk.open_dialog(app, window, "Cluster", "Run Command…", "Run Command")
    tree.set_text(tree.wait_find(dialog, pyatspi.ROLE_TEXT, "Command", walk.UI_TIMEOUT),
                  "docker --version; df -h / | tail -n 1; test -w /var/backups || echo 'warning: /var/backups is not writable' >&2")
    before = list(tree.children(app))
    tree.press(tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Run the command", walk.UI_TIMEOUT))
    question = tree.wait_for("the confirmation of the command", lambda: next(
        (w for w in tree.children(app) if w.getRole() in walk.WINDOW_ROLES and w not in before), None),
        walk.UI_TIMEOUT)
    camera.shoot(question, "run-command-confirm")
    tree.press(tree.wait_find(question, pyatspi.ROLE_PUSH_BUTTON, "Run", walk.UI_TIMEOUT))
    # The state label's accessible name hides its text from AT-SPI; the result per host
    # says the same: no host is still running.
    results = view_named(dialog, "Result per host")
    tree.wait_for("every host's result", lambda: (lambda rows: rows and all(
        row[-1] and row[-1] != "running…" for row in rows))(tree.table_rows(results)), walk.STEP_TIMEOUT)
    camera.shoot(dialog, "run-command")
    walk.close_dialog(app, dialog, "Close")


def runs_history(camera, run, app, window):
    dialog = walk.open_dialog(app, window, "Cluster", "Runs History…", "Runs History")
    table = view_named(dialog, "Runs in the journal, newest first")
    click(first_cell(table, 1))
    steps = view_named(dialog, "Steps of the selected run, with each node's state")
    tree.wait_for("the selected run's steps", lambda: tree.table_rows(steps), walk.UI_TIMEOUT)
    camera.shoot(dialog, "runs-history")
    walk.close_dialog(app, dialog, "Close")


def host_key_question(camera, run, args, lab, work):
    """A copy of the inventory whose known-hosts file is empty: the first connection
    asks about the host's key."""
    inventory = os.path.join(work, "inventory.yaml")
    known_hosts = os.path.join(work, "known_hosts")
    open(known_hosts, "w", encoding="utf-8").close()
    with open(lab["inventory"], encoding="utf-8") as source, open(inventory, "w", encoding="utf-8") as copy:
        for line in source:
            copy.write(f"  known_hosts: {known_hosts}\n" if line.strip().startswith("known_hosts:") else line)
    with start_console(args.app, inventory, work) as console:
        app = tree.application(console.pid, walk.START_TIMEOUT)
        window = walk.window_named(app, pyatspi.ROLE_FRAME, lambda name: " — " in name, "the main window")
        dialog = walk.open_dialog(app, window, "Cluster", "Run Command…", "Run Command")
        tree.set_text(tree.wait_find(dialog, pyatspi.ROLE_TEXT, "Command", walk.UI_TIMEOUT), "uptime")
        before = list(tree.children(app))
        tree.press(tree.wait_find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Run the command", walk.UI_TIMEOUT))
        question = tree.wait_for("the confirmation", lambda: next(
            (w for w in tree.children(app) if w.getRole() in walk.WINDOW_ROLES and w not in before), None),
            walk.UI_TIMEOUT)
        before.append(question)
        tree.press(tree.wait_find(question, pyatspi.ROLE_PUSH_BUTTON, "Run", walk.UI_TIMEOUT))
        key = tree.wait_for("the unknown host key question", lambda: next(
            (w for w in tree.children(app) if w.getRole() in walk.WINDOW_ROLES and w not in before
             and tree.find(w, pyatspi.ROLE_PUSH_BUTTON, "Reject the key and do not connect")), None),
            walk.STEP_TIMEOUT)
        camera.shoot(key, "host-key")
        for _ in lab["apps"]:  # one question per host; the safe answer to each
            answer = tree.wait_for("a host key question", lambda: next(
                (w for w in tree.children(app) if w.getRole() in walk.WINDOW_ROLES
                 and tree.find(w, pyatspi.ROLE_PUSH_BUTTON, "Reject the key and do not connect")), None),
                walk.UI_TIMEOUT)
            tree.press(tree.find(answer, pyatspi.ROLE_PUSH_BUTTON, "Reject the key and do not connect"))
            time.sleep(0.5)


class start_console:
    """The console on an inventory, ended however the tour ends."""

    def __init__(self, app, inventory, work):
        self.command = [app, "--inventory", inventory]
        self.log = open(os.path.join(work, f"console-{len(os.listdir(work))}.log"), "w", encoding="utf-8")

    def __enter__(self):
        self.console = subprocess.Popen(self.command, stdout=self.log, stderr=self.log)
        return self.console

    def __exit__(self, *failure):
        if self.console.poll() is None:
            self.console.terminate()
            try:
                self.console.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.console.kill()
                self.console.wait()
        self.log.close()


def tour(camera, run, args, lab, cluster, work):
    nodes = [app["name"] for app in lab["apps"]]
    with start_console(args.app, lab["inventory"], work) as console:
        app = tree.application(console.pid, walk.START_TIMEOUT)
        window = walk.window_named(app, pyatspi.ROLE_FRAME, lambda name: name.startswith(f"{cluster} — "),
                                   "the main window of the cluster")
        run.phase(f"console on the AT-SPI bus: {tree.describe(window)}")

        open_wizard(camera, run, app, window, cluster, "First Start…", "First start",
                    {"Step 2 of 4": "wizard-first-start-step"}).drive()
        walk.expect_healthy(run, window, nodes)

        open_wizard(camera, run, app, window, cluster, "Upgrade…", "Version upgrade",
                    {"Step 8 of 11": "wizard-upgrade-step", "summary": "wizard-upgrade-summary"},
                    walk.UPGRADE_TO, "wizard-upgrade-version").drive()
        walk.expect_healthy(run, window, nodes)

        open_wizard(camera, run, app, window, cluster, "Maintenance…", "In-app maintenance",
                    {"checklist": "wizard-maintenance-checklist"}).drive()
        walk.expect_healthy(run, window, nodes)
        # After the three runs: the charts and the log hold their history.
        main_window_shots(camera, run, app, window, nodes)

        failing_upgrade(camera, run, app, window, cluster)
        run_command(camera, run, app, window)
        runs_history(camera, run, app, window)
    host_key_question(camera, run, args, lab, work)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True, help="the nbconsole executable")
    parser.add_argument("--out", required=True, help="the folder the PNG files are written to")
    args = parser.parse_args()
    if not shutil.which("import"):
        sys.exit("ImageMagick's import is missing (run scripts/deps.sh)")
    os.makedirs(args.out, exist_ok=True)
    lab_dir, lab, cluster = walk.load_lab()
    run = walk.Run()
    walk.reset_lab(lab_dir, lab)
    python = os.environ.get("NBLAB_PYTHON", "/usr/bin/python3")
    listed = subprocess.run([python, lab["lab_py"], "registry", "--dir", lab_dir, "list"], check=True,
                            capture_output=True, text=True, timeout=60).stdout.split()
    if FAILING not in listed:
        subprocess.run([python, lab["lab_py"], "registry", "--dir", lab_dir, "add", FAILING, "--fail-migration"],
                       check=True, timeout=60, stdout=subprocess.DEVNULL)
    run.phase(f"lab reset; {FAILING} in the registry fails its migration")

    camera = Camera(run, args.out)
    work = tempfile.mkdtemp(prefix="nbconsole-shots-")
    failure = None
    try:
        tour(camera, run, args, lab, cluster, work)
    except tree.TreeError as error:
        failure = str(error)
    except Exception as error:  # a D-Bus call that timed out, the lab, the app: say which
        failure = f"{type(error).__name__}: {error}"
    if failure:
        print(f"FAILED: {failure}")
        for name in sorted(os.listdir(work)):
            with open(os.path.join(work, name), encoding="utf-8", errors="replace") as file:
                tail = file.read()[-3000:]
            if tail:
                print(f"--- {name} (last lines) ---\n{tail}")
    shutil.rmtree(work, ignore_errors=True)
    print(f"screenshots: {len(camera.taken)} written to {args.out} in {time.monotonic() - run.started:.1f} s")
    return 1 if failure else 0


if __name__ == "__main__":
    sys.exit(main())
