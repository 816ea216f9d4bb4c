<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%1: the inventory has %n problem(s) and was not loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and run the command again.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Run &apos;nbconsole-cli status --help&apos; for the options.</source>
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
</context>
<context>
    <name>nb::InventoryLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nb::MappingReader</name>
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
</TS>
