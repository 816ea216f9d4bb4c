<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>清空%1</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>%1 中的更多项</translation>
    </message>
</context>
<context>
    <name>ChangedHostKeyDialog</name>
    <message>
        <source>Host key changed — %1</source>
        <translation>主机密钥已更改 — %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 (%2) has changed. The console refused to connect.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1（%2）的主机密钥已更改。控制台拒绝连接。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Either the host was reinstalled or given a new key, or someone is between the console and the host. The console never connects to a host whose key changed; no command ran.</source>
        <translation>可能是主机重装了系统或更换了密钥，也可能有人位于控制台与主机之间。控制台绝不连接密钥已更改的主机；未运行任何命令。</translation>
    </message>
    <message>
        <source>Presents now:</source>
        <translation>当前提供的密钥：</translation>
    </message>
    <message>
        <source>Key type presented now</source>
        <translation>当前提供的密钥类型</translation>
    </message>
    <message>
        <source>SHA256 fingerprint presented now</source>
        <translation>当前提供的 SHA256 指纹</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Where the old key is</source>
        <translation>旧密钥所在位置</translation>
    </message>
    <message>
        <source>Old key in:</source>
        <translation>旧密钥位于：</translation>
    </message>
    <message>
        <source>If the administrator confirms the new fingerprint, remove the old key with this command, then run again; the console will then ask about the new key.</source>
        <translation>如果管理员确认了新指纹，请用此命令删除旧密钥，然后重新运行；控制台随后会询问是否接受新密钥。</translation>
    </message>
    <message>
        <source>Command that removes the old key</source>
        <translation>删除旧密钥的命令</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%1: the inventory has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>%1：清单有 %n 个问题，未加载。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and run the command again.</source>
        <translation>请修正该文件后重新运行命令。</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli %1 --help&apos; for the options.</source>
        <translation>运行 &apos;nbconsole-cli %1 --help&apos; 查看选项。</translation>
    </message>
</context>
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>应用节点</translation>
    </message>
    <message>
        <source>%1 runtime</source>
        <translation>%1 运行时</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>共享存储</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Key passphrase — %1</source>
        <translation>密钥密码短语 — %1</translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation>密钥的密码短语</translation>
    </message>
    <message>
        <source>To log in to %1 as %2 the console needs the passphrase of the key %3.</source>
        <translation>要以 %2 身份登录 %1，控制台需要密钥 %3 的密码短语。</translation>
    </message>
    <message>
        <source>Password — %1</source>
        <translation>密码 — %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 要求输入 %2 的密码。</translation>
    </message>
    <message>
        <source>Login question — %1</source>
        <translation>登录问题 — %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>%1 asks a question to log in %2:</source>
        <translation>以 %2 身份登录时，%1 提出了以下问题：</translation>
    </message>
    <message>
        <source>Save in the system &amp;keychain</source>
        <translation>保存到系统钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>Save the answer in the system keychain</source>
        <translation>将回答保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Answers to the host&apos;s own questions are not stored: they can be one-time codes.</source>
        <translation>对主机自身所提问题的回答不会保存：它们可能是一次性验证码。</translation>
    </message>
    <message>
        <source>Log in with this answer</source>
        <translation>使用此回答登录</translation>
    </message>
    <message>
        <source>Do not answer; this way of logging in is skipped</source>
        <translation>不回答；跳过此登录方式</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The answer is used this once and not stored anywhere.</source>
        <translation>系统钥匙串不可用（%1）。此回答仅使用这一次，不会保存到任何地方。</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>正在保存到钥匙串…</translation>
    </message>
    <message>
        <source>The keychain could not store it: %1. Press OK to use the answer this once without storing it.</source>
        <translation>钥匙串无法保存：%1。按“确定”可仅此一次使用该回答，不予保存。</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>run a command on hosts in parallel, stream &quot;name | line&quot;</source>
        <translation>在多台主机上并行运行命令，以 &quot;name | line&quot; 格式输出</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>%1 的密码短语：</translation>
    </message>
    <message>
        <source>SELECTOR: all or apps (every app node, the default), lb, db, or node names separated by commas.
Example: nbconsole-cli exec --targets app-1,lb -- df -h /</source>
        <translation>SELECTOR：all 或 apps（所有应用节点，默认）、lb、db，或以逗号分隔的节点名称。
示例：nbconsole-cli exec --targets app-1,lb -- df -h /</translation>
    </message>
    <message>
        <source>The hosts to run on.</source>
        <translation>要运行命令的主机。</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>Stop the command after SECONDS (default 600).</source>
        <translation>SECONDS 秒后停止命令（默认 600）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The command, after --.</source>
        <translation>要运行的命令，写在 -- 之后。</translation>
    </message>
    <message>
        <source>The timeout &apos;%1&apos; is not a positive number of seconds.</source>
        <translation>超时 &apos;%1&apos; 不是正的秒数。</translation>
    </message>
    <message>
        <source>Nothing was run: %1.</source>
        <translation>未运行任何命令：%1。</translation>
    </message>
    <message>
        <source>Give the command after --, e.g. nbconsole-cli exec -- uptime</source>
        <translation>请在 -- 之后给出命令，例如 nbconsole-cli exec -- uptime</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1：%2（%3 秒）</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 host(s) failed.</source>
        <translation>
            <numerusform>%1 台主机中有 %n 台失败。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecTargetPicker</name>
    <message>
        <source>&amp;All app nodes</source>
        <translation>所有应用节点(&amp;A)</translation>
    </message>
    <message>
        <source>By &amp;role:</source>
        <translation>按角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Individual hosts:</source>
        <translation>指定主机(&amp;I)：</translation>
    </message>
    <message>
        <source>Run on all app nodes</source>
        <translation>在所有应用节点上运行</translation>
    </message>
    <message>
        <source>Run on every host of one role</source>
        <translation>在某一角色的所有主机上运行</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Run on the hosts ticked below</source>
        <translation>在下方勾选的主机上运行</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Space ticks or clears the current host.</source>
        <translation>按空格键勾选或取消勾选当前主机。</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>应用节点</translation>
    </message>
    <message>
        <source>Load balancer (lb)</source>
        <translation>负载均衡器（lb）</translation>
    </message>
    <message>
        <source>Database (db)</source>
        <translation>数据库（db）</translation>
    </message>
    <message>
        <source>Every host (app nodes, load balancer, database)</source>
        <translation>所有主机（应用节点、负载均衡器、数据库）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lb — load balancer, %1</source>
        <translation>lb — 负载均衡器，%1</translation>
    </message>
    <message>
        <source>db — database, %1</source>
        <translation>db — 数据库，%1</translation>
    </message>
</context>
<context>
    <name>FirstStartCommand</name>
    <message>
        <source>start one node on the empty database, then the others</source>
        <translation>先在空数据库上启动一个节点，再启动其他节点</translation>
    </message>
    <message>
        <source>The node that starts first (default: the first listed).</source>
        <translation>最先启动的节点（默认：列出的第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>GuiProcedureObserver</name>
    <message>
        <source>Run this step?</source>
        <translation>运行此步骤？</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>未知的主机密钥 — %1</translation>
    </message>
    <message>
        <source>The console has not connected to %1 (%2) before: its host key is not in the known hosts file. Compare the fingerprint below with the one the host&apos;s administrator reads on the host itself (ssh-keygen -lf on the host&apos;s public key) before you trust it.</source>
        <translation>控制台此前从未连接过 %1（%2）：其主机密钥不在已知主机文件中。在信任它之前，请将下方的指纹与主机管理员在主机本机上读取的指纹（对主机公钥执行 ssh-keygen -lf）进行比对。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>密钥类型：</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256 指纹</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>指纹(&amp;F)：</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>已知主机文件</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>仅本次接受(&amp;O)</translation>
    </message>
    <message>
        <source>Accept the key for this session only</source>
        <translation>仅在本次会话中接受该密钥</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>接受并保存(&amp;S)</translation>
    </message>
    <message>
        <source>Accept the key and save it to the known hosts file</source>
        <translation>接受该密钥并保存到已知主机文件</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <source>Reject the key and do not connect</source>
        <translation>拒绝该密钥，不连接</translation>
    </message>
</context>
<context>
    <name>HostMetrics</name>
    <message>
        <source>/proc/stat was not read</source>
        <translation>未读取 /proc/stat</translation>
    </message>
    <message>
        <source>/proc/stat has no readable cpu line</source>
        <translation>/proc/stat 中没有可读取的 cpu 行</translation>
    </message>
    <message>
        <source>/proc/meminfo has no readable MemTotal and MemAvailable</source>
        <translation>/proc/meminfo 中没有可读取的 MemTotal 和 MemAvailable</translation>
    </message>
    <message>
        <source>/proc/loadavg is not readable</source>
        <translation>无法读取 /proc/loadavg</translation>
    </message>
    <message>
        <source>df printed no usage line</source>
        <translation>df 未输出使用情况行</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %) on %4</source>
        <translation>已用 %1 / %2 GiB（%3%），挂载点 %4</translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %)</source>
        <translation>已用 %1 / %2 GiB（%3%）</translation>
    </message>
</context>
<context>
    <name>ImportAnsibleCommand</name>
    <message>
        <source>write an inventory from an Ansible inventory (INI or YAML)</source>
        <translation>根据 Ansible 清单（INI 或 YAML）生成清单</translation>
    </message>
    <message>
        <source>The Ansible inventory to read.</source>
        <translation>要读取的 Ansible 清单。</translation>
    </message>
    <message>
        <source>The new cluster&apos;s NAME.</source>
        <translation>新集群的名称 NAME。</translation>
    </message>
    <message>
        <source>Which group holds which role, e.g. app=nocobase_nodes,lb=loadbalancers,db=databases (default app=app,lb=lb,db=db).</source>
        <translation>各角色对应的组，例如 app=nocobase_nodes,lb=loadbalancers,db=databases（默认 app=app,lb=lb,db=db）。</translation>
    </message>
    <message>
        <source>Write the inventory to FILE (never overwritten).</source>
        <translation>将清单写入 FILE（绝不覆盖已有文件）。</translation>
    </message>
    <message>
        <source>import-ansible needs one Ansible inventory, --cluster and --output.</source>
        <translation>import-ansible 需要一个 Ansible 清单，以及 --cluster 和 --output。</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli import-ansible hosts.ini --cluster prod --map app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml</source>
        <translation>示例：nbconsole-cli import-ansible hosts.ini --cluster prod --map app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml</translation>
    </message>
    <message>
        <source>--map: %1.</source>
        <translation>--map：%1。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2.</source>
        <translation>%1：无法读取文件：%2。</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 已存在；不会覆盖。</translation>
    </message>
    <message>
        <source>Choose another --output or move the file away.</source>
        <translation>请指定其他 --output，或将该文件移走。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2.</source>
        <translation>%1：无法写入文件：%2。</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 app nodes; check the lines marked CHECK.</source>
        <translation>已写入 %1，含 %2 个应用节点；请检查标记为 CHECK 的行。</translation>
    </message>
</context>
<context>
    <name>InventoryEditorDialog</name>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation>集群名称(&amp;C)：</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH 用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>身份文件(&amp;I)：</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>运行时(&amp;R)：</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>镜像(&amp;M)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>地址（可选）</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>应用节点</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>添加节点(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve node</source>
        <translation>移除节点(&amp;V)</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>Remove the selected node</source>
        <translation>移除选中的节点</translation>
    </message>
    <message>
        <source>App &amp;nodes:</source>
        <translation>应用节点(&amp;N)：</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Load balancer &amp;host:</source>
        <translation>负载均衡器主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>公共 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>数据库类型(&amp;D)：</translation>
    </message>
    <message>
        <source>Database h&amp;ost:</source>
        <translation>数据库主机(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation>数据库名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Database us&amp;er:</source>
        <translation>数据库用户(&amp;E)：</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>None (the host&apos;s own authentication)</source>
        <translation>无（使用主机自身的认证）</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>variable name, e.g. NB_DB_PASSWORD</source>
        <translation>变量名，例如 NB_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Environment variable holding the database password</source>
        <translation>保存数据库密码的环境变量</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Backup directory:</source>
        <translation>备份目录(&amp;B)：</translation>
    </message>
    <message>
        <source>Other problems in the file</source>
        <translation>文件中的其他问题</translation>
    </message>
    <message>
        <source>Other p&amp;roblems:</source>
        <translation>其他问题(&amp;R)：</translation>
    </message>
    <message>
        <source>Save the inventory</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 的问题</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>Edit Inventory — %1</source>
        <translation>编辑清单 — %1</translation>
    </message>
    <message>
        <source>New Inventory</source>
        <translation>新建清单</translation>
    </message>
    <message>
        <source>new inventory</source>
        <translation>新清单</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>line %1:%2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>Save Inventory</source>
        <translation>保存清单</translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml)</source>
        <translation>清单 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>InventoryFormText</name>
    <message>
        <source>fix the other problems first, then set this field</source>
        <translation>请先修正其他问题，再设置此字段</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Streams shown</source>
        <translation>显示的输出流</translation>
    </message>
    <message>
        <source>Show standard output, standard error or both</source>
        <translation>显示标准输出、标准错误或两者</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>筛选行</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>筛选行…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>搜索（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Follow new output</source>
        <translation>跟随新输出</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>跟随(&amp;F)</translation>
    </message>
    <message>
        <source>Keep showing the newest lines while the view is at the bottom</source>
        <translation>视图位于底部时持续显示最新的行</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>显示时间戳</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>时间戳(&amp;T)</translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation>复制选中的行</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>将显示的行保存到文件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Clear the log view</source>
        <translation>清空日志视图</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clear the view (the run journal keeps every line)</source>
        <translation>清空视图（运行日志仍保留每一行）</translation>
    </message>
    <message>
        <source>Log per host</source>
        <translation>按主机的日志</translation>
    </message>
    <message>
        <source>Line count</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>所有输出流</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>标准错误</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>所有主机</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found in this tab</source>
        <translation>在此标签页中未找到 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation>文本文件 (*.log *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Log not saved</source>
        <translation>日志未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown in this tab</source>
        <translation>
            <numerusform>此标签页显示 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) received</source>
        <translation>
            <numerusform>已接收 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest dropped from view (cap %1)</source>
        <translation>
            <numerusform>%n 条最旧的行已移出视图（上限 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Str&amp;eams:</source>
        <translation>输出流(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>err</source>
        <translation>错</translation>
    </message>
    <message>
        <source>out</source>
        <translation>出</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>标准错误</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>流</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Output of all hosts</source>
        <translation>所有主机的输出</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>%1 的输出</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation>NocoBase 集群控制台</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Cluster nodes by role</source>
        <translation>按角色列出的集群节点</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Inventory…</source>
        <translation>打开清单(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About NocoBase Cluster Console</source>
        <translation>关于 NocoBase 集群控制台(&amp;A)</translation>
    </message>
    <message>
        <source>No cluster open. Use File &gt; Open Inventory…</source>
        <translation>未打开集群。请使用 文件 &gt; 打开清单…</translation>
    </message>
    <message>
        <source>Inventory not loaded</source>
        <translation>清单未加载</translation>
    </message>
    <message>
        <source>%1 has problems and was not loaded.</source>
        <translation>%1 存在问题，未加载。</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1 — %n app node(s)</source>
        <translation>
            <numerusform>集群 %1 — %n 个应用节点</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — NocoBase Cluster Console</source>
        <translation>%1 — NocoBase 集群控制台</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>打开清单</translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml);;All files (*)</source>
        <translation>清单 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About NocoBase Cluster Console</source>
        <translation>关于 NocoBase 集群控制台</translation>
    </message>
    <message>
        <source>NocoBase Cluster Console %1

Runs NocoBase&apos;s cluster maintenance procedures over SSH.</source>
        <translation>NocoBase 集群控制台 %1

通过 SSH 执行 NocoBase 集群维护流程。</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>集群拓扑</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>节点详情</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit Cluster in View</source>
        <translation>适应窗口显示集群(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>monitor: %1</source>
        <translation>监控：%1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes healthy · %3 need attention · %4 stale</source>
        <translation>%2 个节点中 %1 个健康 · %3 个需要关注 · %4 个数据过期</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>流程(&amp;P)</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>&amp;First Start…</source>
        <translation>首次启动(&amp;F)…</translation>
    </message>
    <message>
        <source>Start the cluster for the first time, one node first</source>
        <translation>首次启动集群，先启动一个节点</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>升级(&amp;U)…</translation>
    </message>
    <message>
        <source>Upgrade every node to a new NocoBase version</source>
        <translation>将每个节点升级到新的 NocoBase 版本</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Maintenance…</source>
        <translation>维护(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the cluster into maintenance for work inside NocoBase</source>
        <translation>将集群置于维护状态，以便在 NocoBase 内操作</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>未完成的运行</translation>
    </message>
    <message>
        <source>Run %1 (%2) on %3 did not finish: %4</source>
        <translation>%3 上的运行 %1（%2）未完成：%4</translation>
    </message>
    <message>
        <source>The console probes the cluster and continues at the step where the run stopped; you confirm each step again. From a terminal: &apos;nbconsole-cli resume --run %1&apos; or &apos;nbconsole-cli rollback --run %1&apos;.</source>
        <translation>控制台会先探测集群，再从运行停止的步骤继续；每个步骤都需要您再次确认。在终端中：&apos;nbconsole-cli resume --run %1&apos; 或 &apos;nbconsole-cli rollback --run %1&apos;。</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>继续(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>集群(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Run Command…</source>
        <translation>运行命令(&amp;R)…</translation>
    </message>
    <message>
        <source>Run a shell command on chosen hosts and watch its output</source>
        <translation>在选定的主机上运行 shell 命令并查看其输出</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Runs &amp;History…</source>
        <translation>运行历史(&amp;H)…</translation>
    </message>
    <message>
        <source>The journal&apos;s runs, their steps and reports</source>
        <translation>运行日志中的运行记录及其步骤和报告</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;New Inventory…</source>
        <translation>新建清单(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Inventory…</source>
        <translation>编辑清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>begin: scale down to one node for in-app maintenance; end: back to every node</source>
        <translation>begin：缩减到一个节点以进行应用内维护；end：恢复到所有节点</translation>
    </message>
    <message>
        <source>The node that stays (default: the first listed).</source>
        <translation>保留运行的节点（默认：列出的第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>begin or end</source>
        <translation>begin 或 end</translation>
    </message>
    <message>
        <source>maintenance: say &apos;begin&apos; or &apos;end&apos;.</source>
        <translation>maintenance：请指定 &apos;begin&apos; 或 &apos;end&apos;。</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli maintenance begin --node app-1</source>
        <translation>示例：nbconsole-cli maintenance begin --node app-1</translation>
    </message>
</context>
<context>
    <name>NodeDetailsPane</name>
    <message>
        <source>Node details</source>
        <translation>节点详情</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>选中的节点</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>健康状态：</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>进程：</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>最后响应：</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>最后响应</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>延迟：</translation>
    </message>
    <message>
        <source>Health-check latency</source>
        <translation>健康检查延迟</translation>
    </message>
    <message>
        <source>&amp;Chart window:</source>
        <translation>图表时间范围(&amp;C)：</translation>
    </message>
    <message>
        <source>Chart time window</source>
        <translation>图表时间范围</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>最近 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>最近 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts of the selected node</source>
        <translation>选中节点的图表</translation>
    </message>
    <message>
        <source>Select an app node to see its health over time.</source>
        <translation>选择一个应用节点以查看其健康状态随时间的变化。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>unknown (asked only when healthy)</source>
        <translation>未知（仅在健康时查询）</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无响应</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 随时间变化</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n latency sample(s) in the window</source>
        <translation>
            <numerusform>时间范围内有 %n 个延迟样本</numerusform>
        </translation>
    </message>
    <message>
        <source>Host figures:</source>
        <translation>主机指标：</translation>
    </message>
    <message>
        <source>Host figures</source>
        <translation>主机指标</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU：</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>内存使用</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>负载：</translation>
    </message>
    <message>
        <source>Load average (1, 5, 15 min)</source>
        <translation>平均负载（1、5、15 分钟）</translation>
    </message>
    <message>
        <source>Data disk:</source>
        <translation>数据盘：</translation>
    </message>
    <message>
        <source>Disk of the data path</source>
        <translation>数据路径所在的磁盘</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>known from the second read on</source>
        <translation>第二次读取后可知</translation>
    </message>
    <message>
        <source>%1 over time — host figures STALE</source>
        <translation>%1 随时间变化 — 主机指标数据过期</translation>
    </message>
    <message>
        <source>Data path %1</source>
        <translation>数据路径 %1</translation>
    </message>
</context>
<context>
    <name>NodeHistory</name>
    <message>
        <source>CPU (%)</source>
        <translation>CPU（%）</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>内存（%）</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>负载（1 分钟）</translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation>磁盘使用率（%）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>App node</source>
        <translation>应用节点</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>版本未知</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Working (%1)</source>
        <translation>处理中（%1）</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>run state unknown</source>
        <translation>运行状态未知</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>从未响应</translation>
    </message>
    <message>
        <source>STALE: %1, %2</source>
        <translation>数据过期：%1，%2</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>最后响应于 %1</translation>
    </message>
    <message>
        <source>not read (no SSH access configured)</source>
        <translation>未读取（未配置 SSH 访问）</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>从未读取</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <source>STALE: %1</source>
        <translation>数据过期：%1</translation>
    </message>
    <message>
        <source>host metrics STALE</source>
        <translation>主机指标数据过期</translation>
    </message>
</context>
<context>
    <name>ProcedureCli</name>
    <message>
        <source>Take every confirmation as given (for scripts).</source>
        <translation>视所有确认为已同意（用于脚本）。</translation>
    </message>
    <message>
        <source>Also print every command as it is sent.</source>
        <translation>同时打印发送的每条命令。</translation>
    </message>
    <message>
        <source>Print every command that would run, per host; change nothing.</source>
        <translation>按主机打印将要运行的每条命令；不做任何更改。</translation>
    </message>
    <message>
        <source>%1: run %2 not found: %3</source>
        <translation>%1：未找到运行记录 %2：%3</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli runs&apos; for the journal.</source>
        <translation>运行 &apos;nbconsole-cli runs&apos; 查看运行日志。</translation>
    </message>
    <message>
        <source>%1: no unfinished run in the journal.</source>
        <translation>%1：运行日志中没有未完成的运行。</translation>
    </message>
    <message>
        <source>%1 on %2 — dry run, nothing is changed</source>
        <translation>%2 上的%1 — 演练模式，不做任何更改</translation>
    </message>
    <message>
        <source>%1: no such node in %2.</source>
        <translation>%1：%2 中没有此节点。</translation>
    </message>
    <message>
        <source>Name one of the inventory&apos;s app nodes with --node.</source>
        <translation>请用 --node 指定清单中的一个应用节点。</translation>
    </message>
    <message>
        <source>Run %1 (%2) stopped at: %3</source>
        <translation>运行 %1（%2）停在：%3</translation>
    </message>
    <message>
        <source>the rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>The cluster now:</source>
        <translation>集群当前状态：</translation>
    </message>
    <message>
        <source>Continue the run? [y/N]</source>
        <translation>继续运行？[y/N]</translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation>继续回滚</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>由 %1 请求</translation>
    </message>
    <message>
        <source>%1: the run was not resumed.</source>
        <translation>%1：运行未继续。</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; again when ready.</source>
        <translation>准备好后再次运行 &apos;nbconsole-cli resume&apos;。</translation>
    </message>
    <message>
        <source>%1: run %2 is still going: a console on this machine is writing its journal.</source>
        <translation>%1：运行 %2 仍在进行：本机上的一个控制台正在写入它的日志。</translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it there; then run this again.</source>
        <translation>请等待它结束，或在那里停止它；然后再运行此命令。</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>every app node</source>
        <translation>所有应用节点</translation>
    </message>
    <message>
        <source>the first app node</source>
        <translation>第一个应用节点</translation>
    </message>
    <message>
        <source>the other app nodes</source>
        <translation>其他应用节点</translation>
    </message>
    <message>
        <source>the load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>重试此步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Roll &amp;back: start the previous version again and restore the database backup taken in this run</source>
        <translation>回滚(&amp;B)：重新启动先前版本，并恢复本次运行中做的数据库备份</translation>
    </message>
    <message>
        <source>&amp;Stop and leave the cluster as it is</source>
        <translation>停止并保持集群现状(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Mark done by hand (I fixed it myself)</source>
        <translation>标记为已手动完成(&amp;M)（我已自行修复）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Elapsed: %1 s</source>
        <translation>已用时：%1 秒</translation>
    </message>
    <message>
        <source>Cluster %1: the steps below run in this order. Each step shows its commands before it runs, and asks before it changes the cluster.</source>
        <translation>集群 %1：以下步骤按此顺序运行。每个步骤运行前都会显示其命令，并在更改集群前询问。</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>当前版本：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>&amp;Target version *:</source>
        <translation>目标版本(&amp;T) *：</translation>
    </message>
    <message>
        <source>Enter the version to upgrade to.</source>
        <translation>请输入要升级到的版本。</translation>
    </message>
    <message>
        <source>The cluster goes into maintenance on one node; you then do your work in NocoBase and come back here to end the maintenance.</source>
        <translation>集群将在一个节点上进入维护；随后您在 NocoBase 中完成工作，再回到这里结束维护。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Co&amp;mmands:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <source>Commands of this step</source>
        <translation>此步骤的命令</translation>
    </message>
    <message>
        <source>I have read the commands; &amp;run this step</source>
        <translation>我已阅读这些命令；运行此步骤(&amp;R)</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>用于确认的集群名称</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>运行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Do not run</source>
        <translation>不运行(&amp;D)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation>各主机进度</translation>
    </message>
    <message>
        <source>Live log of this run</source>
        <translation>本次运行的实时日志</translation>
    </message>
    <message>
        <source>The step failed — what now?</source>
        <translation>步骤失败——接下来怎么办？</translation>
    </message>
    <message>
        <source>What you did by hand (required)</source>
        <translation>您手动做了什么（必填）</translation>
    </message>
    <message>
        <source>Reason for marking the step done by hand</source>
        <translation>将步骤标记为手动完成的原因</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>继续(&amp;G)</translation>
    </message>
    <message>
        <source>Your work in NocoBase</source>
        <translation>您在 NocoBase 中的工作</translation>
    </message>
    <message>
        <source>Plugins: add, enable, disable or upgrade plugins in the plugin manager</source>
        <translation>插件：在插件管理器中添加、启用、禁用或升级插件</translation>
    </message>
    <message>
        <source>Backup &amp;&amp; restore: take or restore a backup with the backup manager</source>
        <translation>备份与恢复：用备份管理器创建或恢复备份</translation>
    </message>
    <message>
        <source>Migration: import or apply a migration package</source>
        <translation>迁移：导入或应用迁移包</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>结束维护(&amp;E)</translation>
    </message>
    <message>
        <source>Notes of the run, including the downtime</source>
        <translation>本次运行的记录，包括停机时间</translation>
    </message>
    <message>
        <source>Notes (downtime and what each step found):</source>
        <translation>记录（停机时间及每个步骤的发现）：</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>导出报告为 &amp;HTML…</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>导出报告为 &amp;PDF…</translation>
    </message>
    <message>
        <source>Taking the cluster lock…</source>
        <translation>正在获取集群锁…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>(no remote command: this step checks or waits)</source>
        <translation>（无远程命令：此步骤只检查或等待）</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Waiting for you: read the step, then press Run.</source>
        <translation>等待您：阅读此步骤，然后按“运行”。</translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;confirm:</source>
        <translation>输入集群名称（%1）以确认(&amp;C)：</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>Declined; the step does not run.</source>
        <translation>已拒绝；此步骤不会运行。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1：%2
%3</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Resumes run %1 (%2). The cluster is probed first; the journal says what was intended, only the cluster says what happened.</source>
        <translation>继续运行 %1（%2）。先探测集群：日志记录的是计划，只有集群能说明实际发生了什么。</translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation>继续回滚</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The cluster is in maintenance and one node runs: %1; the load balancer sends every user to it. Do your work in NocoBase there, tick what you did, then end the maintenance: the other nodes start again on the same release.</source>
        <translation>集群处于维护状态，只有一个节点在运行：%1；负载均衡器将所有用户导向该节点。请在该节点上的 NocoBase 中完成工作，勾选您做过的操作，然后结束维护：其他节点将以相同版本重新启动。</translation>
    </message>
    <message>
        <source>What you did (recorded in the journal):</source>
        <translation>您做了什么（记录在运行日志中）：</translation>
    </message>
    <message>
        <source>Before the other nodes start, confirm:</source>
        <translation>在其他节点启动之前，请确认：</translation>
    </message>
    <message>
        <source>My work in NocoBase is finished</source>
        <translation>我在 NocoBase 中的工作已完成</translation>
    </message>
    <message>
        <source>I verified that NocoBase works on the node that runs (sign in, the changed feature works)</source>
        <translation>我已验证 NocoBase 在运行中的节点上工作正常（可以登录，更改过的功能可用）</translation>
    </message>
    <message>
        <source>the operator cancelled the run and chose the rollback</source>
        <translation>操作员取消了运行并选择回滚</translation>
    </message>
    <message>
        <source>Rollback step %1 of %2</source>
        <translation>回滚第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>I have &amp;done this by hand; check it and go on</source>
        <translation>我已手动完成；请检查后继续(&amp;D)</translation>
    </message>
    <message>
        <source>%1 is older than the cluster&apos;s %2: NocoBase cannot downgrade. To go back after a failed upgrade, roll that run back.</source>
        <translation>%1 比集群当前的版本 %2 旧：NocoBase 无法降级。如需在升级失败后回退，请回滚那次运行。</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>The run is at “%1”.</source>
        <translation>运行当前处于“%1”。</translation>
    </message>
    <message>
        <source>The run is starting.</source>
        <translation>运行正在启动。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt;: the run stops at the next safe point and the cluster stays as it is then; the journal records where. You can resume or roll back later from the console or with nbconsole-cli.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;停止&lt;/b&gt;：运行在下一个安全点停止，集群保持当时的状态；运行日志会记录停止的位置。之后可在控制台中或用 nbconsole-cli 继续或回滚。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roll back&lt;/b&gt; (%1): the run stops, then these steps run here, each with its confirmation:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;回滚&lt;/b&gt;（%1）：运行停止，然后在此处运行以下步骤，每一步都需要确认：&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>取消运行？</translation>
    </message>
    <message>
        <source>What should the cluster be left in?</source>
        <translation>要让集群保持在什么状态？</translation>
    </message>
    <message>
        <source>Stop and &amp;roll back</source>
        <translation>停止并回滚(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>cancelled by %1 in the wizard</source>
        <translation>由 %1 在向导中取消</translation>
    </message>
    <message>
        <source>Stopping the run; the rollback follows.</source>
        <translation>正在停止运行；随后将回滚。</translation>
    </message>
    <message>
        <source>none: the backup stays on the database host</source>
        <translation>无：备份只保留在数据库主机上</translation>
    </message>
    <message>
        <source>Folder on this computer for a copy of the backup</source>
        <translation>本机上存放备份副本的文件夹</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the backup into</source>
        <translation>将备份复制到</translation>
    </message>
    <message>
        <source>&amp;Copy of the backup:</source>
        <translation>备份副本(&amp;C)：</translation>
    </message>
    <message>
        <source>Give the full path of the folder for the copy of the backup, or leave it empty.</source>
        <translation>请填写存放备份副本的文件夹的完整路径，或留空。</translation>
    </message>
    <message>
        <source>passed over when %1</source>
        <translation>%1时跳过</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>continue an interrupted or stopped run at the exact step</source>
        <translation>从中断或停止的确切步骤继续运行</translation>
    </message>
    <message>
        <source>The run to resume (default: the latest unfinished).</source>
        <translation>要继续的运行（默认：最近一次未完成的运行）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ask, rollback or stop, as for upgrade.</source>
        <translation>ask、rollback 或 stop，与 upgrade 相同。</translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation>ask|rollback|stop</translation>
    </message>
    <message>
        <source>resume: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation>resume：--on-failure 必须是 ask、rollback 或 stop，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>%1: run %2 is finished (%3); there is nothing to resume.</source>
        <translation>%1：运行 %2 已结束（%3）；没有可继续的内容。</translation>
    </message>
    <message>
        <source>%1: run %2 is of an unknown procedure &apos;%3&apos;.</source>
        <translation>%1：运行 %2 属于未知流程 &apos;%3&apos;。</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>previous version on every node + this run&apos;s database backup</source>
        <translation>所有节点恢复先前版本 + 本次运行的数据库备份</translation>
    </message>
    <message>
        <source>The run to roll back (default: the latest unfinished).</source>
        <translation>要回滚的运行（默认：最近一次未完成的运行）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1: run %2 (%3) has no rollback.</source>
        <translation>%1：运行 %2（%3）无法回滚。</translation>
    </message>
    <message>
        <source>Only an upgrade can be rolled back; use &apos;nbconsole-cli resume&apos; for the others.</source>
        <translation>只有升级可以回滚；其他流程请使用 &apos;nbconsole-cli resume&apos;。</translation>
    </message>
</context>
<context>
    <name>RunCommandDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>运行(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Run Command — %1</source>
        <translation>运行命令 — %1</translation>
    </message>
    <message>
        <source>Run a command on cluster hosts</source>
        <translation>在集群主机上运行命令</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Hosts the command runs on</source>
        <translation>运行命令的主机</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>A shell command, sent to each host exactly as typed.</source>
        <translation>shell 命令，按输入原样发送到每台主机。</translation>
    </message>
    <message>
        <source>e.g. df -h /</source>
        <translation>例如 df -h /</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>命令(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>运行命令</translation>
    </message>
    <message>
        <source>Cancel the running command on every host</source>
        <translation>在所有主机上取消正在运行的命令</translation>
    </message>
    <message>
        <source>Output of the command, every host</source>
        <translation>命令在所有主机上的输出</translation>
    </message>
    <message>
        <source>Result per host</source>
        <translation>各主机的结果</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>退出码</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>Tick at least one host.</source>
        <translation>请至少勾选一台主机。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s): %1</source>
        <translation>
            <numerusform>在 %n 台主机上运行：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command cannot be sent: %1</source>
        <translation>无法发送命令：%1</translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n host(s) of cluster %1?</source>
        <translation>
            <numerusform>在集群 %1 的 %n 台主机上运行此命令？</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sent to each host&apos;s shell exactly as shown, with a timeout of %1. Hosts:</source>
        <translation>命令将按所示原样发送到每台主机的 shell，超时为 %1。主机：</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>运行命令</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Do &amp;Not Run</source>
        <translation>不运行(&amp;N)</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>失败，退出码 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1; %2 of %n host(s) had finished successfully.</source>
        <translation>
            <numerusform>%1 后已取消；%n 台主机中有 %2 台已成功完成。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on all %n host(s) in %1.</source>
        <translation>
            <numerusform>全部 %n 台主机均已成功，耗时 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %1 of %n host(s) in %2; see the result per host.</source>
        <translation>
            <numerusform>%n 台主机中有 %1 台失败，耗时 %2；请查看各主机的结果。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling on %n host(s)… %1</source>
        <translation>
            <numerusform>正在取消 %n 台主机上的命令… %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)… %1</source>
        <translation>
            <numerusform>正在 %n 台主机上运行… %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 — can be resumed</source>
        <translation>%1 — 可继续</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>the journal: every run of this cluster, newest first</source>
        <translation>运行日志：此集群的所有运行，最新的在前</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The run for --report (default: the newest).</source>
        <translation>--report 所用的运行（默认：最新的）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>运行 %1 的报告已写入 %2</translation>
    </message>
    <message>
        <source>%1: no run %2 in the journal.</source>
        <translation>%1：运行日志中没有运行 %2。</translation>
    </message>
    <message>
        <source>No runs of %1 in the journal.</source>
        <translation>运行日志中没有 %1 的运行。</translation>
    </message>
    <message>
        <source>Write the run&apos;s report to FILE: PDF when FILE ends in .pdf, HTML otherwise.</source>
        <translation>将运行报告写入 FILE：FILE 以 .pdf 结尾时为 PDF，否则为 HTML。</translation>
    </message>
</context>
<context>
    <name>RunsHistoryDialog</name>
    <message>
        <source>Show runs of &amp;all clusters</source>
        <translation>显示所有集群的运行(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>继续(&amp;R)…</translation>
    </message>
    <message>
        <source>Runs History</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>Runs History — %1</source>
        <translation>运行历史 — %1</translation>
    </message>
    <message>
        <source>Show runs of all clusters</source>
        <translation>显示所有集群的运行</translation>
    </message>
    <message>
        <source>Runs in the journal, newest first</source>
        <translation>运行日志中的运行，最新的在前</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>选中的运行</translation>
    </message>
    <message>
        <source>Steps of the selected run, with each node&apos;s state</source>
        <translation>选中运行的步骤及各节点的状态</translation>
    </message>
    <message>
        <source>Step / node</source>
        <translation>步骤 / 节点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>重新读取运行日志</translation>
    </message>
    <message>
        <source>Export the selected run&apos;s report as HTML or PDF</source>
        <translation>将选中运行的报告导出为 HTML 或 PDF</translation>
    </message>
    <message>
        <source>Resume the selected unfinished run</source>
        <translation>继续选中的未完成运行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>正在读取运行日志…</translation>
    </message>
    <message>
        <source>No runs in the journal at %1.</source>
        <translation>%1 处的运行日志中没有运行记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the journal.</source>
        <translation>
            <numerusform>运行日志中有 %n 次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its steps.</source>
        <translation>选择一次运行以查看其步骤。</translation>
    </message>
    <message>
        <source>Run %1: %2 on %3</source>
        <translation>运行 %1：%3 上的%2</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>，目标版本 %1</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>，操作员 %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>This run did not finish. Resume it here or with &apos;nbconsole-cli resume --run %1&apos;.</source>
        <translation>此运行未完成。可在此处继续，或使用 &apos;nbconsole-cli resume --run %1&apos;。</translation>
    </message>
    <message>
        <source>This run did not finish; it can be resumed at the step &quot;%1&quot; (Resume… here, or &apos;nbconsole-cli resume --run %2&apos;).</source>
        <translation>此运行未完成；可从步骤“%1”继续（在此处点击“继续…”，或使用 &apos;nbconsole-cli resume --run %2&apos;）。</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>回滚：%1</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML 报告 (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Writing the report of run %1…</source>
        <translation>正在写入运行 %1 的报告…</translation>
    </message>
    <message>
        <source>The report of run %1 was written to %2.</source>
        <translation>运行 %1 的报告已写入 %2。</translation>
    </message>
    <message>
        <source>The report of run %1 was not written: %2</source>
        <translation>运行 %1 的报告未写入：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Health poll interval:</source>
        <translation>健康检查间隔(&amp;H)：</translation>
    </message>
    <message>
        <source>Health poll interval in seconds</source>
        <translation>健康检查间隔（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Log lines kept in view:</source>
        <translation>视图中保留的日志行数(&amp;L)：</translation>
    </message>
    <message>
        <source>Log lines kept in view</source>
        <translation>视图中保留的日志行数</translation>
    </message>
    <message>
        <source>Older lines leave the view; the run journal keeps every line.</source>
        <translation>较旧的行会移出视图；运行日志仍保留每一行。</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>语言(&amp;A)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>新语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>StaleLockDialog</name>
    <message>
        <source>Cluster locked — %1</source>
        <translation>集群已锁定 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster %1 is locked by another run.&lt;/b&gt;</source>
        <translation>&lt;b&gt;集群 %1 已被另一次运行锁定。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lock owner</source>
        <translation>锁持有者</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>持有者：</translation>
    </message>
    <message>
        <source>Run holding the lock</source>
        <translation>持有锁的运行</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1（%2 前）</translation>
    </message>
    <message>
        <source>Locked since</source>
        <translation>锁定时间</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>锁定时间：</translation>
    </message>
    <message>
        <source>Wait for that run to finish. Break the lock only if that run is really gone (its console was closed or crashed): breaking the lock of a live run lets two runs change the cluster at once.</source>
        <translation>请等待该运行结束。仅在该运行确实已不存在时（其控制台已关闭或崩溃）才解除锁：解除仍在进行的运行持有的锁，会导致两次运行同时更改集群。</translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;break the lock:</source>
        <translation>输入集群名称（%1）以解除锁(&amp;B)：</translation>
    </message>
    <message>
        <source>Cluster name to confirm breaking the lock</source>
        <translation>用于确认解除锁的集群名称</translation>
    </message>
    <message>
        <source>Break the lock and &amp;retry</source>
        <translation>解除锁并重试(&amp;R)</translation>
    </message>
    <message>
        <source>Break the lock, then start the run again</source>
        <translation>解除锁，然后重新开始运行</translation>
    </message>
    <message>
        <source>&amp;Keep the lock</source>
        <translation>保留锁(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the lock and do not run</source>
        <translation>保留锁，不运行</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Breaking the lock…</source>
        <translation>正在解除锁…</translation>
    </message>
    <message>
        <source>The lock was not broken: %1</source>
        <translation>锁未解除：%1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>nodes, health, versions, load balancer mode, lock</source>
        <translation>节点、健康状态、版本、负载均衡器模式、锁</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Cluster %1 (%2)</source>
        <translation>集群 %1（%2）</translation>
    </message>
    <message>
        <source>Load balancer: %1 on %2</source>
        <translation>负载均衡器：%2 上的 %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>App nodes (%1 runtime):</source>
        <translation>应用节点（%1 运行时）：</translation>
    </message>
    <message>
        <source>Database: %1 %2 on %3</source>
        <translation>数据库：%3 上的 %1 %2</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis：%1</translation>
    </message>
    <message>
        <source>Shared storage: %1</source>
        <translation>共享存储：%1</translation>
    </message>
    <message>
        <source>Complete the inventory, then run &apos;nbconsole-cli status&apos; again.</source>
        <translation>请补全清单，然后再次运行 &apos;nbconsole-cli status&apos;。</translation>
    </message>
    <message>
        <source>mode %1, upstream %2</source>
        <translation>模式 %1，上游 %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, health %2, release %3, database at %4</source>
        <translation>%1，健康状态 %2，版本 %3，数据库版本 %4</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>锁：%1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Lock: unknown (%1)</source>
        <translation>锁：未知（%1）</translation>
    </message>
</context>
<context>
    <name>TerminalObserver</name>
    <message>
        <source>Resuming %1 on %2 (run %3)</source>
        <translation>正在继续 %2 上的%1（运行 %3）</translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation>%2 上的%1（运行 %3）</translation>
    </message>
    <message>
        <source>confirmed by --yes</source>
        <translation>已由 --yes 确认</translation>
    </message>
    <message>
        <source> [y/N]</source>
        <translation> [y/N]</translation>
    </message>
    <message>
        <source>No terminal to confirm on: run with --yes to confirm in advance.</source>
        <translation>没有可用于确认的终端：请加 --yes 运行以预先确认。</translation>
    </message>
    <message>
        <source>--on-failure rollback</source>
        <translation>--on-failure rollback</translation>
    </message>
    <message>
        <source>What now? (%1)</source>
        <translation>接下来怎么办？（%1）</translation>
    </message>
    <message>
        <source>What did you do by hand?</source>
        <translation>您手动做了什么？</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Done? [y/N]</source>
        <translation>已完成？[y/N]</translation>
    </message>
    <message>
        <source>No terminal to confirm on: this load balancer is switched by hand, which --yes cannot confirm. Run interactively, or describe the switch as commands (load_balancer kind: custom).</source>
        <translation>没有可用于确认的终端：此负载均衡器需手动切换，--yes 无法代为确认。请以交互方式运行，或将切换操作写成命令（load_balancer kind: custom）。</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message numerus="yes">
        <source>App nodes (%n)</source>
        <translation>
            <numerusform>应用节点（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Cluster topology</source>
        <translation>集群拓扑</translation>
    </message>
    <message>
        <source>Arrow keys select a node; + and - zoom; 0 fits the cluster</source>
        <translation>方向键选择节点；+ 和 - 缩放；0 适应显示整个集群</translation>
    </message>
</context>
<context>
    <name>UnlockCommand</name>
    <message>
        <source>break a stale cluster lock (shows its owner first)</source>
        <translation>解除过期的集群锁（先显示其持有者）</translation>
    </message>
    <message>
        <source>Break it without asking for the cluster name.</source>
        <translation>解除锁时不要求输入集群名称。</translation>
    </message>
    <message>
        <source>Check that the load balancer host is reachable over SSH.</source>
        <translation>请检查负载均衡器主机能否通过 SSH 访问。</translation>
    </message>
    <message>
        <source>%1: the cluster is not locked.</source>
        <translation>%1：集群未被锁定。</translation>
    </message>
    <message>
        <source>%1 is locked by %2.</source>
        <translation>%1 已被 %2 锁定。</translation>
    </message>
    <message>
        <source>Break the lock only if that run is really gone. Type the cluster name (%1):</source>
        <translation>仅在该运行确实已不存在时才解除锁。请输入集群名称（%1）：</translation>
    </message>
    <message>
        <source>%1: the lock was kept.</source>
        <translation>%1：锁已保留。</translation>
    </message>
    <message>
        <source>Type the cluster name exactly, or use --yes in scripts.</source>
        <translation>请准确输入集群名称，或在脚本中使用 --yes。</translation>
    </message>
    <message>
        <source>%1: lock of %2 broken.</source>
        <translation>%1：%2 持有的锁已解除。</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>upgrade every node to a version: backup, maintenance page, one node first</source>
        <translation>将所有节点升级到指定版本：备份、维护页面、先升级一个节点</translation>
    </message>
    <message>
        <source>The exact version to upgrade to (e.g. 2.2.15).</source>
        <translation>要升级到的确切版本（例如 2.2.15）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>After the version change fails: ask (default on a terminal), rollback, or stop (default with --yes or without a terminal).</source>
        <translation>版本变更失败后：ask（在终端中为默认）、rollback，或 stop（使用 --yes 或没有终端时为默认）。</translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation>ask|rollback|stop</translation>
    </message>
    <message>
        <source>The node that migrates first (default: the first listed).</source>
        <translation>最先执行迁移的节点（默认：列出的第一个）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>upgrade: --to VERSION is required.</source>
        <translation>upgrade：必须指定 --to VERSION。</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli upgrade --to 2.2.15</source>
        <translation>示例：nbconsole-cli upgrade --to 2.2.15</translation>
    </message>
    <message>
        <source>upgrade: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation>upgrade：--on-failure 必须是 ask、rollback 或 stop，而不是 &apos;%1&apos;。</translation>
    </message>
    <message>
        <source>upgrade: %1.</source>
        <translation>upgrade：%1。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Also copy the database backup into this folder on this computer (checked by sha256; the maintenance window lasts until it is here).</source>
        <translation>同时将数据库备份复制到本机的这个文件夹（用 sha256 校验；维护窗口持续到副本到达为止）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>upgrade: --backup-copy needs a folder.</source>
        <translation>upgrade：--backup-copy 需要一个文件夹。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation>NocoBase 集群控制台</translation>
    </message>
    <message>
        <source>Desktop console for NocoBase clusters.</source>
        <translation>NocoBase 集群桌面控制台。</translation>
    </message>
    <message>
        <source>Open the cluster inventory FILE.</source>
        <translation>打开集群清单文件 FILE。</translation>
    </message>
</context>
<context>
    <name>nb</name>
    <message>
        <source>expected a list of at least one node</source>
        <translation>应为至少包含一个节点的列表</translation>
    </message>
    <message>
        <source>expected a node with name and host</source>
        <translation>应为包含 name 和 host 的节点</translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation>节点名称 &apos;%1&apos; 重复</translation>
    </message>
    <message>
        <source>the file is empty or is not a YAML mapping</source>
        <translation>文件为空或不是 YAML 映射</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>超时内无响应</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field path like app.nodes[1].host</source>
        <translation>&apos;%1&apos; 不是类似 app.nodes[1].host 的字段路径</translation>
    </message>
    <message>
        <source>%1: the enclosing value is not a mapping</source>
        <translation>%1：外层的值不是映射</translation>
    </message>
    <message>
        <source>%1: there is no &apos;%2&apos; section to add it to</source>
        <translation>%1：没有可添加到的 &apos;%2&apos; 部分</translation>
    </message>
    <message>
        <source>%1: there is no item %2 in &apos;%3&apos;</source>
        <translation>%1：&apos;%3&apos; 中没有第 %2 项</translation>
    </message>
    <message>
        <source>empty field path</source>
        <translation>字段路径为空</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command takes no placeholders</source>
        <translation>未知占位符 {%1}；此命令不接受占位符</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command can use %2</source>
        <translation>未知占位符 {%1}；此命令可使用 %2</translation>
    </message>
    <message>
        <source>must contain {%1}</source>
        <translation>必须包含 {%1}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image name (e.g. nocobase/nocobase)</source>
        <translation>&apos;%1&apos; 不是有效的镜像名称（例如 nocobase/nocobase）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; 不是 http:// 或 https:// URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same host as node &apos;%2&apos; (%3 port %4)</source>
        <translation>&apos;%1&apos; 与节点 &apos;%2&apos; 是同一主机（%3 端口 %4）</translation>
    </message>
    <message>
        <source>is required for the %1 runtime</source>
        <translation>%1 运行时需要此项</translation>
    </message>
    <message>
        <source>for the kubernetes runtime</source>
        <translation>用于 kubernetes 运行时</translation>
    </message>
    <message>
        <source>for the haproxy load balancer</source>
        <translation>用于 haproxy 负载均衡器</translation>
    </message>
    <message>
        <source>for the custom load balancer</source>
        <translation>用于自定义负载均衡器</translation>
    </message>
    <message>
        <source>expected keychain, ask, env:VARIABLE or none (the password itself never goes into the inventory)</source>
        <translation>应为 keychain、ask、env:VARIABLE 或 none（密码本身绝不写入清单）</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>skipped because of an earlier failure</source>
        <translation>因之前的失败而跳过</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>done by hand</source>
        <translation>已手动完成</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>已回滚</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>已拒绝，未做任何更改</translation>
    </message>
    <message>
        <source>%1: still running after the stop</source>
        <translation>%1：停止后仍在运行</translation>
    </message>
    <message>
        <source>%1: cannot tell whether it stopped: %2</source>
        <translation>%1：无法确定是否已停止：%2</translation>
    </message>
    <message>
        <source>lb: sends traffic to %1, expected %2</source>
        <translation>lb：流量发往 %1，预期为 %2</translation>
    </message>
    <message>
        <source>%1: migration failed (%2): %3</source>
        <translation>%1：迁移失败（%2）：%3</translation>
    </message>
    <message>
        <source>%1: NocoBase failed (%2): %3</source>
        <translation>%1：NocoBase 失败（%2）：%3</translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation>lb：%1</translation>
    </message>
    <message>
        <source>lb: mode %1, upstream %2</source>
        <translation>lb：模式 %1，上游 %2</translation>
    </message>
    <message>
        <source>%1: cannot read the node&apos;s state: %2</source>
        <translation>%1：无法读取节点状态：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Check that the host is reachable over SSH with a verified key.</source>
        <translation>请检查能否使用已验证的密钥通过 SSH 访问该主机。</translation>
    </message>
    <message>
        <source>Every host answers over SSH with a verified key, the runtime, the load balancer and the database respond; nothing is changed.</source>
        <translation>每台主机都能通过已验证密钥的 SSH 响应，运行时、负载均衡器和数据库均有响应；不做任何更改。</translation>
    </message>
    <message>
        <source>%1 — type the cluster name (%2) to go on</source>
        <translation>%1 — 输入集群名称（%2）以继续</translation>
    </message>
    <message>
        <source>%1 — go on?</source>
        <translation>%1 — 继续？</translation>
    </message>
    <message>
        <source>%1: state unknown (%2)</source>
        <translation>%1：状态未知（%2）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>healthy, version %1</source>
        <translation>健康，版本 %1</translation>
    </message>
    <message>
        <source>busy (%1 %2)</source>
        <translation>忙碌（%1 %2）</translation>
    </message>
    <message>
        <source>failed (%1 %2)</source>
        <translation>失败（%1 %2）</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>健康状态未知</translation>
    </message>
    <message>
        <source>%1: %2, release %3, %4</source>
        <translation>%1：%2，版本 %3，%4</translation>
    </message>
    <message>
        <source>Password of database user %1 on %2 (cluster %3):</source>
        <translation>%2 上数据库用户 %1 的密码（集群 %3）：</translation>
    </message>
    <message>
        <source>db: no database password was given</source>
        <translation>db：未提供数据库密码</translation>
    </message>
    <message>
        <source>no password is stored in the keychain yet</source>
        <translation>钥匙串中尚未存储密码</translation>
    </message>
    <message>
        <source>no secure storage for passwords is available (%1); the password will be asked each time and not stored anywhere</source>
        <translation>没有可用的密码安全存储（%1）；每次都会询问密码，且不会存储在任何地方</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>钥匙串拒绝：%1</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has no host in the inventory %2.</source>
        <translation>目标 &apos;%1&apos; 在清单 %2 中没有主机。</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;: the inventory %2 has the nodes %3 (and the targets all, apps, lb, db).</source>
        <translation>未知目标 &apos;%1&apos;：清单 %2 中的节点为 %3（另有目标 all、apps、lb、db）。</translation>
    </message>
    <message>
        <source>The targets &apos;%1&apos; name no host in the inventory %2.</source>
        <translation>目标 &apos;%1&apos; 未指定清单 %2 中的任何主机。</translation>
    </message>
    <message>
        <source>could not start SFTP on %1: %2</source>
        <translation>无法在 %1 上启动 SFTP：%2</translation>
    </message>
    <message>
        <source>lb: switched by the operator</source>
        <translation>lb：已由操作员切换</translation>
    </message>
    <message>
        <source>lb: the operator did not confirm the switch: %1</source>
        <translation>lb：操作员未确认切换：%1</translation>
    </message>
    <message>
        <source>Switch the load balancer as described, then retry the step.</source>
        <translation>请按说明切换负载均衡器，然后重试此步骤。</translation>
    </message>
    <message>
        <source>lb: switched by hand and has no url: nothing can prove its switches</source>
        <translation>lb：手动切换且未设置 url：无法验证其切换是否生效</translation>
    </message>
    <message>
        <source>Add the cluster&apos;s public address as load_balancer.url to the inventory.</source>
        <translation>请在清单中将集群的公共地址添加为 load_balancer.url。</translation>
    </message>
    <message>
        <source>lb: switched by hand; each switch is asked of you, then checked at %1</source>
        <translation>lb：手动切换；每次切换都会请您操作，然后在 %1 上检查</translation>
    </message>
    <message>
        <source>this computer: cannot write the backup&apos;s copy into %1: %2</source>
        <translation>本机：无法将备份副本写入 %1：%2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or leave the copy out.</source>
        <translation>请选择一个可写的文件夹，或不复制备份。</translation>
    </message>
    <message>
        <source>this computer: the backup will also be copied into %1</source>
        <translation>本机：备份还将复制到 %1</translation>
    </message>
</context>
<context>
    <name>nb::AdapterClusterControl</name>
    <message>
        <source>%1: the inventory lists no app nodes</source>
        <translation>%1：清单中没有应用节点</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation>lb：%1</translation>
    </message>
    <message>
        <source>db: only %1 MiB free in %2 for the backup</source>
        <translation>db：%2 中只剩 %1 MiB 可用于备份</translation>
    </message>
    <message>
        <source>Free space on the database host or set database.backup_dir elsewhere.</source>
        <translation>请释放数据库主机上的空间，或将 database.backup_dir 设到其他位置。</translation>
    </message>
    <message>
        <source>db: %1 MiB free for the backup</source>
        <translation>db：有 %1 MiB 可用于备份</translation>
    </message>
    <message>
        <source>db: %1 (%2 bytes)</source>
        <translation>db：%1（%2 字节）</translation>
    </message>
    <message>
        <source>reading back %1</source>
        <translation>回读 %1</translation>
    </message>
    <message>
        <source>db: the inventory %1 has no database section; the upgrade needs it for the backup</source>
        <translation>db：清单 %1 中没有 database 部分；升级需要它来做备份</translation>
    </message>
    <message>
        <source>Add the database section to the inventory.</source>
        <translation>请在清单中添加 database 部分。</translation>
    </message>
    <message>
        <source>sftp: download this run&apos;s backup into %1 on this machine, then compare its sha256</source>
        <translation>sftp：将本次运行的备份下载到本机的 %1，然后比对其 sha256</translation>
    </message>
    <message>
        <source>db: %1 copied to %2, sha256 matches</source>
        <translation>db：%1 已复制到 %2，sha256 一致</translation>
    </message>
</context>
<context>
    <name>nb::AnsibleImport</name>
    <message>
        <source>line %1: &apos;%2&apos; is not a [group], [group:vars] or [group:children] header</source>
        <translation>第 %1 行：&apos;%2&apos; 不是 [group]、[group:vars] 或 [group:children] 标头</translation>
    </message>
    <message>
        <source>line %1: expected NAME=VALUE in [%2:vars]</source>
        <translation>第 %1 行：[%2:vars] 中应为 NAME=VALUE</translation>
    </message>
    <message>
        <source>the YAML inventory is not a mapping of groups</source>
        <translation>YAML 清单不是组的映射</translation>
    </message>
    <message>
        <source>line %1: not valid YAML: %2</source>
        <translation>第 %1 行：不是有效的 YAML：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ROLE=GROUP with ROLE one of app, lb, db</source>
        <translation>&apos;%1&apos; 不是 ROLE=GROUP 格式（ROLE 为 app、lb、db 之一）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: group &apos;%2&apos; (the app nodes) has no hosts</source>
        <translation>%1：组 &apos;%2&apos;（应用节点）中没有主机</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 hosts; the first, %3, is the load balancer</source>
        <translation>组 &apos;%1&apos; 有 %2 台主机；第一台 %3 作为负载均衡器</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: no database section was written</source>
        <translation>组 &apos;%1&apos; 中没有主机：未写入 database 部分</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: the load balancer is set to manual; add its public url</source>
        <translation>组 &apos;%1&apos; 中没有主机：负载均衡器设为 manual（手动切换）；请添加其公共 url</translation>
    </message>
</context>
<context>
    <name>nb::ChangedHostKey</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>nb::ClusterLock</name>
    <message>
        <source>lb: the lock %1 exists but cannot be read</source>
        <translation>lb：锁 %1 存在但无法读取</translation>
    </message>
    <message>
        <source>%1: cannot use the cluster lock %2: %3</source>
        <translation>%1：无法使用集群锁 %2：%3</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
</context>
<context>
    <name>nb::ClusterMonitor</name>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <source>HTTP %1 without NocoBase&apos;s error body</source>
        <translation>HTTP %1，没有 NocoBase 的错误内容</translation>
    </message>
</context>
<context>
    <name>nb::ClusterSteps</name>
    <message>
        <source>Fetch the new version on every node</source>
        <translation>在所有节点上获取新版本</translation>
    </message>
    <message>
        <source>Every node downloads the target version while the cluster still serves, so the maintenance window does not wait for downloads and a missing version stops the upgrade before anything changes.</source>
        <translation>各节点在集群仍提供服务时下载目标版本，这样维护窗口无需等待下载；若版本不存在，升级会在任何更改之前停止。</translation>
    </message>
    <message>
        <source>Load balancer to maintenance</source>
        <translation>负载均衡器切换到维护</translation>
    </message>
    <message>
        <source>The load balancer answers every request with the 503 maintenance page. This comes before any node stops: with no node behind it nginx would answer 502 without the page. The cluster is unavailable from here until the last step.</source>
        <translation>负载均衡器对所有请求返回 503 维护页面。此步骤在任何节点停止之前执行：若后端没有节点，nginx 会返回不带页面的 502。从此处起直到最后一步，集群不可用。</translation>
    </message>
    <message>
        <source>maintenance page served</source>
        <translation>已提供维护页面</translation>
    </message>
    <message>
        <source>Load balancer back to the cluster</source>
        <translation>负载均衡器恢复到集群</translation>
    </message>
    <message>
        <source>Load balancer to every node</source>
        <translation>负载均衡器指向所有节点</translation>
    </message>
    <message>
        <source>The load balancer sends traffic to every node again; several answers in a row from its public URL prove the switch.</source>
        <translation>负载均衡器重新将流量发往所有节点；其公共 URL 连续多次响应即证明切换成功。</translation>
    </message>
    <message>
        <source>serving from every node</source>
        <translation>由所有节点提供服务</translation>
    </message>
    <message>
        <source>Load balancer to the one node that stays</source>
        <translation>负载均衡器只指向保留的节点</translation>
    </message>
    <message>
        <source>All traffic goes to one node, so the maintenance done in NocoBase&apos;s own UI happens on the node every user talks to.</source>
        <translation>所有流量发往同一个节点，因此在 NocoBase 自身界面中进行的维护就发生在所有用户访问的节点上。</translation>
    </message>
    <message>
        <source>serving from %1 only</source>
        <translation>仅由 %1 提供服务</translation>
    </message>
    <message>
        <source>Stop every node</source>
        <translation>停止所有节点</translation>
    </message>
    <message>
        <source>Stop the other nodes</source>
        <translation>停止其他节点</translation>
    </message>
    <message>
        <source>The nodes stop; nothing is removed (no volumes, no data).</source>
        <translation>节点停止；不删除任何内容（不删卷，不删数据）。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>A dump of the database, taken with every node stopped, then read back to prove it is complete. A rollback restores exactly this dump.</source>
        <translation>在所有节点停止时导出数据库，然后回读以证明其完整。回滚恢复的正是此导出文件。</translation>
    </message>
    <message>
        <source>Set the version on every node</source>
        <translation>在所有节点上设置版本</translation>
    </message>
    <message>
        <source>Every node&apos;s host is configured for the new release; nothing starts yet.</source>
        <translation>每个节点的主机都配置为新版本；暂不启动任何节点。</translation>
    </message>
    <message>
        <source>Restore the database from this run&apos;s backup</source>
        <translation>从本次运行的备份恢复数据库</translation>
    </message>
    <message>
        <source>NocoBase cannot downgrade: the database goes back to the dump taken before the version changed. Changes made since then are lost.</source>
        <translation>NocoBase 无法降级：数据库将恢复为版本变更前导出的内容。此后所做的更改将丢失。</translation>
    </message>
    <message>
        <source>Start the first node and wait until it is healthy</source>
        <translation>启动第一个节点并等待其健康</translation>
    </message>
    <message>
        <source>One node starts alone and runs the install or the migrations; the others wait, because two nodes migrating one database at once conflict. Healthy means: health check &apos;ok&apos;, the expected version in app:getInfo and no error in its log.</source>
        <translation>一个节点单独启动并执行安装或迁移；其他节点等待，因为两个节点同时迁移同一数据库会冲突。健康指：健康检查为 &apos;ok&apos;，app:getInfo 返回预期版本，且日志中没有错误。</translation>
    </message>
    <message>
        <source>Start the other nodes</source>
        <translation>启动其他节点</translation>
    </message>
    <message>
        <source>Start every node</source>
        <translation>启动所有节点</translation>
    </message>
    <message>
        <source>The remaining nodes start on the migrated database and must each become healthy.</source>
        <translation>其余节点基于已迁移的数据库启动，且每个都必须达到健康状态。</translation>
    </message>
    <message>
        <source>Verify the first node</source>
        <translation>验证第一个节点</translation>
    </message>
    <message>
        <source>The first node is probed again before the others join it: health, version and log.</source>
        <translation>在其他节点加入之前，再次探测第一个节点：健康状态、版本和日志。</translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s the console&apos;s own steps</source>
        <translation>停机 %1 秒：启动 NocoBase 至健康 %2 秒，停止 %3 秒，备份 %4 秒，控制台自身步骤 %5 秒</translation>
    </message>
    <message>
        <source>Copy the backup to this computer</source>
        <translation>将备份复制到本机</translation>
    </message>
    <message>
        <source>The dump is downloaded over SFTP and its sha256 compared with the backup&apos;s, so a way back survives the database host. The maintenance window lasts until it is here.</source>
        <translation>通过 SFTP 下载转储文件，并将其 sha256 与备份的比对，这样即使数据库主机出问题也仍有退路。维护窗口持续到副本到达为止。</translation>
    </message>
    <message>
        <source>db: this run has no backup to copy</source>
        <translation>db：本次运行没有可复制的备份</translation>
    </message>
    <message>
        <source>db: copying the backup: %1 % (%2 of %3 MiB)</source>
        <translation>db：正在复制备份：%1 %（%2 / %3 MiB）</translation>
    </message>
    <message>
        <source>no folder was given for a copy</source>
        <translation>未指定存放副本的文件夹</translation>
    </message>
    <message>
        <source>the run took no backup</source>
        <translation>本次运行没有做备份</translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s waiting for you, %6 s the console&apos;s own steps</source>
        <translation>停机 %1 秒：启动 NocoBase 至健康 %2 秒，停止 %3 秒，备份 %4 秒，等待您操作 %5 秒，控制台自身步骤 %6 秒</translation>
    </message>
</context>
<context>
    <name>nb::ComposeFile</name>
    <message>
        <source>the compose file has no services</source>
        <translation>compose 文件中没有服务</translation>
    </message>
    <message>
        <source>the compose file has no service &apos;%1&apos;</source>
        <translation>compose 文件中没有服务 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no image in the compose file</source>
        <translation>compose 文件中服务 &apos;%1&apos; 没有镜像</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is set through a variable (%2); change the version where that variable is defined</source>
        <translation>服务 &apos;%1&apos; 的镜像通过变量（%2）设置；请在定义该变量处修改版本</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is pinned by digest (%2); change it by hand</source>
        <translation>服务 &apos;%1&apos; 的镜像以摘要固定（%2）；请手动修改</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is written in a form that cannot be edited in place</source>
        <translation>服务 &apos;%1&apos; 的镜像写法无法就地编辑</translation>
    </message>
    <message>
        <source>the compose file is not valid YAML: %1</source>
        <translation>compose 文件不是有效的 YAML：%1</translation>
    </message>
</context>
<context>
    <name>nb::ComposeRuntime</name>
    <message>
        <source>docker compose ps</source>
        <translation>docker compose ps</translation>
    </message>
    <message>
        <source>%1: container is %2 (%3)</source>
        <translation>%1：容器状态为 %2（%3）</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>无容器</translation>
    </message>
    <message>
        <source>docker compose up</source>
        <translation>docker compose up</translation>
    </message>
    <message>
        <source>docker compose stop</source>
        <translation>docker compose stop</translation>
    </message>
    <message>
        <source>docker compose config</source>
        <translation>docker compose config</translation>
    </message>
    <message>
        <source>%1: the compose project has no image for service &apos;%2&apos;</source>
        <translation>%1：compose 项目中服务 &apos;%2&apos; 没有镜像</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>docker compose pull</source>
        <translation>docker compose pull</translation>
    </message>
    <message>
        <source>docker pull of %1:%2</source>
        <translation>docker pull %1:%2</translation>
    </message>
    <message>
        <source>%1: no compose file in %2</source>
        <translation>%1：%2 中没有 compose 文件</translation>
    </message>
    <message>
        <source>looking for the compose file</source>
        <translation>正在查找 compose 文件</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>keeping a backup of %1</source>
        <translation>正在保留 %1 的备份</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <source>docker compose config --quiet after the version change</source>
        <translation>版本变更后执行 docker compose config --quiet</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source> The previous file was restored.</source>
        <translation> 已恢复先前的文件。</translation>
    </message>
    <message>
        <source> Restoring the previous file failed too: %1</source>
        <translation> 恢复先前的文件也失败了：%1</translation>
    </message>
    <message>
        <source>%1: the compose project reports version %2 after the change, not %3</source>
        <translation>%1：变更后 compose 项目报告的版本为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>docker compose logs</source>
        <translation>docker compose logs</translation>
    </message>
    <message>
        <source>(download the compose file, change only the image tag of &apos;%1&apos; to %2, show the diff)</source>
        <translation>（下载 compose 文件，只把 &apos;%1&apos; 的镜像标签改为 %2，并显示差异）</translation>
    </message>
    <message>
        <source>cp -p -- %1 %1.nbconsole-TIMESTAMP</source>
        <translation>cp -p -- %1 %1.nbconsole-TIMESTAMP</translation>
    </message>
    <message>
        <source>the edited compose file</source>
        <translation>编辑后的 compose 文件</translation>
    </message>
    <message>
        <source>(if that fails: cp -p -- %1.nbconsole-TIMESTAMP %1)</source>
        <translation>（如果失败：cp -p -- %1.nbconsole-TIMESTAMP %1）</translation>
    </message>
</context>
<context>
    <name>nb::CustomLoadBalancer</name>
    <message>
        <source>the status command</source>
        <translation>状态命令</translation>
    </message>
    <message>
        <source>lb: the status command printed &apos;%1&apos;, not serve, maintenance or one-node</source>
        <translation>lb：状态命令输出了 &apos;%1&apos;，而不是 serve、maintenance 或 one-node</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>开启维护</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>关闭维护</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb：清单中没有节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb：上游至少需要一个节点；请改用维护模式</translation>
    </message>
    <message>
        <source>the upstream command</source>
        <translation>上游命令</translation>
    </message>
</context>
<context>
    <name>nb::CustomRuntime</name>
    <message>
        <source>%1: status exited %2: %3</source>
        <translation>%1：status 退出码 %2：%3</translation>
    </message>
</context>
<context>
    <name>nb::DatabaseAdapter</name>
    <message>
        <source>creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <source>the database dump</source>
        <translation>数据库导出</translation>
    </message>
    <message>
        <source>reading back the dump %1</source>
        <translation>正在回读导出文件 %1</translation>
    </message>
    <message>
        <source>db: the dump %1 is incomplete (it does not read back)</source>
        <translation>db：导出文件 %1 不完整（无法回读）</translation>
    </message>
    <message>
        <source>recording the dump&apos;s checksum and size</source>
        <translation>正在记录导出文件的校验和与大小</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>db: %1 changed since it was taken (sha256 %2, expected %3); not restoring it</source>
        <translation>db：%1 在导出后已被更改（sha256 %2，预期 %3）；不予恢复</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>正在恢复 %1</translation>
    </message>
    <message>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <source>db: df printed no free space for %1</source>
        <translation>db：df 未输出 %1 的可用空间</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>db: cannot read back the copy %1: %2</source>
        <translation>db：无法读回副本 %1：%2</translation>
    </message>
    <message>
        <source>db: the copy of %1 differs from the backup (sha256 %2, expected %3); it was removed</source>
        <translation>db：%1 的副本与备份不一致（sha256 为 %2，应为 %3）；已将其删除</translation>
    </message>
</context>
<context>
    <name>nb::DatabasePassword</name>
    <message>
        <source>db: the environment variable %1 that should hold the database password is not set</source>
        <translation>db：应保存数据库密码的环境变量 %1 未设置</translation>
    </message>
    <message>
        <source>db: no password for database user %1 of cluster %2 is stored in the keychain, and none was typed</source>
        <translation>db：钥匙串中没有集群 %2 数据库用户 %1 的密码，也未输入密码</translation>
    </message>
    <message>
        <source>db: the keychain did not give the password of database user %1 (%2), and none was typed</source>
        <translation>db：钥匙串未提供数据库用户 %1 的密码（%2），也未输入密码</translation>
    </message>
    <message>
        <source>Run the command once on a terminal to type it (it is then stored), or set database.password to env:NAME and export NAME for scripts.</source>
        <translation>请在终端中运行一次该命令以输入密码（之后会被存储），或将 database.password 设为 env:NAME 并为脚本导出 NAME。</translation>
    </message>
</context>
<context>
    <name>nb::HaproxyLoadBalancer</name>
    <message>
        <source>show servers state</source>
        <translation>show servers state</translation>
    </message>
    <message>
        <source>lb: HAProxy reports no servers in backend &apos;%1&apos; (%2)</source>
        <translation>lb：HAProxy 报告后端 &apos;%1&apos; 中没有服务器（%2）</translation>
    </message>
    <message>
        <source>lb: HAProxy refused %1: %2</source>
        <translation>lb：HAProxy 拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>lb: after %1 HAProxy sends traffic to [%2], not [%3]</source>
        <translation>lb：执行 %1 后 HAProxy 将流量发往 [%2]，而不是 [%3]</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>开启维护</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>关闭维护</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb：上游至少需要一个节点；请改用维护模式</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb：清单中没有节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>上游 %1</translation>
    </message>
</context>
<context>
    <name>nb::HealthCheck</name>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>未监听</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
</context>
<context>
    <name>nb::HealthProbe</name>
    <message>
        <source>app:getInfo answered %1 without a version</source>
        <translation>app:getInfo 返回 %1，但不含版本</translation>
    </message>
</context>
<context>
    <name>nb::HostCommand</name>
    <message>
        <source>the command was not sent: %1</source>
        <translation>命令未发送：%1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>退出码 %1：%2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>被信号 %1 终止</translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1：%2 失败（%3）</translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation>（已拒绝：%1）</translation>
    </message>
    <message>
        <source>(upload %1 to %2)</source>
        <translation>（上传 %1 到 %2）</translation>
    </message>
</context>
<context>
    <name>nb::HostKeyVerifier</name>
    <message>
        <source>%1: the host did not present a host key.</source>
        <translation>%1：主机未提供主机密钥。</translation>
    </message>
    <message>
        <source>%1: could not check the host key of %2 against %3: %4</source>
        <translation>%1：无法根据 %3 检查 %2 的主机密钥：%4</translation>
    </message>
    <message>
        <source>%1: the host key of %2 is not in %3 (%4 %5); it was not accepted.</source>
        <translation>%1：%2 的主机密钥不在 %3 中（%4 %5）；未接受该密钥。</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator, then accept it in the console or run the CLI with --accept-new-host-keys.</source>
        <translation>请与该主机的管理员核对指纹，然后在控制台中接受，或使用 --accept-new-host-keys 运行 CLI。</translation>
    </message>
    <message>
        <source>%1: the host key was accepted but could not be saved to %2: %3</source>
        <translation>%1：主机密钥已接受，但无法保存到 %2：%3</translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED (it now presents %3 %4) and does not match %5; the connection was refused because this can be an attack.</source>
        <translation>%1：%2 的主机密钥已更改（现在提供的是 %3 %4），与 %5 不符；由于这可能是攻击，连接已被拒绝。</translation>
    </message>
    <message>
        <source>If the host was really reinstalled, remove that line (%1) and connect again.</source>
        <translation>如果主机确实已重装，请删除该行（%1）后重新连接。</translation>
    </message>
</context>
<context>
    <name>nb::HostMetricsPoller</name>
    <message>
        <source>no answer over SSH</source>
        <translation>SSH 无响应</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nb::HttpTunnel</name>
    <message>
        <source>the host could not open a connection to %1 for us: %2</source>
        <translation>主机无法为我们打开到 %1 的连接：%2</translation>
    </message>
    <message>
        <source>no HTTP answer from %1 within %2 ms.</source>
        <translation>%2 毫秒内 %1 没有 HTTP 响应。</translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP (%2 bytes received).</source>
        <translation>%1 的响应不是 HTTP（收到 %2 字节）。</translation>
    </message>
</context>
<context>
    <name>nb::InventoryDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1 is a section, not a single value</source>
        <translation>%1 是一个部分，而不是单个值</translation>
    </message>
    <message>
        <source>%1 cannot be added here</source>
        <translation>%1 无法添加到此处</translation>
    </message>
    <message>
        <source>%1: the enclosing mapping does not end</source>
        <translation>%1：外层映射没有结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>app.nodes is not a list of nodes</source>
        <translation>app.nodes 不是节点列表</translation>
    </message>
    <message>
        <source>app.nodes does not end</source>
        <translation>app.nodes 没有结束</translation>
    </message>
    <message>
        <source>app.nodes is written as [ ... ]: remove the node by hand</source>
        <translation>app.nodes 写成了 [ ... ] 形式：请手动删除该节点</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only node; a cluster needs at least one</source>
        <translation>&apos;%1&apos; 是唯一的节点；集群至少需要一个节点</translation>
    </message>
    <message>
        <source>there is no node named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的节点</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>nb::InventoryLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>nb::JournalReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a run journal (no start event)</source>
        <translation>%1 不是运行日志（没有开始事件）</translation>
    </message>
</context>
<context>
    <name>nb::JournalStore</name>
    <message>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>&apos;%1&apos; 不是运行 ID</translation>
    </message>
</context>
<context>
    <name>nb::KubernetesRuntime</name>
    <message>
        <source>%1: kubectl get failed: %2</source>
        <translation>%1：kubectl get 失败：%2</translation>
    </message>
    <message>
        <source>%1/%2 replicas ready</source>
        <translation>%1/%2 个副本就绪</translation>
    </message>
</context>
<context>
    <name>nb::LoadBalancerSwitch</name>
    <message>
        <source>lb: %1 (%2 answers %3 in a row)</source>
        <translation>lb：%1（连续 %2 次响应 %3）</translation>
    </message>
    <message>
        <source>lb: %1 not confirmed: the public URL answers %2, not %3</source>
        <translation>lb：%1 未确认：公共 URL 响应为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>Check the load balancer&apos;s configuration and log.</source>
        <translation>请检查负载均衡器的配置和日志。</translation>
    </message>
</context>
<context>
    <name>nb::LockHolder</name>
    <message>
        <source>%1 (run %2, since %3)</source>
        <translation>%1（运行 %2，自 %3 起）</translation>
    </message>
</context>
<context>
    <name>nb::ManualLoadBalancer</name>
    <message>
        <source>Check on the load balancer which nodes get traffic and whether it shows the maintenance page.</source>
        <translation>请在负载均衡器上检查哪些节点接收流量，以及是否显示维护页面。</translation>
    </message>
    <message>
        <source>On the load balancer, answer every request with 503 and the maintenance page, so no request reaches a node. Confirm when done.</source>
        <translation>在负载均衡器上，对所有请求返回 503 和维护页面，使请求不会到达任何节点。完成后请确认。</translation>
    </message>
    <message>
        <source>On the load balancer, remove the maintenance page and send traffic to the nodes again. Confirm when done.</source>
        <translation>在负载均衡器上，移除维护页面并重新将流量发往各节点。完成后请确认。</translation>
    </message>
    <message>
        <source>On the load balancer, send traffic only to: %1. Confirm when done.</source>
        <translation>在负载均衡器上，只将流量发往：%1。完成后请确认。</translation>
    </message>
    <message>
        <source>(by hand) %1</source>
        <translation>（手动）%1</translation>
    </message>
</context>
<context>
    <name>nb::NginxLoadBalancer</name>
    <message>
        <source>reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>lb: the maintenance page is missing from this build</source>
        <translation>lb：此版本中缺少维护页面</translation>
    </message>
    <message>
        <source>uploading the maintenance page</source>
        <translation>正在上传维护页面</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>开启维护</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>关闭维护</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb：上游至少需要一个节点；请改用维护模式</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb：清单中没有节点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>上游 %1</translation>
    </message>
    <message>
        <source> The previous files were restored.</source>
        <translation> 已恢复先前的文件。</translation>
    </message>
    <message>
        <source> Restoring %1 failed: fix it by hand.</source>
        <translation> 恢复 %1 失败：请手动修复。</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>正在写入 %1</translation>
    </message>
    <message>
        <source>lb: nginx refused the new configuration (%1): %2.%3</source>
        <translation>lb：nginx 拒绝了新配置（%1）：%2。%3</translation>
    </message>
    <message>
        <source>nginx -s reload</source>
        <translation>nginx -s reload</translation>
    </message>
    <message>
        <source>lb: %1 changed again right after the switch; another operator may be at work</source>
        <translation>lb：%1 在切换后立即又被更改；可能有其他操作员正在操作</translation>
    </message>
    <message>
        <source>(if that fails: put back the previous %1)</source>
        <translation>（如果失败：放回先前的 %1）</translation>
    </message>
    <message>
        <source>(read %1 and %2)</source>
        <translation>（读取 %1 和 %2）</translation>
    </message>
    <message>
        <source>the maintenance page</source>
        <translation>维护页面</translation>
    </message>
    <message>
        <source>the maintenance mode (503 + page)</source>
        <translation>维护模式（503 + 页面）</translation>
    </message>
    <message>
        <source>the serve mode</source>
        <translation>服务模式</translation>
    </message>
    <message>
        <source>server lines for %1</source>
        <translation>%1 的 server 行</translation>
    </message>
</context>
<context>
    <name>nb::NodeReadiness</name>
    <message>
        <source>Read the node&apos;s log; the node stays in this state until it is restarted.</source>
        <translation>请查看节点日志；节点将保持此状态直到重启。</translation>
    </message>
    <message>
        <source>%1: not ready yet (%2)</source>
        <translation>%1：尚未就绪（%2）</translation>
    </message>
    <message>
        <source>%1: answers health checks but reports version %2 instead of %3</source>
        <translation>%1：响应健康检查，但报告的版本是 %2 而不是 %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: error in the log since the start: %2</source>
        <translation>%1：启动以来日志中有错误：%2</translation>
    </message>
    <message>
        <source>Check the node&apos;s log before sending traffic to it.</source>
        <translation>在向该节点发送流量之前，请检查其日志。</translation>
    </message>
    <message>
        <source>%1: healthy, version %2</source>
        <translation>%1：健康，版本 %2</translation>
    </message>
    <message>
        <source>%1: the node stopped while starting</source>
        <translation>%1：节点在启动过程中停止了</translation>
    </message>
    <message>
        <source>Read the node&apos;s log for why it exited.</source>
        <translation>请查看节点日志了解其退出原因。</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1: cancelled while waiting for the node</source>
        <translation>%1：等待节点时已取消</translation>
    </message>
    <message>
        <source>%1: not healthy after %2 s (last answer: %3 %4)</source>
        <translation>%1：%2 秒后仍不健康（最后响应：%3 %4）</translation>
    </message>
    <message>
        <source>Look at the node&apos;s log; retry to wait longer.</source>
        <translation>请查看节点日志；重试可等待更长时间。</translation>
    </message>
    <message>
        <source>%1: cannot read the installed release: %2</source>
        <translation>%1：无法读取已安装的版本：%2</translation>
    </message>
    <message>
        <source>%1: the host has release %2, not %3; the node was not started</source>
        <translation>%1：主机上的版本为 %2，而不是 %3；节点未启动</translation>
    </message>
    <message>
        <source>Set the release on the host to %1 first.</source>
        <translation>请先将主机上的版本设为 %1。</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无响应</translation>
    </message>
</context>
<context>
    <name>nb::Pm2Runtime</name>
    <message>
        <source>%1: pm2 jlist failed (exit code %2)</source>
        <translation>%1：pm2 jlist 失败（退出码 %2）</translation>
    </message>
    <message>
        <source>%1: pm2 jlist did not print a JSON list</source>
        <translation>%1：pm2 jlist 未输出 JSON 列表</translation>
    </message>
    <message>
        <source>%1: pm2 reports &apos;%2&apos;</source>
        <translation>%1：pm2 报告 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pm2 has no process &apos;%1&apos;</source>
        <translation>pm2 中没有进程 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nb::Preflight</name>
    <message>
        <source>Preflight: cluster, target version, backup space</source>
        <translation>预检：集群、目标版本、备份空间</translation>
    </message>
    <message>
        <source>upgrade: %1</source>
        <translation>upgrade：%1</translation>
    </message>
    <message>
        <source>Name an exact release with --to.</source>
        <translation>请用 --to 指定确切的版本。</translation>
    </message>
    <message>
        <source>%1: runs %2, newer than %3; NocoBase cannot downgrade</source>
        <translation>%1：运行的是 %2，比 %3 更新；NocoBase 无法降级</translation>
    </message>
    <message>
        <source>Roll back with the backup of the upgrade that brought %1.</source>
        <translation>请使用升级到 %1 时所做的备份进行回滚。</translation>
    </message>
    <message>
        <source>Every node already runs %1; nothing to do.</source>
        <translation>所有节点已在运行 %1；无需操作。</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1：%2 -&gt; %3</translation>
    </message>
    <message>
        <source>Warning: %1 -&gt; %2 crosses %3 minor versions; NocoBase migrations have failed on skipped versions. Consider an intermediate release.</source>
        <translation>警告：%1 -&gt; %2 跨越了 %3 个次版本；NocoBase 迁移曾在跳过版本时失败。请考虑先升级到中间版本。</translation>
    </message>
    <message>
        <source>Preflight: cluster and release</source>
        <translation>预检：集群和版本</translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 has %4; every node must run the same release</source>
        <translation>%1：版本为 %2，但 %3 的版本为 %4；所有节点必须运行相同版本</translation>
    </message>
    <message>
        <source>Every node already runs %1 and is healthy; nothing to do.</source>
        <translation>所有节点已在运行 %1 且健康；无需操作。</translation>
    </message>
    <message>
        <source>Release %1 on every node</source>
        <translation>所有节点的版本均为 %1</translation>
    </message>
    <message>
        <source>Preflight: cluster and the node that stays</source>
        <translation>预检：集群和保留的节点</translation>
    </message>
    <message>
        <source>%1: the node that stays is not healthy (%2 %3)</source>
        <translation>%1：保留的节点不健康（%2 %3）</translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 runs %4; it would change the database&apos;s version when it starts</source>
        <translation>%1：版本为 %2，但 %3 运行的是 %4；它启动时会改变数据库的版本</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureCatalog</name>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>Version upgrade</source>
        <translation>版本升级</translation>
    </message>
    <message>
        <source>Rollback to the previous version</source>
        <translation>回滚到先前版本</translation>
    </message>
    <message>
        <source>In-app maintenance: scale down to one node</source>
        <translation>应用内维护：缩减到一个节点</translation>
    </message>
    <message>
        <source>In-app maintenance: back to every node</source>
        <translation>应用内维护：恢复到所有节点</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureRunner</name>
    <message>
        <source>nothing to do</source>
        <translation>无需操作</translation>
    </message>
    <message>
        <source>%1: the operator declined; the step did not run.</source>
        <translation>%1：操作员已拒绝；此步骤未运行。</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; to continue or &apos;nbconsole-cli rollback&apos; to go back.</source>
        <translation>运行 &apos;nbconsole-cli resume&apos; 继续，或运行 &apos;nbconsole-cli rollback&apos; 回退。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>%1: cancelled by the operator.</source>
        <translation>%1：已被操作员取消。</translation>
    </message>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation>无法写入运行日志：%1</translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions, then resume the run.</source>
        <translation>请释放磁盘空间或修正权限，然后继续运行。</translation>
    </message>
    <message>
        <source>%1 The cluster was rolled back.</source>
        <translation>%1 集群已回滚。</translation>
    </message>
    <message>
        <source>Fix the cause, then run &apos;nbconsole-cli rollback&apos; again.</source>
        <translation>请排除原因，然后再次运行 &apos;nbconsole-cli rollback&apos;。</translation>
    </message>
    <message>
        <source>The cluster was left as it is. Run &apos;nbconsole-cli rollback&apos; to restore the previous version and database, or fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation>集群保持现状。运行 &apos;nbconsole-cli rollback&apos; 可恢复先前版本和数据库，或排除原因后运行 &apos;nbconsole-cli resume&apos;。</translation>
    </message>
    <message>
        <source>The cluster was left as it is. Fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation>集群保持现状。请排除原因后运行 &apos;nbconsole-cli resume&apos;。</translation>
    </message>
    <message>
        <source>This procedure has no rollback.</source>
        <translation>此流程不支持回滚。</translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation>正在回滚：%1</translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation>回滚失败：%1</translation>
    </message>
    <message>
        <source>The cluster was rolled back.</source>
        <translation>集群已回滚。</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureSession</name>
    <message>
        <source>Wait for that run to finish; if it is stale, run &apos;nbconsole-cli unlock&apos;.</source>
        <translation>请等待该运行结束；如果锁已过期，请运行 &apos;nbconsole-cli unlock&apos;。</translation>
    </message>
    <message>
        <source>Check that %1 (%2), which keeps the cluster lock, is reachable over SSH.</source>
        <translation>请检查持有集群锁的 %1（%2）能否通过 SSH 访问。</translation>
    </message>
    <message>
        <source>%1: the cluster %2 is locked by %3.</source>
        <translation>%1：集群 %2 已被 %3 锁定。</translation>
    </message>
</context>
<context>
    <name>nb::RemoteCommand</name>
    <message>
        <source>the command was not run: %1</source>
        <translation>命令未运行：%1</translation>
    </message>
    <message>
        <source>could not open a session channel on %1: %2</source>
        <translation>无法在 %1 上打开会话通道：%2</translation>
    </message>
    <message>
        <source>the host refused to run the command: %1</source>
        <translation>主机拒绝运行该命令：%1</translation>
    </message>
    <message>
        <source>the command was cancelled.</source>
        <translation>命令已取消。</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was stopped.</source>
        <translation>命令未在 %1 秒内完成，已被停止。</translation>
    </message>
    <message>
        <source>the connection to %1 dropped while the command ran (%2).</source>
        <translation>命令运行时与 %1 的连接断开（%2）。</translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation>%1 秒无响应</translation>
    </message>
    <message>
        <source>the command was killed by signal %1.</source>
        <translation>命令被信号 %1 终止。</translation>
    </message>
    <message>
        <source>the command exited with code %1.</source>
        <translation>命令以退出码 %1 退出。</translation>
    </message>
    <message>
        <source>the host closed the channel without an exit status.</source>
        <translation>主机关闭了通道，未返回退出状态。</translation>
    </message>
    <message>
        <source>the command exited with code %1: %2</source>
        <translation>命令以退出码 %1 退出：%2</translation>
    </message>
</context>
<context>
    <name>nb::ResumePlan</name>
    <message>
        <source>lb: state unknown (%1)</source>
        <translation>lb：状态未知（%1）</translation>
    </message>
    <message>
        <source>the load balancer is still in maintenance</source>
        <translation>负载均衡器仍处于维护中</translation>
    </message>
    <message>
        <source>the load balancer sends traffic to %1 only</source>
        <translation>负载均衡器只将流量发往 %1</translation>
    </message>
    <message>
        <source>the load balancer serves from every node</source>
        <translation>负载均衡器由所有节点提供服务</translation>
    </message>
    <message>
        <source>the cluster is not locked</source>
        <translation>集群未被锁定</translation>
    </message>
    <message>
        <source>the cluster lock is held by %1</source>
        <translation>集群锁由 %1 持有</translation>
    </message>
    <message>
        <source>the load balancer is switched by hand: check whether it is in maintenance</source>
        <translation>负载均衡器为手动切换：请检查其是否处于维护状态</translation>
    </message>
</context>
<context>
    <name>nb::RunJournal</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1 is being written by another console that is still running</source>
        <translation>%1 正由另一个仍在运行的控制台写入</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
</context>
<context>
    <name>nb::RunReport</name>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>目标版本</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Rollback: </source>
        <translation>回滚：</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier line(s) are in the journal)</source>
        <translation>
            <numerusform>（另有 %n 行较早的内容在运行日志中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator decisions</source>
        <translation>操作员决定</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>nb::ScriptedRuntime</name>
    <message>
        <source>%1 status</source>
        <translation>%1 status</translation>
    </message>
    <message>
        <source>%1 start</source>
        <translation>%1 start</translation>
    </message>
    <message>
        <source>%1 stop</source>
        <translation>%1 stop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>nothing to fetch ahead for the %1 runtime</source>
        <translation>%1 运行时无需预先获取</translation>
    </message>
    <message>
        <source>fetching %1</source>
        <translation>正在获取 %1</translation>
    </message>
    <message>
        <source>reading the installed release</source>
        <translation>正在读取已安装的版本</translation>
    </message>
    <message>
        <source>%1: reading the installed release gave no version</source>
        <translation>%1：读取已安装版本时未得到版本号</translation>
    </message>
    <message>
        <source>%1: the %2 runtime has no set_version command in the inventory; install %3 on the host by hand</source>
        <translation>%1：清单中 %2 运行时没有 set_version 命令；请在主机上手动安装 %3</translation>
    </message>
    <message>
        <source>changing the release to %1</source>
        <translation>正在将版本更改为 %1</translation>
    </message>
    <message>
        <source>undoing the change</source>
        <translation>正在撤销更改</translation>
    </message>
    <message>
        <source> The change was undone.</source>
        <translation> 更改已撤销。</translation>
    </message>
    <message>
        <source> Undoing it failed too: %1</source>
        <translation> 撤销也失败了：%1</translation>
    </message>
    <message>
        <source>%1: the host reports release %2 after the change, not %3</source>
        <translation>%1：更改后主机报告的版本为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>reading the logs</source>
        <translation>正在读取日志</translation>
    </message>
</context>
<context>
    <name>nb::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s (is it locked?); the password will be asked each time</source>
        <translation>钥匙串在 %1 秒内无响应（是否已锁定？）；每次都会询问密码</translation>
    </message>
</context>
<context>
    <name>nb::SftpTransfer</name>
    <message>
        <source>could not find the home directory for %1: %2</source>
        <translation>找不到 %1 的主目录：%2</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>could not replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>could not write the local file %1: %2</source>
        <translation>无法写入本地文件 %1：%2</translation>
    </message>
    <message>
        <source>reading %1 failed after %2 bytes: %3</source>
        <translation>读取 %1 在 %2 字节后失败：%3</translation>
    </message>
</context>
<context>
    <name>nb::ShellCommand</name>
    <message>
        <source>the command contains a NUL character</source>
        <translation>命令包含 NUL 字符</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>命令为空</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>未知占位符 {%1}</translation>
    </message>
    <message>
        <source>{%1}: %2</source>
        <translation>{%1}：%2</translation>
    </message>
    <message>
        <source>the value contains a NUL character</source>
        <translation>值包含 NUL 字符</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>值超过 %1 个字符</translation>
    </message>
    <message>
        <source>the version is empty</source>
        <translation>版本为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only)</source>
        <translation>&apos;%1&apos; 不是有效的版本（只能包含字母、数字、&apos;.&apos;、&apos;-&apos; 和 &apos;_&apos;）</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>&apos;%1&apos; 不是绝对路径</translation>
    </message>
    <message>
        <source>the path contains a line break</source>
        <translation>路径包含换行符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation>&apos;%1&apos; 包含 &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;@&apos;, &apos;:&apos;)</source>
        <translation>&apos;%1&apos; 不是有效的名称（只能包含字母、数字、&apos;.&apos;、&apos;-&apos;、&apos;_&apos;、&apos;@&apos;、&apos;:&apos;）</translation>
    </message>
    <message>
        <source>the command is longer than %1 bytes</source>
        <translation>命令超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>nb::SshAuthenticator</name>
    <message>
        <source>%1: the host closed the connection during login: %2</source>
        <translation>%1：主机在登录过程中关闭了连接：%2</translation>
    </message>
    <message>
        <source>%1: could not log in as %2 (tried: %3).</source>
        <translation>%1：无法以 %2 身份登录（已尝试：%3）。</translation>
    </message>
    <message>
        <source>nothing the host accepts</source>
        <translation>没有主机接受的方式</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <source>The key %1 is encrypted and the passphrase was wrong or not given.</source>
        <translation>密钥 %1 已加密，且密码短语错误或未提供。</translation>
    </message>
    <message>
        <source>The key file %1 is not a private key libssh can read.</source>
        <translation>密钥文件 %1 不是 libssh 可读取的私钥。</translation>
    </message>
    <message>
        <source>(a key from ssh_config or ~/.ssh)</source>
        <translation>（来自 ssh_config 或 ~/.ssh 的密钥）</translation>
    </message>
    <message>
        <source>keys from ssh_config and ~/.ssh</source>
        <translation>来自 ssh_config 和 ~/.ssh 的密钥</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>%1@%2 的密码：</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>键盘交互</translation>
    </message>
</context>
<context>
    <name>nb::SshConnection</name>
    <message>
        <source>%1: no host name is set.</source>
        <translation>%1：未设置主机名。</translation>
    </message>
    <message>
        <source>%1: the SSH configuration %2 could not be read: %3</source>
        <translation>%1：无法读取 SSH 配置 %2：%3</translation>
    </message>
    <message>
        <source>%1: could not create an SSH session (out of memory).</source>
        <translation>%1：无法创建 SSH 会话（内存不足）。</translation>
    </message>
    <message>
        <source>%1: could not connect to %2: %3</source>
        <translation>%1：无法连接到 %2：%3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
</context>
<context>
    <name>nb::SshPool</name>
    <message>
        <source>cancelled before it started.</source>
        <translation>在开始前已取消。</translation>
    </message>
</context>
<context>
    <name>nb::SystemdRuntime</name>
    <message>
        <source>%1: units are %2</source>
        <translation>%1：单元状态为 %2</translation>
    </message>
</context>
<context>
    <name>nb::VersionPolicy</name>
    <message>
        <source>&apos;%1&apos; is a floating tag, not a release; a cluster upgrade needs an exact version such as 2.2.15</source>
        <translation>&apos;%1&apos; 是浮动标签，不是发布版本；集群升级需要确切的版本，例如 2.2.15</translation>
    </message>
</context>
<context>
    <name>nb::YamlMappingReader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>应为键到值的映射</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>应为文本值</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a text value or a list of them</source>
        <translation>应为文本值或文本值列表</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>应为 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; 不是以下之一：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is required %1</source>
        <translation>为必填项（%1）</translation>
    </message>
</context>
<context>
    <name>nb::YamlTextEdit</name>
    <message>
        <source>the value&apos;s place in the file is not known</source>
        <translation>该值在文件中的位置未知</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>引号内的值未结束</translation>
    </message>
    <message>
        <source>a block scalar (| or &gt;) cannot be edited in place</source>
        <translation>块标量（| 或 &gt;）无法就地编辑</translation>
    </message>
    <message>
        <source>a value written over several lines cannot be edited in place</source>
        <translation>跨多行书写的值无法就地编辑</translation>
    </message>
</context>
</TS>
