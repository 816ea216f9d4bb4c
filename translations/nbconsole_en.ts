<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangedHostKeyDialog</name>
    <message>
        <source>Host key changed — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 (%2) has changed. The console refused to connect.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the host was reinstalled or given a new key, or someone is between the console and the host. The console never connects to a host whose key changed; no command ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presents now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type presented now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256 fingerprint presented now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the old key is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old key in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the administrator confirms the new fingerprint, remove the old key with this command, then run again; the console will then ask about the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that removes the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%1: the inventory has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>%1: the inventory has %n problem and was not loaded.</numerusform>
            <numerusform>%1: the inventory has %n problems and was not loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Key passphrase — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To log in to %1 as %2 the console needs the passphrase of the key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login question — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks a question to log in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answer in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to the host&apos;s own questions are not stored: they can be one-time codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not answer; this way of logging in is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The answer is used this once and not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store it: %1. Press OK to use the answer this once without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>run a command on hosts in parallel, stream &quot;name | line&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECTOR: all or apps (every app node, the default), lb, db, or node names separated by commas.
Example: nbconsole-cli exec --targets app-1,lb -- df -h /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts to run on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the command after SECONDS (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command, after --.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout &apos;%1&apos; is not a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command after --, e.g. nbconsole-cli exec -- uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 host(s) failed.</source>
        <translation>
            <numerusform>%n of %1 hosts failed.</numerusform>
            <numerusform>%n of %1 hosts failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecTargetPicker</name>
    <message>
        <source>&amp;All app nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on all app nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on every host of one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the hosts ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or clears the current host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host (app nodes, load balancer, database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb — load balancer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db — database, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartCommand</name>
    <message>
        <source>start one node on the empty database, then the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node that starts first (default: the first listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiProcedureObserver</name>
    <message>
        <source>Run this step?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console has not connected to %1 (%2) before: its host key is not in the known hosts file. Compare the fingerprint below with the one the host&apos;s administrator reads on the host itself (ssh-keygen -lf on the host&apos;s public key) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the key for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the key and save it to the known hosts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the key and do not connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostMetrics</name>
    <message>
        <source>/proc/stat was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/stat has no readable cpu line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/meminfo has no readable MemTotal and MemAvailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/proc/loadavg is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df printed no usage line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %) on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAnsibleCommand</name>
    <message>
        <source>write an inventory from an Ansible inventory (INI or YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ansible inventory to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new cluster&apos;s NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group holds which role, e.g. app=nocobase_nodes,lb=loadbalancers,db=databases (default app=app,lb=lb,db=db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the inventory to FILE (never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-ansible needs one Ansible inventory, --cluster and --output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: nbconsole-cli import-ansible hosts.ini --cluster prod --map app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another --output or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 app nodes; check the lines marked CHECK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryEditorDialog</name>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database h&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database us&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the host&apos;s own authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable name, e.g. NB_DB_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other p&amp;roblems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Inventory — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryFormText</name>
    <message>
        <source>fix the other problems first, then set this field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show standard output, standard error or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow new output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep showing the newest lines while the view is at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the view (the run journal keeps every line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found in this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown in this tab</source>
        <translation>
            <numerusform>%n line shown in this tab</numerusform>
            <numerusform>%n lines shown in this tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) received</source>
        <translation>
            <numerusform>%n line received</numerusform>
            <numerusform>%n lines received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest dropped from view (cap %1)</source>
        <translation>
            <numerusform>%n oldest dropped from view (cap %1)</numerusform>
            <numerusform>%n oldest dropped from view (cap %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Str&amp;eams:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>err</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Output of all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster nodes by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NocoBase Cluster Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cluster open. Use File &gt; Open Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has problems and was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1 — %n app node(s)</source>
        <translation>
            <numerusform>Cluster %1 — %n app node</numerusform>
            <numerusform>Cluster %1 — %n app nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — NocoBase Cluster Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NocoBase Cluster Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NocoBase Cluster Console %1

Runs NocoBase&apos;s cluster maintenance procedures over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Cluster in View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes healthy · %3 need attention · %4 stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the cluster for the first time, one node first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade every node to a new NocoBase version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maintenance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cluster into maintenance for work inside NocoBase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2) on %3 did not finish: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console probes the cluster and continues at the step where the run stopped; you confirm each step again. From a terminal: &apos;nbconsole-cli resume --run %1&apos; or &apos;nbconsole-cli rollback --run %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a shell command on chosen hosts and watch its output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s runs, their steps and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Inventory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>begin: scale down to one node for in-app maintenance; end: back to every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node that stays (default: the first listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance: say &apos;begin&apos; or &apos;end&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: nbconsole-cli maintenance begin --node app-1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeDetailsPane</name>
    <message>
        <source>Node details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-check latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Last %n minute</numerusform>
            <numerusform>Last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Last %n hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts of the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an app node to see its health over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (asked only when healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n latency sample(s) in the window</source>
        <translation>
            <numerusform>%n latency sample in the window</numerusform>
            <numerusform>%n latency samples in the window</numerusform>
        </translation>
    </message>
    <message>
        <source>Host figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load average (1, 5, 15 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk of the data path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known from the second read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time — host figures STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data path %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeHistory</name>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read (no SSH access configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host metrics STALE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureCli</name>
    <message>
        <source>Take every confirmation as given (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print every command as it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every command that would run, per host; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 not found: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli runs&apos; for the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no unfinished run in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 — dry run, nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such node in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one of the inventory&apos;s app nodes with --node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2) stopped at: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the run? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the run was not resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 is still going: a console on this machine is writing its journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it there; then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>every app node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first app node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other app nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back: start the previous version again and restore the database backup taken in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and leave the cluster as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done by hand (I fixed it myself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1: the steps below run in this order. Each step shows its commands before it runs, and asks before it changes the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target version *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the version to upgrade to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster goes into maintenance on one node; you then do your work in NocoBase and come back here to end the maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the commands; &amp;run this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live log of this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step failed — what now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did by hand (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for marking the step done by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work in NocoBase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins: add, enable, disable or upgrade plugins in the plugin manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;&amp; restore: take or restore a backup with the backup manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration: import or apply a migration package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the run, including the downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (downtime and what each step found):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the cluster lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no remote command: this step checks or waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you: read the step, then press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined; the step does not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes run %1 (%2). The cluster is probed first; the journal says what was intended, only the cluster says what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster is in maintenance and one node runs: %1; the load balancer sends every user to it. Do your work in NocoBase there, tick what you did, then end the maintenance: the other nodes start again on the same release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did (recorded in the journal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the other nodes start, confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work in NocoBase is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I verified that NocoBase works on the node that runs (sign in, the changed feature works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator cancelled the run and chose the rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;done this by hand; check it and go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is older than the cluster&apos;s %2: NocoBase cannot downgrade. To go back after a failed upgrade, roll that run back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt;: the run stops at the next safe point and the cluster stays as it is then; the journal records where. You can resume or roll back later from the console or with nbconsole-cli.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roll back&lt;/b&gt; (%1): the run stops, then these steps run here, each with its confirmation:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the cluster be left in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by %1 in the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the run; the rollback follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the backup stays on the database host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder on this computer for a copy of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the folder for the copy of the backup, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed over when %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>continue an interrupted or stopped run at the exact step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run to resume (default: the latest unfinished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask, rollback or stop, as for upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 is finished (%3); there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 is of an unknown procedure &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>previous version on every node + this run&apos;s database backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run to roll back (default: the latest unfinished).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 (%3) has no rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an upgrade can be rolled back; use &apos;nbconsole-cli resume&apos; for the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCommandDialog</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Command — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command on cluster hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts the command runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shell command, sent to each host exactly as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. df -h /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running command on every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the command, every host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s): %1</source>
        <translation>
            <numerusform>Runs on %n host: %1</numerusform>
            <numerusform>Runs on %n hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n host(s) of cluster %1?</source>
        <translation>
            <numerusform>Run this command on %n host of cluster %1?</numerusform>
            <numerusform>Run this command on %n hosts of cluster %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sent to each host&apos;s shell exactly as shown, with a timeout of %1. Hosts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;Not Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1; %2 of %n host(s) had finished successfully.</source>
        <translation>
            <numerusform>Cancelled after %1; %2 of %n host had finished successfully.</numerusform>
            <numerusform>Cancelled after %1; %2 of %n hosts had finished successfully.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on all %n host(s) in %1.</source>
        <translation>
            <numerusform>Succeeded on all %n host in %1.</numerusform>
            <numerusform>Succeeded on all %n hosts in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %1 of %n host(s) in %2; see the result per host.</source>
        <translation>
            <numerusform>Failed on %1 of %n host in %2; see the result per host.</numerusform>
            <numerusform>Failed on %1 of %n hosts in %2; see the result per host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling on %n host(s)… %1</source>
        <translation>
            <numerusform>Cancelling on %n host… %1</numerusform>
            <numerusform>Cancelling on %n hosts… %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)… %1</source>
        <translation>
            <numerusform>Running on %n host… %1</numerusform>
            <numerusform>Running on %n hosts… %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — can be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>the journal: every run of this cluster, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for --report (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no run %2 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs of %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the run&apos;s report to FILE: PDF when FILE ends in .pdf, HTML otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsHistoryDialog</name>
    <message>
        <source>Show runs of &amp;all clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs History — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs of all clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the journal, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the selected run, with each node&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step / node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected run&apos;s report as HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the selected unfinished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in the journal at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the journal.</source>
        <translation>
            <numerusform>%n run in the journal.</numerusform>
            <numerusform>%n runs in the journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run did not finish. Resume it here or with &apos;nbconsole-cli resume --run %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run did not finish; it can be resumed at the step &quot;%1&quot; (Resume… here, or &apos;nbconsole-cli resume --run %2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of run %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of run %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health poll interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log lines kept in view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines kept in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older lines leave the view; the run journal keeps every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleLockDialog</name>
    <message>
        <source>Cluster locked — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster %1 is locked by another run.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run holding the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for that run to finish. Break the lock only if that run is really gone (its console was closed or crashed): breaking the lock of a live run lets two runs change the cluster at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;break the lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster name to confirm breaking the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock and &amp;retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock, then start the run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the lock and do not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking the lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock was not broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>nodes, health, versions, load balancer mode, lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App nodes (%1 runtime):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the inventory, then run &apos;nbconsole-cli status&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, health %2, release %3, database at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalObserver</name>
    <message>
        <source>Resuming %1 on %2 (run %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to confirm on: run with --yes to confirm in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-failure rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What now? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do by hand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done? [y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to confirm on: this load balancer is switched by hand, which --yes cannot confirm. Run interactively, or describe the switch as commands (load_balancer kind: custom).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message numerus="yes">
        <source>App nodes (%n)</source>
        <translation>
            <numerusform>App nodes (%n)</numerusform>
            <numerusform>App nodes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Cluster topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys select a node; + and - zoom; 0 fits the cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockCommand</name>
    <message>
        <source>break a stale cluster lock (shows its owner first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break it without asking for the cluster name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the load balancer host is reachable over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break the lock only if that run is really gone. Type the cluster name (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the lock was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the cluster name exactly, or use --yes in scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lock of %2 broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>upgrade every node to a version: backup, maintenance page, one node first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact version to upgrade to (e.g. 2.2.15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the version change fails: ask (default on a terminal), rollback, or stop (default with --yes or without a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node that migrates first (default: the first listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: --to VERSION is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: nbconsole-cli upgrade --to 2.2.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copy the database backup into this folder on this computer (checked by sha256; the maintenance window lasts until it is here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: --backup-copy needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop console for NocoBase clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cluster inventory FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb</name>
    <message>
        <source>expected a list of at least one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a node with name and host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty or is not a YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field path like app.nodes[1].host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the enclosing value is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no &apos;%2&apos; section to add it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no item %2 in &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty field path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command takes no placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command can use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image name (e.g. nocobase/nocobase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same host as node &apos;%2&apos; (%3 port %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for the %1 runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the kubernetes runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the haproxy load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the custom load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected keychain, ask, env:VARIABLE or none (the password itself never goes into the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped because of an earlier failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: still running after the stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot tell whether it stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: sends traffic to %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: migration failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NocoBase failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: mode %1, upstream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the node&apos;s state: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the host is reachable over SSH with a verified key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every host answers over SSH with a verified key, the runtime, the load balancer and the database respond; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — type the cluster name (%2) to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: state unknown (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, release %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of database user %1 on %2 (cluster %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: no database password was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password is stored in the keychain yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure storage for passwords is available (%1); the password will be asked each time and not stored anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has no host in the inventory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;: the inventory %2 has the nodes %3 (and the targets all, apps, lb, db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets &apos;%1&apos; name no host in the inventory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start SFTP on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: switched by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: the operator did not confirm the switch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the load balancer as described, then retry the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: switched by hand and has no url: nothing can prove its switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the cluster&apos;s public address as load_balancer.url to the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: switched by hand; each switch is asked of you, then checked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer: cannot write the backup&apos;s copy into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or leave the copy out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer: the backup will also be copied into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::AdapterClusterControl</name>
    <message>
        <source>%1: the inventory lists no app nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: only %1 MiB free in %2 for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space on the database host or set database.backup_dir elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: %1 MiB free for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: the inventory %1 has no database section; the upgrade needs it for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the database section to the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sftp: download this run&apos;s backup into %1 on this machine, then compare its sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: %1 copied to %2, sha256 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::AnsibleImport</name>
    <message>
        <source>line %1: &apos;%2&apos; is not a [group], [group:vars] or [group:children] header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected NAME=VALUE in [%2:vars]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the YAML inventory is not a mapping of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not valid YAML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ROLE=GROUP with ROLE one of app, lb, db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: group &apos;%2&apos; (the app nodes) has no hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 hosts; the first, %3, is the load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: no database section was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: the load balancer is set to manual; add its public url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ChangedHostKey</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ClusterLock</name>
    <message>
        <source>lb: the lock %1 exists but cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot use the cluster lock %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ClusterMonitor</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 without NocoBase&apos;s error body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ClusterSteps</name>
    <message>
        <source>Fetch the new version on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node downloads the target version while the cluster still serves, so the maintenance window does not wait for downloads and a missing version stops the upgrade before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer to maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer answers every request with the 503 maintenance page. This comes before any node stops: with no node behind it nginx would answer 502 without the page. The cluster is unavailable from here until the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance page served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer back to the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer to every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load balancer sends traffic to every node again; several answers in a row from its public URL prove the switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving from every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer to the one node that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All traffic goes to one node, so the maintenance done in NocoBase&apos;s own UI happens on the node every user talks to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving from %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nodes stop; nothing is removed (no volumes, no data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dump of the database, taken with every node stopped, then read back to prove it is complete. A rollback restores exactly this dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the version on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node&apos;s host is configured for the new release; nothing starts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the database from this run&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NocoBase cannot downgrade: the database goes back to the dump taken before the version changed. Changes made since then are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the first node and wait until it is healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One node starts alone and runs the install or the migrations; the others wait, because two nodes migrating one database at once conflict. Healthy means: health check &apos;ok&apos;, the expected version in app:getInfo and no error in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the other nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining nodes start on the migrated database and must each become healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the first node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first node is probed again before the others join it: health, version and log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s the console&apos;s own steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the backup to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump is downloaded over SFTP and its sha256 compared with the backup&apos;s, so a way back survives the database host. The maintenance window lasts until it is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: this run has no backup to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: copying the backup: %1 % (%2 of %3 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder was given for a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run took no backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s waiting for you, %6 s the console&apos;s own steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ComposeFile</name>
    <message>
        <source>the compose file has no services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compose file has no service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no image in the compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is set through a variable (%2); change the version where that variable is defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is pinned by digest (%2); change it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is written in a form that cannot be edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compose file is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ComposeRuntime</name>
    <message>
        <source>docker compose ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: container is %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compose project has no image for service &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker pull of %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no compose file in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping a backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose config --quiet after the version change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous file was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Restoring the previous file failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compose project reports version %2 after the change, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker compose logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(download the compose file, change only the image tag of &apos;%1&apos; to %2, show the diff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cp -p -- %1 %1.nbconsole-TIMESTAMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited compose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(if that fails: cp -p -- %1.nbconsole-TIMESTAMP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::CustomLoadBalancer</name>
    <message>
        <source>the status command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: the status command printed &apos;%1&apos;, not serve, maintenance or one-node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::CustomRuntime</name>
    <message>
        <source>%1: status exited %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::DatabaseAdapter</name>
    <message>
        <source>creating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading back the dump %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: the dump %1 is incomplete (it does not read back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the dump&apos;s checksum and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: %1 changed since it was taken (sha256 %2, expected %3); not restoring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>df</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: df printed no free space for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: cannot read back the copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: the copy of %1 differs from the backup (sha256 %2, expected %3); it was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::DatabasePassword</name>
    <message>
        <source>db: the environment variable %1 that should hold the database password is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: no password for database user %1 of cluster %2 is stored in the keychain, and none was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db: the keychain did not give the password of database user %1 (%2), and none was typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command once on a terminal to type it (it is then stored), or set database.password to env:NAME and export NAME for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HaproxyLoadBalancer</name>
    <message>
        <source>show servers state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: HAProxy reports no servers in backend &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: HAProxy refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: after %1 HAProxy sends traffic to [%2], not [%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HealthCheck</name>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HealthProbe</name>
    <message>
        <source>app:getInfo answered %1 without a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HostCommand</name>
    <message>
        <source>the command was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(upload %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HostKeyVerifier</name>
    <message>
        <source>%1: the host did not present a host key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not check the host key of %2 against %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key of %2 is not in %3 (%4 %5); it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator, then accept it in the console or run the CLI with --accept-new-host-keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key was accepted but could not be saved to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED (it now presents %3 %4) and does not match %5; the connection was refused because this can be an attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the host was really reinstalled, remove that line (%1) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HostMetricsPoller</name>
    <message>
        <source>no answer over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::HttpTunnel</name>
    <message>
        <source>the host could not open a connection to %1 for us: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP answer from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP (%2 bytes received).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::InventoryDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a section, not a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the enclosing mapping does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.nodes is not a list of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.nodes does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.nodes is written as [ ... ]: remove the node by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only node; a cluster needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::InventoryLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::JournalReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a run journal (no start event)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::JournalStore</name>
    <message>
        <source>&apos;%1&apos; is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::KubernetesRuntime</name>
    <message>
        <source>%1: kubectl get failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 replicas ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::LoadBalancerSwitch</name>
    <message>
        <source>lb: %1 (%2 answers %3 in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: %1 not confirmed: the public URL answers %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the load balancer&apos;s configuration and log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::LockHolder</name>
    <message>
        <source>%1 (run %2, since %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ManualLoadBalancer</name>
    <message>
        <source>Check on the load balancer which nodes get traffic and whether it shows the maintenance page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the load balancer, answer every request with 503 and the maintenance page, so no request reaches a node. Confirm when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the load balancer, remove the maintenance page and send traffic to the nodes again. Confirm when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the load balancer, send traffic only to: %1. Confirm when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by hand) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::NginxLoadBalancer</name>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: the maintenance page is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading the maintenance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The previous files were restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Restoring %1 failed: fix it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: nginx refused the new configuration (%1): %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx -s reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb: %1 changed again right after the switch; another operator may be at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(if that fails: put back the previous %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read %1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance mode (503 + page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the serve mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server lines for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::NodeReadiness</name>
    <message>
        <source>Read the node&apos;s log; the node stays in this state until it is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not ready yet (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: answers health checks but reports version %2 instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error in the log since the start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the node&apos;s log before sending traffic to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: healthy, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node stopped while starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the node&apos;s log for why it exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled while waiting for the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not healthy after %2 s (last answer: %3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the node&apos;s log; retry to wait longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the installed release: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host has release %2, not %3; the node was not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the release on the host to %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::Pm2Runtime</name>
    <message>
        <source>%1: pm2 jlist failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pm2 jlist did not print a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pm2 reports &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pm2 has no process &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::Preflight</name>
    <message>
        <source>Preflight: cluster, target version, backup space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an exact release with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: runs %2, newer than %3; NocoBase cannot downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back with the backup of the upgrade that brought %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node already runs %1; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 -&gt; %2 crosses %3 minor versions; NocoBase migrations have failed on skipped versions. Consider an intermediate release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: cluster and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 has %4; every node must run the same release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every node already runs %1 and is healthy; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 on every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preflight: cluster and the node that stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the node that stays is not healthy (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 runs %4; it would change the database&apos;s version when it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ProcedureCatalog</name>
    <message>
        <source>First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback to the previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app maintenance: scale down to one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-app maintenance: back to every node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ProcedureRunner</name>
    <message>
        <source>nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the operator declined; the step did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; to continue or &apos;nbconsole-cli rollback&apos; to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions, then resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The cluster was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then run &apos;nbconsole-cli rollback&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was left as it is. Run &apos;nbconsole-cli rollback&apos; to restore the previous version and database, or fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was left as it is. Fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procedure has no rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ProcedureSession</name>
    <message>
        <source>Wait for that run to finish; if it is stale, run &apos;nbconsole-cli unlock&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 (%2), which keeps the cluster lock, is reachable over SSH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cluster %2 is locked by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::RemoteCommand</name>
    <message>
        <source>the command was not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open a session channel on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host refused to run the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 dropped while the command ran (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command exited with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host closed the channel without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command exited with code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ResumePlan</name>
    <message>
        <source>lb: state unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer is still in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer sends traffic to %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer serves from every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster is not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster lock is held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the load balancer is switched by hand: check whether it is in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::RunJournal</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being written by another console that is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::RunReport</name>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier line(s) are in the journal)</source>
        <translation>
            <numerusform>(%n earlier line is in the journal)</numerusform>
            <numerusform>(%n earlier lines are in the journal)</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ScriptedRuntime</name>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to fetch ahead for the %1 runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the installed release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading the installed release gave no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 runtime has no set_version command in the inventory; install %3 on the host by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the release to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The change was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Undoing it failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host reports release %2 after the change, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the logs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s (is it locked?); the password will be asked each time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SftpTransfer</name>
    <message>
        <source>could not find the home directory for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the local file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1 failed after %2 bytes: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::ShellCommand</name>
    <message>
        <source>the command contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;@&apos;, &apos;:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SshAuthenticator</name>
    <message>
        <source>%1: the host closed the connection during login: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not log in as %2 (tried: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing the host accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is encrypted and the passphrase was wrong or not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is not a private key libssh can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a key from ssh_config or ~/.ssh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys from ssh_config and ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SshConnection</name>
    <message>
        <source>%1: no host name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH configuration %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not create an SSH session (out of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not connect to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SshPool</name>
    <message>
        <source>cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::SystemdRuntime</name>
    <message>
        <source>%1: units are %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::VersionPolicy</name>
    <message>
        <source>&apos;%1&apos; is a floating tag, not a release; a cluster upgrade needs an exact version such as 2.2.15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::YamlMappingReader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text value or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::YamlTextEdit</name>
    <message>
        <source>the value&apos;s place in the file is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block scalar (| or &gt;) cannot be edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value written over several lines cannot be edited in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
