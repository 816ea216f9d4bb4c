"""The console's accessibility tree as a screen reader or a GUI test tool sees it over
AT-SPI: find by role and name, act through the Action interface, type through
EditableText, and wait with a deadline for everything (a wait never hangs the run)."""

import time

import pyatspi
from gi.repository import Atspi

# Every D-Bus call into the application gives up after this long instead of blocking
# the test when the application's event loop is stuck.
pyatspi.setTimeout(5000, 15000)


class TreeError(AssertionError):
    pass


# Children of these are cells, rows or a combo box's own popup: data, not controls.
LEAF_ROLES = {
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SCROLL_BAR,
}

# Controls a keyboard or screen-reader user operates: each needs a name to be spoken.
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
}


def describe(node):
    try:
        name = node.name
        return f"{node.getRoleName()} '{name}'" if name else node.getRoleName()
    except Exception as error:  # a node that went away while we looked
        return f"<gone: {error}>"


def path_of(node, top=None):
    parts = []
    while node is not None:
        parts.append(describe(node))
        if node == top or node.getRole() == pyatspi.ROLE_APPLICATION:
            break
        node = node.parent
    return " > ".join(reversed(parts))


def children(node):
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield child


def walk(node, path=()):
    """Yields (node, path) depth first; the path names each ancestor, with the child
    index where an ancestor has no name, so a report points at one place."""
    yield node, path
    if node.getRole() in LEAF_ROLES:
        return
    for index, child in enumerate(children(node)):
        label = describe(child)
        if not child.name:
            label += f" #{index}"
        yield from walk(child, path + (label,))


def has_state(node, state):
    return node.getState().contains(state)


def showing(node):
    return has_state(node, pyatspi.STATE_SHOWING)


def enabled(node):
    return has_state(node, pyatspi.STATE_ENABLED)


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return {}
    return {action.getName(index): index for index in range(action.nActions)}


def labelled_by(node):
    names = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return [name for name in names if name]


def spoken_name(node):
    """What a screen reader announces as the control's name. For a combo box Qt reports
    the current item as the AT-SPI name on Linux, so only a label relation names it."""
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        return ", ".join(labelled_by(node))
    return node.name or ", ".join(labelled_by(node))


def unnamed_controls(top):
    """Every control under top, shown or not (hidden pages and rows count too), that a
    user can focus or act on and that has no name to speak."""
    found = []
    for node, path in walk(top):
        if node.getRole() not in CONTROL_ROLES:
            continue
        operable = has_state(node, pyatspi.STATE_FOCUSABLE) or any(
            name != "SetFocus" for name in actions(node))
        if operable and not spoken_name(node).strip():
            found.append(" > ".join((describe(top),) + path))
    return found


def find(top, role, name=None, predicate=None):
    for node, _ in walk(top):
        if node.getRole() != role:
            continue
        if name is not None and node.name != name:
            continue
        if predicate is not None and not predicate(node):
            continue
        return node
    return None


def wait_for(what, probe, timeout, interval=0.1):
    """Calls probe until it returns something true; fails naming what it waited for."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        try:
            value = probe()
            if value:
                return value
        except (TreeError, NotImplementedError):
            raise
        except Exception as error:  # the tree changes under us while pages switch
            last_error = error
        if time.monotonic() > deadline:
            detail = f" (last error: {last_error})" if last_error else ""
            raise TreeError(f"timed out after {timeout:.0f} s waiting for {what}{detail}")
        time.sleep(interval)


def wait_find(top, role, name, timeout, predicate=None):
    return wait_for(f"{Atspi.role_get_name(role)} '{name}' under {path_of(top)}",
                    lambda: find(top, role, name, predicate), timeout)


def do_action(node, *names):
    """Runs the first of names that the node offers (Qt calls a button's "Press", a
    check box's "Toggle", a menu's "ShowMenu")."""
    offered = actions(node)
    for name in names:
        if name in offered:
            if not node.queryAction().doAction(offered[name]):
                raise TreeError(f"{path_of(node)}: action {name} was refused")
            return
    raise TreeError(f"{path_of(node)} offers none of {names}; it offers {sorted(offered)}")


def press(node):
    if not enabled(node):
        raise TreeError(f"{path_of(node)} is disabled, it cannot be pressed")
    do_action(node, "Press", "press", "click")


def set_text(node, text):
    try:
        editable = node.queryEditableText()
    except NotImplementedError:
        raise TreeError(f"{path_of(node)} has no EditableText interface")
    if not editable.setTextContents(text):
        raise TreeError(f"{path_of(node)} refused the text {text!r}")


def table_rows(node):
    """The rows of a table or tree view as lists of cell names."""
    table = node.queryTable()
    return [[table.getAccessibleAt(row, column).name for column in range(table.nColumns)]
            for row in range(table.nRows)]


def application(pid, timeout):
    def probe():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app.get_process_id() == pid:
                return app
        return None
    return wait_for(f"process {pid} on the AT-SPI bus", probe, timeout)
