<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Wyczyść: %1</translation>
    </message>
    <message>
        <source>More from %1</source>
        <translation>Więcej: %1</translation>
    </message>
</context>
<context>
    <name>ChangedHostKeyDialog</name>
    <message>
        <source>Host key changed — %1</source>
        <translation>Zmieniony klucz hosta — %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>&lt;b&gt;The host key of %1 (%2) has changed. The console refused to connect.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klucz hosta %1 (%2) zmienił się. Konsola odmówiła połączenia.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Either the host was reinstalled or given a new key, or someone is between the console and the host. The console never connects to a host whose key changed; no command ran.</source>
        <translation>Albo host został przeinstalowany lub otrzymał nowy klucz, albo ktoś znajduje się między konsolą a hostem. Konsola nigdy nie łączy się z hostem, którego klucz się zmienił; żadne polecenie nie zostało uruchomione.</translation>
    </message>
    <message>
        <source>Presents now:</source>
        <translation>Przedstawia teraz:</translation>
    </message>
    <message>
        <source>Key type presented now</source>
        <translation>Typ klucza przedstawiany teraz</translation>
    </message>
    <message>
        <source>SHA256 fingerprint presented now</source>
        <translation>Odcisk SHA256 przedstawiany teraz</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Odcisk klucza:</translation>
    </message>
    <message>
        <source>Where the old key is</source>
        <translation>Gdzie jest stary klucz</translation>
    </message>
    <message>
        <source>Old key in:</source>
        <translation>Stary klucz w:</translation>
    </message>
    <message>
        <source>If the administrator confirms the new fingerprint, remove the old key with this command, then run again; the console will then ask about the new key.</source>
        <translation>Jeśli administrator potwierdzi nowy odcisk klucza, usuń stary klucz tym poleceniem i uruchom ponownie; konsola zapyta wtedy o nowy klucz.</translation>
    </message>
    <message>
        <source>Command that removes the old key</source>
        <translation>Polecenie usuwające stary klucz</translation>
    </message>
    <message>
        <source>&amp;Copy command</source>
        <translation>&amp;Kopiuj polecenie</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Skopiuj polecenie do schowka</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>%1: the inventory has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>%1: inwentarz zawiera %n problem i nie został wczytany.</numerusform>
            <numerusform>%1: inwentarz zawiera %n problemy i nie został wczytany.</numerusform>
            <numerusform>%1: inwentarz zawiera %n problemów i nie został wczytany.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the file and run the command again.</source>
        <translation>Popraw plik i uruchom polecenie ponownie.</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli %1 --help&apos; for the options.</source>
        <translation>Uruchom &apos;nbconsole-cli %1 --help&apos;, aby zobaczyć opcje.</translation>
    </message>
</context>
<context>
    <name>ClusterTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>Węzły aplikacji</translation>
    </message>
    <message>
        <source>%1 runtime</source>
        <translation>środowisko %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Współdzielony magazyn</translation>
    </message>
</context>
<context>
    <name>CredentialDialog</name>
    <message>
        <source>Key passphrase — %1</source>
        <translation>Hasło klucza — %1</translation>
    </message>
    <message>
        <source>Passphrase of the key</source>
        <translation>Hasło klucza</translation>
    </message>
    <message>
        <source>To log in to %1 as %2 the console needs the passphrase of the key %3.</source>
        <translation>Aby zalogować się na %1 jako %2, konsola potrzebuje hasła klucza %3.</translation>
    </message>
    <message>
        <source>Password — %1</source>
        <translation>Hasło — %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>%1 asks for the password of %2.</source>
        <translation>%1 prosi o hasło użytkownika %2.</translation>
    </message>
    <message>
        <source>Login question — %1</source>
        <translation>Pytanie przy logowaniu — %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>%1 asks a question to log in %2:</source>
        <translation>%1 zadaje pytanie przy logowaniu użytkownika %2:</translation>
    </message>
    <message>
        <source>Save in the system &amp;keychain</source>
        <translation>Zapisz w systemowym &amp;pęku kluczy</translation>
    </message>
    <message>
        <source>Save the answer in the system keychain</source>
        <translation>Zapisz odpowiedź w systemowym pęku kluczy</translation>
    </message>
    <message>
        <source>Answers to the host&apos;s own questions are not stored: they can be one-time codes.</source>
        <translation>Odpowiedzi na własne pytania hosta nie są zapisywane: mogą to być kody jednorazowe.</translation>
    </message>
    <message>
        <source>Log in with this answer</source>
        <translation>Zaloguj się, używając tej odpowiedzi</translation>
    </message>
    <message>
        <source>Do not answer; this way of logging in is skipped</source>
        <translation>Nie odpowiadaj; ta metoda logowania zostanie pominięta</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The answer is used this once and not stored anywhere.</source>
        <translation>Systemowy pęk kluczy jest niedostępny (%1). Odpowiedź zostanie użyta tylko ten jeden raz i nigdzie nie zostanie zapisana.</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Zapisywanie w pęku kluczy…</translation>
    </message>
    <message>
        <source>The keychain could not store it: %1. Press OK to use the answer this once without storing it.</source>
        <translation>Pęk kluczy nie mógł jej zapisać: %1. Naciśnij OK, aby użyć odpowiedzi ten jeden raz bez zapisywania.</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>run a command on hosts in parallel, stream &quot;name | line&quot;</source>
        <translation>uruchom polecenie równolegle na hostach, wyjście w postaci &quot;nazwa | wiersz&quot;</translation>
    </message>
    <message>
        <source>Passphrase for %1:</source>
        <translation>Hasło klucza dla %1:</translation>
    </message>
    <message>
        <source>SELECTOR: all or apps (every app node, the default), lb, db, or node names separated by commas.
Example: nbconsole-cli exec --targets app-1,lb -- df -h /</source>
        <translation>SELECTOR: all lub apps (każdy węzeł aplikacji, domyślnie), lb, db albo nazwy węzłów rozdzielone przecinkami.
Przykład: nbconsole-cli exec --targets app-1,lb -- df -h /</translation>
    </message>
    <message>
        <source>The hosts to run on.</source>
        <translation>Hosty, na których uruchomić polecenie.</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELECTOR</translation>
    </message>
    <message>
        <source>Stop the command after SECONDS (default 600).</source>
        <translation>Przerwij polecenie po SECONDS sekundach (domyślnie 600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The command, after --.</source>
        <translation>Polecenie, po --.</translation>
    </message>
    <message>
        <source>The timeout &apos;%1&apos; is not a positive number of seconds.</source>
        <translation>Limit czasu &apos;%1&apos; nie jest dodatnią liczbą sekund.</translation>
    </message>
    <message>
        <source>Nothing was run: %1.</source>
        <translation>Nic nie zostało uruchomione: %1.</translation>
    </message>
    <message>
        <source>Give the command after --, e.g. nbconsole-cli exec -- uptime</source>
        <translation>Podaj polecenie po --, np. nbconsole-cli exec -- uptime</translation>
    </message>
    <message>
        <source>%1: %2 (%3 s)</source>
        <translation>%1: %2 (%3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 host(s) failed.</source>
        <translation>
            <numerusform>Błąd na %n z %1 hostów.</numerusform>
            <numerusform>Błąd na %n z %1 hostów.</numerusform>
            <numerusform>Błąd na %n z %1 hostów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecTargetPicker</name>
    <message>
        <source>&amp;All app nodes</source>
        <translation>&amp;Wszystkie węzły aplikacji</translation>
    </message>
    <message>
        <source>By &amp;role:</source>
        <translation>Według &amp;roli:</translation>
    </message>
    <message>
        <source>&amp;Individual hosts:</source>
        <translation>&amp;Pojedyncze hosty:</translation>
    </message>
    <message>
        <source>Run on all app nodes</source>
        <translation>Uruchom na wszystkich węzłach aplikacji</translation>
    </message>
    <message>
        <source>Run on every host of one role</source>
        <translation>Uruchom na wszystkich hostach o wybranej roli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Run on the hosts ticked below</source>
        <translation>Uruchom na hostach zaznaczonych poniżej</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosty</translation>
    </message>
    <message>
        <source>Space ticks or clears the current host.</source>
        <translation>Spacja zaznacza lub odznacza bieżący host.</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>Węzły aplikacji</translation>
    </message>
    <message>
        <source>Load balancer (lb)</source>
        <translation>Load balancer (lb)</translation>
    </message>
    <message>
        <source>Database (db)</source>
        <translation>Baza danych (db)</translation>
    </message>
    <message>
        <source>Every host (app nodes, load balancer, database)</source>
        <translation>Wszystkie hosty (węzły aplikacji, load balancer, baza danych)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>lb — load balancer, %1</source>
        <translation>lb — load balancer, %1</translation>
    </message>
    <message>
        <source>db — database, %1</source>
        <translation>db — baza danych, %1</translation>
    </message>
</context>
<context>
    <name>FirstStartCommand</name>
    <message>
        <source>start one node on the empty database, then the others</source>
        <translation>uruchom jeden węzeł na pustej bazie danych, potem pozostałe</translation>
    </message>
    <message>
        <source>The node that starts first (default: the first listed).</source>
        <translation>Węzeł uruchamiany jako pierwszy (domyślnie: pierwszy na liście).</translation>
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
        <translation>Uruchomić ten krok?</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>Unknown host key — %1</source>
        <translation>Nieznany klucz hosta — %1</translation>
    </message>
    <message>
        <source>The console has not connected to %1 (%2) before: its host key is not in the known hosts file. Compare the fingerprint below with the one the host&apos;s administrator reads on the host itself (ssh-keygen -lf on the host&apos;s public key) before you trust it.</source>
        <translation>Konsola nie łączyła się wcześniej z %1 (%2): jego klucza hosta nie ma w pliku znanych hostów. Zanim mu zaufasz, porównaj poniższy odcisk klucza z tym, który administrator hosta odczyta na samym hoście (ssh-keygen -lf na kluczu publicznym hosta).</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Typ klucza:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Typ klucza</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>Odcisk SHA256</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Odcisk klucza:</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Plik znanych hostów</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Zapisywany w:</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Akceptuj &amp;jednorazowo</translation>
    </message>
    <message>
        <source>Accept the key for this session only</source>
        <translation>Zaakceptuj klucz tylko na czas tej sesji</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Akceptuj i &amp;zapisz</translation>
    </message>
    <message>
        <source>Accept the key and save it to the known hosts file</source>
        <translation>Zaakceptuj klucz i zapisz go w pliku znanych hostów</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Od&amp;rzuć</translation>
    </message>
    <message>
        <source>Reject the key and do not connect</source>
        <translation>Odrzuć klucz i nie łącz się</translation>
    </message>
</context>
<context>
    <name>HostMetrics</name>
    <message>
        <source>/proc/stat was not read</source>
        <translation>nie odczytano /proc/stat</translation>
    </message>
    <message>
        <source>/proc/stat has no readable cpu line</source>
        <translation>/proc/stat nie zawiera czytelnego wiersza cpu</translation>
    </message>
    <message>
        <source>/proc/meminfo has no readable MemTotal and MemAvailable</source>
        <translation>/proc/meminfo nie zawiera czytelnych wartości MemTotal i MemAvailable</translation>
    </message>
    <message>
        <source>/proc/loadavg is not readable</source>
        <translation>nie można odczytać /proc/loadavg</translation>
    </message>
    <message>
        <source>df printed no usage line</source>
        <translation>df nie wypisało wiersza zajętości</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %) on %4</source>
        <translation>zajęte %1 z %2 GiB (%3 %) na %4</translation>
    </message>
    <message>
        <source>%1 of %2 GiB used (%3 %)</source>
        <translation>zajęte %1 z %2 GiB (%3 %)</translation>
    </message>
</context>
<context>
    <name>ImportAnsibleCommand</name>
    <message>
        <source>write an inventory from an Ansible inventory (INI or YAML)</source>
        <translation>zapisz inwentarz na podstawie inwentarza Ansible (INI lub YAML)</translation>
    </message>
    <message>
        <source>The Ansible inventory to read.</source>
        <translation>Inwentarz Ansible do wczytania.</translation>
    </message>
    <message>
        <source>The new cluster&apos;s NAME.</source>
        <translation>Nazwa (NAME) nowego klastra.</translation>
    </message>
    <message>
        <source>Which group holds which role, e.g. app=nocobase_nodes,lb=loadbalancers,db=databases (default app=app,lb=lb,db=db).</source>
        <translation>Która grupa pełni którą rolę, np. app=nocobase_nodes,lb=loadbalancers,db=databases (domyślnie app=app,lb=lb,db=db).</translation>
    </message>
    <message>
        <source>Write the inventory to FILE (never overwritten).</source>
        <translation>Zapisz inwentarz do pliku FILE (nigdy nie jest nadpisywany).</translation>
    </message>
    <message>
        <source>import-ansible needs one Ansible inventory, --cluster and --output.</source>
        <translation>import-ansible wymaga jednego inwentarza Ansible oraz opcji --cluster i --output.</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli import-ansible hosts.ini --cluster prod --map app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml</source>
        <translation>Przykład: nbconsole-cli import-ansible hosts.ini --cluster prod --map app=nocobase_nodes,lb=loadbalancers,db=databases --output prod.yaml</translation>
    </message>
    <message>
        <source>--map: %1.</source>
        <translation>--map: %1.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2.</source>
        <translation>%1: nie można odczytać pliku: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; it is not overwritten.</source>
        <translation>%1 już istnieje; nie zostanie nadpisany.</translation>
    </message>
    <message>
        <source>Choose another --output or move the file away.</source>
        <translation>Wybierz inną wartość --output albo przenieś ten plik.</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2.</source>
        <translation>%1: nie można zapisać pliku: %2.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>uwaga: %1</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 app nodes; check the lines marked CHECK.</source>
        <translation>Zapisano %1 z %2 węzłami aplikacji; sprawdź wiersze oznaczone CHECK.</translation>
    </message>
</context>
<context>
    <name>InventoryEditorDialog</name>
    <message>
        <source>Inventory</source>
        <translation>Inwentarz</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>&amp;Cluster name:</source>
        <translation>Nazwa &amp;klastra:</translation>
    </message>
    <message>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>Użytkownik &amp;SSH:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Plik tożsa&amp;mości:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikacja</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>Ś&amp;rodowisko:</translation>
    </message>
    <message>
        <source>I&amp;mage:</source>
        <translation>&amp;Obraz:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>Adres (opcjonalnie)</translation>
    </message>
    <message>
        <source>App nodes</source>
        <translation>Węzły aplikacji</translation>
    </message>
    <message>
        <source>&amp;Add node</source>
        <translation>Dodaj &amp;węzeł</translation>
    </message>
    <message>
        <source>Remo&amp;ve node</source>
        <translation>Usuń wę&amp;zeł</translation>
    </message>
    <message>
        <source>Add node</source>
        <translation>Dodaj węzeł</translation>
    </message>
    <message>
        <source>Remove the selected node</source>
        <translation>Usuń zaznaczony węzeł</translation>
    </message>
    <message>
        <source>App &amp;nodes:</source>
        <translation>Węzły &amp;aplikacji:</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Load balancer &amp;host:</source>
        <translation>Host &amp;load balancera:</translation>
    </message>
    <message>
        <source>Public &amp;URL:</source>
        <translation>Publiczny adr&amp;es URL:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Database h&amp;ost:</source>
        <translation>Host &amp;bazy danych:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Database na&amp;me:</source>
        <translation>&amp;Nazwa bazy danych:</translation>
    </message>
    <message>
        <source>Database us&amp;er:</source>
        <translation>&amp;Użytkownik bazy danych:</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Pęk kluczy</translation>
    </message>
    <message>
        <source>Ask every time</source>
        <translation>Pytaj za każdym razem</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Zmienna środowiskowa</translation>
    </message>
    <message>
        <source>None (the host&apos;s own authentication)</source>
        <translation>Brak (własne uwierzytelnianie hosta)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Hasło bazy danych</translation>
    </message>
    <message>
        <source>variable name, e.g. NB_DB_PASSWORD</source>
        <translation>nazwa zmiennej, np. NB_DB_PASSWORD</translation>
    </message>
    <message>
        <source>Environment variable holding the database password</source>
        <translation>Zmienna środowiskowa zawierająca hasło bazy danych</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Backup directory:</source>
        <translation>Katalo&amp;g kopii zapasowych:</translation>
    </message>
    <message>
        <source>Other problems in the file</source>
        <translation>Inne problemy w pliku</translation>
    </message>
    <message>
        <source>Other p&amp;roblems:</source>
        <translation>&amp;Inne problemy:</translation>
    </message>
    <message>
        <source>Save the inventory</source>
        <translation>Zapisz inwentarz</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem w polu %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: nie można odczytać pliku: %2</translation>
    </message>
    <message>
        <source>Edit Inventory — %1</source>
        <translation>Edycja inwentarza — %1</translation>
    </message>
    <message>
        <source>New Inventory</source>
        <translation>Nowy inwentarz</translation>
    </message>
    <message>
        <source>new inventory</source>
        <translation>nowy inwentarz</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Wiersz %1 (%2): %3</translation>
    </message>
    <message>
        <source>line %1:%2</source>
        <translation>wiersz %1:%2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Save Inventory</source>
        <translation>Zapisz inwentarz</translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml)</source>
        <translation>Inwentarz (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>InventoryFormText</name>
    <message>
        <source>fix the other problems first, then set this field</source>
        <translation>najpierw popraw pozostałe problemy, potem ustaw to pole</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>Dziennik</translation>
    </message>
    <message>
        <source>Streams shown</source>
        <translation>Pokazywane strumienie</translation>
    </message>
    <message>
        <source>Show standard output, standard error or both</source>
        <translation>Pokaż standardowe wyjście, standardowe wyjście błędów lub oba</translation>
    </message>
    <message>
        <source>Filter lines</source>
        <translation>Filtruj wiersze</translation>
    </message>
    <message>
        <source>Filter lines…</source>
        <translation>Filtruj wiersze…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search (Enter: next, Shift+Enter: previous)</source>
        <translation>Szukaj (Enter: następny, Shift+Enter: poprzedni)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Poprzednie trafienie</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Poprzednie trafienie (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Następne trafienie</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Następne trafienie (F3)</translation>
    </message>
    <message>
        <source>Follow new output</source>
        <translation>Śledź nowe wyjście</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>Ś&amp;ledź</translation>
    </message>
    <message>
        <source>Keep showing the newest lines while the view is at the bottom</source>
        <translation>Pokazuj najnowsze wiersze, gdy widok jest na dole</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Pokaż znaczniki czasu</translation>
    </message>
    <message>
        <source>&amp;Timestamps</source>
        <translation>&amp;Znaczniki czasu</translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation>Kopiuj zaznaczone wiersze</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>Zapisz pokazane wiersze do pliku</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Clear the log view</source>
        <translation>Wyczyść widok dziennika</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear the view (the run journal keeps every line)</source>
        <translation>Wyczyść widok (dziennik przebiegu zachowuje każdy wiersz)</translation>
    </message>
    <message>
        <source>Log per host</source>
        <translation>Dziennik według hosta</translation>
    </message>
    <message>
        <source>Line count</source>
        <translation>Liczba wierszy</translation>
    </message>
    <message>
        <source>All streams</source>
        <translation>Wszystkie strumienie</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardowe wyjście</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardowe wyjście błędów</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Wszystkie hosty</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found in this tab</source>
        <translation>Nie znaleziono „%1” w tej karcie</translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Zapisz dziennik</translation>
    </message>
    <message>
        <source>Text files (*.log *.txt);;All files (*)</source>
        <translation>Pliki tekstowe (*.log *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Log not saved</source>
        <translation>Dziennik nie został zapisany</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) shown in this tab</source>
        <translation>
            <numerusform>%n wiersz w tej karcie</numerusform>
            <numerusform>%n wiersze w tej karcie</numerusform>
            <numerusform>%n wierszy w tej karcie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) received</source>
        <translation>
            <numerusform>%n wiersz odebrany</numerusform>
            <numerusform>%n wiersze odebrane</numerusform>
            <numerusform>%n wierszy odebranych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n oldest dropped from view (cap %1)</source>
        <translation>
            <numerusform>%n najstarszy usunięty z widoku (limit %1)</numerusform>
            <numerusform>%n najstarsze usunięte z widoku (limit %1)</numerusform>
            <numerusform>%n najstarszych usuniętych z widoku (limit %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Str&amp;eams:</source>
        <translation>&amp;Strumienie:</translation>
    </message>
</context>
<context>
    <name>LogLineModel</name>
    <message>
        <source>err</source>
        <translation>bł</translation>
    </message>
    <message>
        <source>out</source>
        <translation>wy</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>standardowe wyjście błędów</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>standardowe wyjście</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Strumień</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Wyjście</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Output of all hosts</source>
        <translation>Wyjście wszystkich hostów</translation>
    </message>
    <message>
        <source>Output of %1</source>
        <translation>Wyjście %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation>Konsola klastra NocoBase</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Cluster nodes by role</source>
        <translation>Węzły klastra według roli</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Open Inventory…</source>
        <translation>&amp;Otwórz inwentarz…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About NocoBase Cluster Console</source>
        <translation>&amp;O konsoli klastra NocoBase</translation>
    </message>
    <message>
        <source>No cluster open. Use File &gt; Open Inventory…</source>
        <translation>Nie otwarto klastra. Użyj Plik &gt; Otwórz inwentarz…</translation>
    </message>
    <message>
        <source>Inventory not loaded</source>
        <translation>Inwentarz nie został wczytany</translation>
    </message>
    <message>
        <source>%1 has problems and was not loaded.</source>
        <translation>%1 zawiera błędy i nie został wczytany.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1 — %n app node(s)</source>
        <translation>
            <numerusform>Klaster %1 — %n węzeł aplikacji</numerusform>
            <numerusform>Klaster %1 — %n węzły aplikacji</numerusform>
            <numerusform>Klaster %1 — %n węzłów aplikacji</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — NocoBase Cluster Console</source>
        <translation>%1 — Konsola klastra NocoBase</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>Wczytano %1</translation>
    </message>
    <message>
        <source>Open Inventory</source>
        <translation>Otwórz inwentarz</translation>
    </message>
    <message>
        <source>Inventory (*.yaml *.yml);;All files (*)</source>
        <translation>Inwentarz (*.yaml *.yml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>About NocoBase Cluster Console</source>
        <translation>O konsoli klastra NocoBase</translation>
    </message>
    <message>
        <source>NocoBase Cluster Console %1

Runs NocoBase&apos;s cluster maintenance procedures over SSH.</source>
        <translation>Konsola klastra NocoBase %1

Wykonuje procedury utrzymania klastra NocoBase przez SSH.</translation>
    </message>
    <message>
        <source>Cluster topology</source>
        <translation>Topologia klastra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>Szczegóły węzła</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Pomniej&amp;sz</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Fit Cluster in View</source>
        <translation>&amp;Dopasuj klaster do widoku</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>monitor: %1</source>
        <translation>monitor: %1</translation>
    </message>
    <message>
        <source>%1 of %2 nodes healthy · %3 need attention · %4 stale</source>
        <translation>Sprawne węzły: %1 z %2 · wymagają uwagi: %3 · nieaktualne: %4</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Procedury</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedury</translation>
    </message>
    <message>
        <source>&amp;First Start…</source>
        <translation>&amp;Pierwsze uruchomienie…</translation>
    </message>
    <message>
        <source>Start the cluster for the first time, one node first</source>
        <translation>Uruchom klaster po raz pierwszy, najpierw jeden węzeł</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>Akt&amp;ualizacja…</translation>
    </message>
    <message>
        <source>Upgrade every node to a new NocoBase version</source>
        <translation>Zaktualizuj każdy węzeł do nowej wersji NocoBase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Maintenance…</source>
        <translation>Kon&amp;serwacja…</translation>
    </message>
    <message>
        <source>Put the cluster into maintenance for work inside NocoBase</source>
        <translation>Przełącz klaster w tryb konserwacji na czas pracy w NocoBase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Unfinished run</source>
        <translation>Niedokończone uruchomienie</translation>
    </message>
    <message>
        <source>Run %1 (%2) on %3 did not finish: %4</source>
        <translation>Uruchomienie %1 (%2) na %3 nie zakończyło się: %4</translation>
    </message>
    <message>
        <source>The console probes the cluster and continues at the step where the run stopped; you confirm each step again. From a terminal: &apos;nbconsole-cli resume --run %1&apos; or &apos;nbconsole-cli rollback --run %1&apos;.</source>
        <translation>Konsola sprawdza klaster i kontynuuje od kroku, na którym uruchomienie się zatrzymało; każdy krok potwierdzasz ponownie. Z terminala: &apos;nbconsole-cli resume --run %1&apos; lub &apos;nbconsole-cli rollback --run %1&apos;.</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Wznów…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Klaster</translation>
    </message>
    <message>
        <source>&amp;Run Command…</source>
        <translation>&amp;Uruchom polecenie…</translation>
    </message>
    <message>
        <source>Run a shell command on chosen hosts and watch its output</source>
        <translation>Uruchom polecenie powłoki na wybranych hostach i obserwuj jego wyjście</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Runs &amp;History…</source>
        <translation>&amp;Historia przebiegów…</translation>
    </message>
    <message>
        <source>The journal&apos;s runs, their steps and reports</source>
        <translation>Przebiegi z dziennika, ich kroki i raporty</translation>
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
        <translation>&amp;Nowy inwentarz…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit Inventory…</source>
        <translation>&amp;Edytuj inwentarz…</translation>
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
        <translation>begin: zmniejsz klaster do jednego węzła na czas konserwacji w aplikacji; end: przywróć wszystkie węzły</translation>
    </message>
    <message>
        <source>The node that stays (default: the first listed).</source>
        <translation>Węzeł, który pozostaje (domyślnie: pierwszy na liście).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>begin or end</source>
        <translation>begin lub end</translation>
    </message>
    <message>
        <source>maintenance: say &apos;begin&apos; or &apos;end&apos;.</source>
        <translation>maintenance: podaj &apos;begin&apos; lub &apos;end&apos;.</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli maintenance begin --node app-1</source>
        <translation>Przykład: nbconsole-cli maintenance begin --node app-1</translation>
    </message>
</context>
<context>
    <name>NodeDetailsPane</name>
    <message>
        <source>Node details</source>
        <translation>Szczegóły węzła</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Wybrany węzeł</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Wersja:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Last answer:</source>
        <translation>Ostatnia odpowiedź:</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Ostatnia odpowiedź</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Opóźnienie:</translation>
    </message>
    <message>
        <source>Health-check latency</source>
        <translation>Opóźnienie sprawdzenia stanu</translation>
    </message>
    <message>
        <source>&amp;Chart window:</source>
        <translation>Okno &amp;wykresu:</translation>
    </message>
    <message>
        <source>Chart time window</source>
        <translation>Zakres czasu wykresu</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s)</source>
        <translation>
            <numerusform>Ostatnia %n minuta</numerusform>
            <numerusform>Ostatnie %n minuty</numerusform>
            <numerusform>Ostatnie %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Ostatnia %n godzina</numerusform>
            <numerusform>Ostatnie %n godziny</numerusform>
            <numerusform>Ostatnie %n godzin</numerusform>
        </translation>
    </message>
    <message>
        <source>Charts of the selected node</source>
        <translation>Wykresy wybranego węzła</translation>
    </message>
    <message>
        <source>Select an app node to see its health over time.</source>
        <translation>Wybierz węzeł aplikacji, aby zobaczyć jego stan w czasie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown (asked only when healthy)</source>
        <translation>nieznana (sprawdzana tylko, gdy węzeł jest sprawny)</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>konserwacja</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>jeszcze brak odpowiedzi</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 w czasie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message numerus="yes">
        <source>%n latency sample(s) in the window</source>
        <translation>
            <numerusform>%n pomiar opóźnienia w zakresie</numerusform>
            <numerusform>%n pomiary opóźnienia w zakresie</numerusform>
            <numerusform>%n pomiarów opóźnienia w zakresie</numerusform>
        </translation>
    </message>
    <message>
        <source>Host figures:</source>
        <translation>Wskaźniki hosta:</translation>
    </message>
    <message>
        <source>Host figures</source>
        <translation>Wskaźniki hosta</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>CPU use</source>
        <translation>Użycie CPU</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Pamięć:</translation>
    </message>
    <message>
        <source>Memory use</source>
        <translation>Użycie pamięci</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Obciążenie:</translation>
    </message>
    <message>
        <source>Load average (1, 5, 15 min)</source>
        <translation>Średnie obciążenie (1, 5, 15 min)</translation>
    </message>
    <message>
        <source>Data disk:</source>
        <translation>Dysk danych:</translation>
    </message>
    <message>
        <source>Disk of the data path</source>
        <translation>Dysk ścieżki danych</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>known from the second read on</source>
        <translation>znane od drugiego odczytu</translation>
    </message>
    <message>
        <source>%1 over time — host figures STALE</source>
        <translation>%1 w czasie — wskaźniki hosta NIEAKTUALNE</translation>
    </message>
    <message>
        <source>Data path %1</source>
        <translation>Ścieżka danych %1</translation>
    </message>
</context>
<context>
    <name>NodeHistory</name>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory (%)</source>
        <translation>Pamięć (%)</translation>
    </message>
    <message>
        <source>Load (1 min)</source>
        <translation>Obciążenie (1 min)</translation>
    </message>
    <message>
        <source>Disk used (%)</source>
        <translation>Zajęty dysk (%)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Opóźnienie (ms)</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>App node</source>
        <translation>Węzeł aplikacji</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Współdzielony magazyn</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>wersja nieznana</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>wersja %1</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>konserwacja</translation>
    </message>
</context>
<context>
    <name>NodeStatus</name>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sprawny</translation>
    </message>
    <message>
        <source>Working (%1)</source>
        <translation>Pracuje (%1)</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Błąd (%1)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nieosiągalny</translation>
    </message>
    <message>
        <source>running</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymany</translation>
    </message>
    <message>
        <source>run state unknown</source>
        <translation>stan procesu nieznany</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>nigdy nie odpowiedział</translation>
    </message>
    <message>
        <source>STALE: %1, %2</source>
        <translation>NIEAKTUALNE: %1, %2</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s temu</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min temu</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h temu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>ostatnio widziany %1</translation>
    </message>
    <message>
        <source>not read (no SSH access configured)</source>
        <translation>nie odczytano (nie skonfigurowano dostępu SSH)</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>jeszcze nie odczytano</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>odczytano %1</translation>
    </message>
    <message>
        <source>STALE: %1</source>
        <translation>NIEAKTUALNE: %1</translation>
    </message>
    <message>
        <source>host metrics STALE</source>
        <translation>wskaźniki hosta NIEAKTUALNE</translation>
    </message>
</context>
<context>
    <name>ProcedureCli</name>
    <message>
        <source>Take every confirmation as given (for scripts).</source>
        <translation>Traktuj każde potwierdzenie jako udzielone (dla skryptów).</translation>
    </message>
    <message>
        <source>Also print every command as it is sent.</source>
        <translation>Wypisuj też każde wysyłane polecenie.</translation>
    </message>
    <message>
        <source>Print every command that would run, per host; change nothing.</source>
        <translation>Wypisz każde polecenie, które zostałoby uruchomione, dla każdego hosta; niczego nie zmieniaj.</translation>
    </message>
    <message>
        <source>%1: run %2 not found: %3</source>
        <translation>%1: nie znaleziono przebiegu %2: %3</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli runs&apos; for the journal.</source>
        <translation>Uruchom &apos;nbconsole-cli runs&apos;, aby zobaczyć dziennik.</translation>
    </message>
    <message>
        <source>%1: no unfinished run in the journal.</source>
        <translation>%1: w dzienniku nie ma niedokończonego przebiegu.</translation>
    </message>
    <message>
        <source>%1 on %2 — dry run, nothing is changed</source>
        <translation>%1 na %2 — próba na sucho, nic nie jest zmieniane</translation>
    </message>
    <message>
        <source>%1: no such node in %2.</source>
        <translation>%1: w %2 nie ma takiego węzła.</translation>
    </message>
    <message>
        <source>Name one of the inventory&apos;s app nodes with --node.</source>
        <translation>Wskaż jeden z węzłów aplikacji z inwentarza za pomocą --node.</translation>
    </message>
    <message>
        <source>Run %1 (%2) stopped at: %3</source>
        <translation>Przebieg %1 (%2) zatrzymał się na: %3</translation>
    </message>
    <message>
        <source>the rollback</source>
        <translation>wycofanie</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>koniec</translation>
    </message>
    <message>
        <source>The cluster now:</source>
        <translation>Stan klastra teraz:</translation>
    </message>
    <message>
        <source>Continue the run? [y/N]</source>
        <translation>Kontynuować przebieg? [y/N]</translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation>wznowione wycofanie</translation>
    </message>
    <message>
        <source>requested by %1</source>
        <translation>na żądanie %1</translation>
    </message>
    <message>
        <source>%1: the run was not resumed.</source>
        <translation>%1: przebieg nie został wznowiony.</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; again when ready.</source>
        <translation>Gdy będziesz gotów, uruchom ponownie &apos;nbconsole-cli resume&apos;.</translation>
    </message>
    <message>
        <source>%1: run %2 is still going: a console on this machine is writing its journal.</source>
        <translation>%1: przebieg %2 nadal trwa: konsola na tym komputerze zapisuje jego dziennik.</translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it there; then run this again.</source>
        <translation>Poczekaj, aż się skończy, albo zatrzymaj go tam; potem uruchom to ponownie.</translation>
    </message>
</context>
<context>
    <name>ProcedureWizard</name>
    <message>
        <source>every app node</source>
        <translation>każdy węzeł aplikacji</translation>
    </message>
    <message>
        <source>the first app node</source>
        <translation>pierwszy węzeł aplikacji</translation>
    </message>
    <message>
        <source>the other app nodes</source>
        <translation>pozostałe węzły aplikacji</translation>
    </message>
    <message>
        <source>the load balancer</source>
        <translation>load balancer</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>baza danych</translation>
    </message>
    <message>
        <source>the cluster</source>
        <translation>klaster</translation>
    </message>
    <message>
        <source>&amp;Retry the step</source>
        <translation>Powtó&amp;rz krok</translation>
    </message>
    <message>
        <source>Roll &amp;back: start the previous version again and restore the database backup taken in this run</source>
        <translation>&amp;Wycofaj: uruchom ponownie poprzednią wersję i odtwórz kopię bazy danych wykonaną w tym uruchomieniu</translation>
    </message>
    <message>
        <source>&amp;Stop and leave the cluster as it is</source>
        <translation>&amp;Zatrzymaj i zostaw klaster w obecnym stanie</translation>
    </message>
    <message>
        <source>&amp;Mark done by hand (I fixed it myself)</source>
        <translation>&amp;Oznacz jako wykonane ręcznie (naprawiłem to sam)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Elapsed: %1 s</source>
        <translation>Upłynęło: %1 s</translation>
    </message>
    <message>
        <source>Cluster %1: the steps below run in this order. Each step shows its commands before it runs, and asks before it changes the cluster.</source>
        <translation>Klaster %1: poniższe kroki wykonują się w tej kolejności. Każdy krok pokazuje swoje polecenia przed wykonaniem i pyta, zanim zmieni klaster.</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>Bieżąca wersja:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Wersja docelowa</translation>
    </message>
    <message>
        <source>&amp;Target version *:</source>
        <translation>Wersja &amp;docelowa *:</translation>
    </message>
    <message>
        <source>Enter the version to upgrade to.</source>
        <translation>Wpisz wersję, do której zaktualizować.</translation>
    </message>
    <message>
        <source>The cluster goes into maintenance on one node; you then do your work in NocoBase and come back here to end the maintenance.</source>
        <translation>Klaster przechodzi w konserwację na jednym węźle; wykonujesz swoją pracę w NocoBase i wracasz tutaj, by zakończyć konserwację.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Co&amp;mmands:</source>
        <translation>Pole&amp;cenia:</translation>
    </message>
    <message>
        <source>Commands of this step</source>
        <translation>Polecenia tego kroku</translation>
    </message>
    <message>
        <source>I have read the commands; &amp;run this step</source>
        <translation>Przeczytałem polecenia; &amp;wykonaj ten krok</translation>
    </message>
    <message>
        <source>Cluster name to confirm</source>
        <translation>Nazwa klastra do potwierdzenia</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>&amp;Do not run</source>
        <translation>&amp;Nie uruchamiaj</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation>Postęp na każdym hoście</translation>
    </message>
    <message>
        <source>Live log of this run</source>
        <translation>Bieżący dziennik tego uruchomienia</translation>
    </message>
    <message>
        <source>The step failed — what now?</source>
        <translation>Krok się nie powiódł — co dalej?</translation>
    </message>
    <message>
        <source>What you did by hand (required)</source>
        <translation>Co zrobiłeś ręcznie (wymagane)</translation>
    </message>
    <message>
        <source>Reason for marking the step done by hand</source>
        <translation>Powód oznaczenia kroku jako wykonanego ręcznie</translation>
    </message>
    <message>
        <source>&amp;Go on</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Your work in NocoBase</source>
        <translation>Twoja praca w NocoBase</translation>
    </message>
    <message>
        <source>Plugins: add, enable, disable or upgrade plugins in the plugin manager</source>
        <translation>Wtyczki: dodaj, włącz, wyłącz lub zaktualizuj wtyczki w menedżerze wtyczek</translation>
    </message>
    <message>
        <source>Backup &amp;&amp; restore: take or restore a backup with the backup manager</source>
        <translation>Kopia i odtwarzanie: wykonaj lub odtwórz kopię w menedżerze kopii</translation>
    </message>
    <message>
        <source>Migration: import or apply a migration package</source>
        <translation>Migracja: zaimportuj lub zastosuj pakiet migracji</translation>
    </message>
    <message>
        <source>&amp;End maintenance</source>
        <translation>&amp;Zakończ konserwację</translation>
    </message>
    <message>
        <source>Notes of the run, including the downtime</source>
        <translation>Notatki z uruchomienia, w tym czas niedostępności</translation>
    </message>
    <message>
        <source>Notes (downtime and what each step found):</source>
        <translation>Notatki (niedostępność i ustalenia każdego kroku):</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Eksportuj raport jako &amp;HTML…</translation>
    </message>
    <message>
        <source>Export report as &amp;PDF…</source>
        <translation>Eksportuj raport jako &amp;PDF…</translation>
    </message>
    <message>
        <source>Taking the cluster lock…</source>
        <translation>Zakładanie blokady klastra…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Krok %1 z %2</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>Cele: %1</translation>
    </message>
    <message>
        <source>(no remote command: this step checks or waits)</source>
        <translation>(brak zdalnego polecenia: ten krok sprawdza lub czeka)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>czeka</translation>
    </message>
    <message>
        <source>Waiting for you: read the step, then press Run.</source>
        <translation>Czekam na ciebie: przeczytaj krok, potem naciśnij Uruchom.</translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;confirm:</source>
        <translation>Wpisz nazwę klastra (%1), aby &amp;potwierdzić:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Trwa wykonywanie…</translation>
    </message>
    <message>
        <source>Declined; the step does not run.</source>
        <translation>Odmówiono; krok nie zostanie wykonany.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>wykonuje: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Resumes run %1 (%2). The cluster is probed first; the journal says what was intended, only the cluster says what happened.</source>
        <translation>Wznawia uruchomienie %1 (%2). Najpierw sprawdzany jest klaster: dziennik mówi, co było zamierzone, tylko klaster mówi, co się stało.</translation>
    </message>
    <message>
        <source>resumed rollback</source>
        <translation>wznowione wycofanie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The cluster is in maintenance and one node runs: %1; the load balancer sends every user to it. Do your work in NocoBase there, tick what you did, then end the maintenance: the other nodes start again on the same release.</source>
        <translation>Klaster jest w trybie konserwacji i działa jeden węzeł: %1; load balancer kieruje do niego wszystkich użytkowników. Wykonaj swoją pracę w NocoBase na tym węźle, zaznacz, co zrobiłeś, a potem zakończ konserwację: pozostałe węzły uruchomią się ponownie z tym samym wydaniem.</translation>
    </message>
    <message>
        <source>What you did (recorded in the journal):</source>
        <translation>Co zrobiłeś (zostanie zapisane w dzienniku):</translation>
    </message>
    <message>
        <source>Before the other nodes start, confirm:</source>
        <translation>Zanim pozostałe węzły zostaną uruchomione, potwierdź:</translation>
    </message>
    <message>
        <source>My work in NocoBase is finished</source>
        <translation>Moja praca w NocoBase jest zakończona</translation>
    </message>
    <message>
        <source>I verified that NocoBase works on the node that runs (sign in, the changed feature works)</source>
        <translation>Sprawdziłem, że NocoBase działa na uruchomionym węźle (logowanie działa, zmieniona funkcja działa)</translation>
    </message>
    <message>
        <source>the operator cancelled the run and chose the rollback</source>
        <translation>operator anulował przebieg i wybrał wycofanie</translation>
    </message>
    <message>
        <source>Rollback step %1 of %2</source>
        <translation>Krok wycofania %1 z %2</translation>
    </message>
    <message>
        <source>I have &amp;done this by hand; check it and go on</source>
        <translation>Wykonałem to &amp;ręcznie; sprawdź i przejdź dalej</translation>
    </message>
    <message>
        <source>%1 is older than the cluster&apos;s %2: NocoBase cannot downgrade. To go back after a failed upgrade, roll that run back.</source>
        <translation>Wersja %1 jest starsza niż wersja klastra (%2): NocoBase nie obsługuje przejścia na starszą wersję. Aby wrócić po nieudanej aktualizacji, wycofaj tamten przebieg.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Przebieg %1</translation>
    </message>
    <message>
        <source>The run is at “%1”.</source>
        <translation>Przebieg jest na kroku „%1”.</translation>
    </message>
    <message>
        <source>The run is starting.</source>
        <translation>Przebieg się rozpoczyna.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt;: the run stops at the next safe point and the cluster stays as it is then; the journal records where. You can resume or roll back later from the console or with nbconsole-cli.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zatrzymaj&lt;/b&gt;: przebieg zatrzyma się w najbliższym bezpiecznym punkcie, a klaster pozostanie w stanie z tej chwili; dziennik zapisze, w którym miejscu. Później możesz wznowić lub wycofać przebieg z konsoli albo za pomocą nbconsole-cli.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Roll back&lt;/b&gt; (%1): the run stops, then these steps run here, each with its confirmation:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wycofaj&lt;/b&gt; (%1): przebieg zatrzyma się, a następnie zostaną tu wykonane te kroki, każdy z osobnym potwierdzeniem:&lt;/p&gt;&lt;ol&gt;%2&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>Anulować przebieg?</translation>
    </message>
    <message>
        <source>What should the cluster be left in?</source>
        <translation>W jakim stanie pozostawić klaster?</translation>
    </message>
    <message>
        <source>Stop and &amp;roll back</source>
        <translation>Zatrzymaj i &amp;wycofaj</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Kontynuuj przebieg</translation>
    </message>
    <message>
        <source>cancelled by %1 in the wizard</source>
        <translation>anulowane przez %1 w kreatorze</translation>
    </message>
    <message>
        <source>Stopping the run; the rollback follows.</source>
        <translation>Zatrzymywanie przebiegu; następnie nastąpi wycofanie.</translation>
    </message>
    <message>
        <source>none: the backup stays on the database host</source>
        <translation>brak: kopia zapasowa zostaje na hoście bazy danych</translation>
    </message>
    <message>
        <source>Folder on this computer for a copy of the backup</source>
        <translation>Folder na tym komputerze na kopię kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Copy the backup into</source>
        <translation>Skopiuj kopię zapasową do</translation>
    </message>
    <message>
        <source>&amp;Copy of the backup:</source>
        <translation>&amp;Kopia kopii zapasowej:</translation>
    </message>
    <message>
        <source>Give the full path of the folder for the copy of the backup, or leave it empty.</source>
        <translation>Podaj pełną ścieżkę folderu na kopię kopii zapasowej albo zostaw pole puste.</translation>
    </message>
    <message>
        <source>passed over when %1</source>
        <translation>pomijany, gdy %1</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>continue an interrupted or stopped run at the exact step</source>
        <translation>kontynuuj przerwany lub zatrzymany przebieg dokładnie od tego kroku</translation>
    </message>
    <message>
        <source>The run to resume (default: the latest unfinished).</source>
        <translation>Przebieg do wznowienia (domyślnie: ostatni niedokończony).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ask, rollback or stop, as for upgrade.</source>
        <translation>ask, rollback lub stop, jak dla upgrade.</translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation>ask|rollback|stop</translation>
    </message>
    <message>
        <source>resume: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation>resume: --on-failure musi mieć wartość ask, rollback lub stop, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: run %2 is finished (%3); there is nothing to resume.</source>
        <translation>%1: przebieg %2 jest zakończony (%3); nie ma czego wznawiać.</translation>
    </message>
    <message>
        <source>%1: run %2 is of an unknown procedure &apos;%3&apos;.</source>
        <translation>%1: przebieg %2 dotyczy nieznanej procedury &apos;%3&apos;.</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>previous version on every node + this run&apos;s database backup</source>
        <translation>poprzednia wersja na każdym węźle + kopia zapasowa bazy danych z tego przebiegu</translation>
    </message>
    <message>
        <source>The run to roll back (default: the latest unfinished).</source>
        <translation>Przebieg do wycofania (domyślnie: ostatni niedokończony).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1: run %2 (%3) has no rollback.</source>
        <translation>%1: przebieg %2 (%3) nie ma wycofania.</translation>
    </message>
    <message>
        <source>Only an upgrade can be rolled back; use &apos;nbconsole-cli resume&apos; for the others.</source>
        <translation>Wycofać można tylko aktualizację; dla pozostałych użyj &apos;nbconsole-cli resume&apos;.</translation>
    </message>
</context>
<context>
    <name>RunCommandDialog</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>&amp;Uruchom…</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Anuluj wykonanie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Run Command — %1</source>
        <translation>Uruchom polecenie — %1</translation>
    </message>
    <message>
        <source>Run a command on cluster hosts</source>
        <translation>Uruchom polecenie na hostach klastra</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Hosts the command runs on</source>
        <translation>Hosty, na których zostanie uruchomione polecenie</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <source>A shell command, sent to each host exactly as typed.</source>
        <translation>Polecenie powłoki, wysyłane do każdego hosta dokładnie w takiej postaci, w jakiej je wpisano.</translation>
    </message>
    <message>
        <source>e.g. df -h /</source>
        <translation>np. df -h /</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Limit czasu w sekundach</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Pol&amp;ecenie:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Limit czasu:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Uruchom polecenie</translation>
    </message>
    <message>
        <source>Cancel the running command on every host</source>
        <translation>Anuluj wykonywane polecenie na wszystkich hostach</translation>
    </message>
    <message>
        <source>Output of the command, every host</source>
        <translation>Wyjście polecenia ze wszystkich hostów</translation>
    </message>
    <message>
        <source>Result per host</source>
        <translation>Wynik na każdym hoście</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Kod wyjścia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation>Stan wykonania</translation>
    </message>
    <message>
        <source>Tick at least one host.</source>
        <translation>Zaznacz co najmniej jeden host.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Runs on %n host(s): %1</source>
        <translation>
            <numerusform>Zostanie uruchomione na %n hoście: %1</numerusform>
            <numerusform>Zostanie uruchomione na %n hostach: %1</numerusform>
            <numerusform>Zostanie uruchomione na %n hostach: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The command cannot be sent: %1</source>
        <translation>Nie można wysłać polecenia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Run this command on %n host(s) of cluster %1?</source>
        <translation>
            <numerusform>Uruchomić to polecenie na %n hoście klastra %1?</numerusform>
            <numerusform>Uruchomić to polecenie na %n hostach klastra %1?</numerusform>
            <numerusform>Uruchomić to polecenie na %n hostach klastra %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sent to each host&apos;s shell exactly as shown, with a timeout of %1. Hosts:</source>
        <translation>Zostanie wysłane do powłoki każdego hosta dokładnie w pokazanej postaci, z limitem czasu %1. Hosty:</translation>
    </message>
    <message>
        <source>Run Command</source>
        <translation>Uruchom polecenie</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uruchom</translation>
    </message>
    <message>
        <source>Do &amp;Not Run</source>
        <translation>&amp;Nie uruchamiaj</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>w toku…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>powodzenie</translation>
    </message>
    <message>
        <source>failed with exit code %1</source>
        <translation>błąd, kod wyjścia %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1; %2 of %n host(s) had finished successfully.</source>
        <translation>
            <numerusform>Anulowano po %1; pomyślnie zakończone: %2 z %n hosta.</numerusform>
            <numerusform>Anulowano po %1; pomyślnie zakończone: %2 z %n hostów.</numerusform>
            <numerusform>Anulowano po %1; pomyślnie zakończone: %2 z %n hostów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on all %n host(s) in %1.</source>
        <translation>
            <numerusform>Powodzenie na %n hoście w czasie %1.</numerusform>
            <numerusform>Powodzenie na wszystkich %n hostach w czasie %1.</numerusform>
            <numerusform>Powodzenie na wszystkich %n hostach w czasie %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed on %1 of %n host(s) in %2; see the result per host.</source>
        <translation>
            <numerusform>Błąd na %1 z %n hosta w czasie %2; zobacz wynik na każdym hoście.</numerusform>
            <numerusform>Błąd na %1 z %n hostów w czasie %2; zobacz wynik na każdym hoście.</numerusform>
            <numerusform>Błąd na %1 z %n hostów w czasie %2; zobacz wynik na każdym hoście.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling on %n host(s)… %1</source>
        <translation>
            <numerusform>Anulowanie na %n hoście… %1</numerusform>
            <numerusform>Anulowanie na %n hostach… %1</numerusform>
            <numerusform>Anulowanie na %n hostach… %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running on %n host(s)… %1</source>
        <translation>
            <numerusform>Wykonywanie na %n hoście… %1</numerusform>
            <numerusform>Wykonywanie na %n hostach… %1</numerusform>
            <numerusform>Wykonywanie na %n hostach… %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 — can be resumed</source>
        <translation>%1 — można wznowić</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>co najmniej %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedura</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Klaster</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>the journal: every run of this cluster, newest first</source>
        <translation>dziennik: wszystkie przebiegi tego klastra, od najnowszego</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Wypisz JSON do przetwarzania maszynowego.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The run for --report (default: the newest).</source>
        <translation>Przebieg dla --report (domyślnie: najnowszy).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Report of run %1 written to %2</source>
        <translation>Raport przebiegu %1 zapisano do %2</translation>
    </message>
    <message>
        <source>%1: no run %2 in the journal.</source>
        <translation>%1: w dzienniku nie ma przebiegu %2.</translation>
    </message>
    <message>
        <source>No runs of %1 in the journal.</source>
        <translation>W dzienniku nie ma przebiegów %1.</translation>
    </message>
    <message>
        <source>Write the run&apos;s report to FILE: PDF when FILE ends in .pdf, HTML otherwise.</source>
        <translation>Zapisz raport przebiegu do pliku FILE: PDF, gdy nazwa FILE kończy się na .pdf, w przeciwnym razie HTML.</translation>
    </message>
</context>
<context>
    <name>RunsHistoryDialog</name>
    <message>
        <source>Show runs of &amp;all clusters</source>
        <translation>Pokaż przebiegi wszystkich &amp;klastrów</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Eksportuj raport…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Wznów…</translation>
    </message>
    <message>
        <source>Runs History</source>
        <translation>Historia przebiegów</translation>
    </message>
    <message>
        <source>Runs History — %1</source>
        <translation>Historia przebiegów — %1</translation>
    </message>
    <message>
        <source>Show runs of all clusters</source>
        <translation>Pokaż przebiegi wszystkich klastrów</translation>
    </message>
    <message>
        <source>Runs in the journal, newest first</source>
        <translation>Przebiegi w dzienniku, od najnowszego</translation>
    </message>
    <message>
        <source>The selected run</source>
        <translation>Wybrany przebieg</translation>
    </message>
    <message>
        <source>Steps of the selected run, with each node&apos;s state</source>
        <translation>Kroki wybranego przebiegu ze stanem każdego węzła</translation>
    </message>
    <message>
        <source>Step / node</source>
        <translation>Krok / węzeł</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Read the journal again</source>
        <translation>Wczytaj dziennik ponownie</translation>
    </message>
    <message>
        <source>Export the selected run&apos;s report as HTML or PDF</source>
        <translation>Eksportuj raport wybranego przebiegu jako HTML lub PDF</translation>
    </message>
    <message>
        <source>Resume the selected unfinished run</source>
        <translation>Wznów wybrany niedokończony przebieg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Wczytywanie dziennika…</translation>
    </message>
    <message>
        <source>No runs in the journal at %1.</source>
        <translation>W dzienniku w %1 nie ma przebiegów.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in the journal.</source>
        <translation>
            <numerusform>%n przebieg w dzienniku.</numerusform>
            <numerusform>%n przebiegi w dzienniku.</numerusform>
            <numerusform>%n przebiegów w dzienniku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its steps.</source>
        <translation>Wybierz przebieg, aby zobaczyć jego kroki.</translation>
    </message>
    <message>
        <source>Run %1: %2 on %3</source>
        <translation>Przebieg %1: %2 na %3</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, wersja docelowa %1</translation>
    </message>
    <message>
        <source>, by %1</source>
        <translation>, operator: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Wynik: %1</translation>
    </message>
    <message>
        <source>This run did not finish. Resume it here or with &apos;nbconsole-cli resume --run %1&apos;.</source>
        <translation>Ten przebieg nie został dokończony. Wznów go tutaj lub poleceniem &apos;nbconsole-cli resume --run %1&apos;.</translation>
    </message>
    <message>
        <source>This run did not finish; it can be resumed at the step &quot;%1&quot; (Resume… here, or &apos;nbconsole-cli resume --run %2&apos;).</source>
        <translation>Ten przebieg nie został dokończony; można go wznowić od kroku „%1” (Wznów… tutaj lub &apos;nbconsole-cli resume --run %2&apos;).</translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation>Wycofanie: %1</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Raport HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Raport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Writing the report of run %1…</source>
        <translation>Zapisywanie raportu przebiegu %1…</translation>
    </message>
    <message>
        <source>The report of run %1 was written to %2.</source>
        <translation>Raport przebiegu %1 zapisano do %2.</translation>
    </message>
    <message>
        <source>The report of run %1 was not written: %2</source>
        <translation>Nie zapisano raportu przebiegu %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Health poll interval:</source>
        <translation>Odstęp &amp;sprawdzania stanu:</translation>
    </message>
    <message>
        <source>Health poll interval in seconds</source>
        <translation>Odstęp sprawdzania stanu w sekundach</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Log lines kept in view:</source>
        <translation>&amp;Wiersze dziennika w widoku:</translation>
    </message>
    <message>
        <source>Log lines kept in view</source>
        <translation>Wiersze dziennika w widoku</translation>
    </message>
    <message>
        <source>Older lines leave the view; the run journal keeps every line.</source>
        <translation>Starsze wiersze znikają z widoku; dziennik przebiegu zachowuje każdy wiersz.</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>A new language applies the next time the console starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu konsoli.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
</context>
<context>
    <name>StaleLockDialog</name>
    <message>
        <source>Cluster locked — %1</source>
        <translation>Klaster zablokowany — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cluster %1 is locked by another run.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klaster %1 jest zablokowany przez inny przebieg.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lock owner</source>
        <translation>Właściciel blokady</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Właściciel:</translation>
    </message>
    <message>
        <source>Run holding the lock</source>
        <translation>Przebieg trzymający blokadę</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Przebieg:</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (%2 temu)</translation>
    </message>
    <message>
        <source>Locked since</source>
        <translation>Zablokowany od</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Wait for that run to finish. Break the lock only if that run is really gone (its console was closed or crashed): breaking the lock of a live run lets two runs change the cluster at once.</source>
        <translation>Poczekaj, aż tamten przebieg się zakończy. Zdejmij blokadę tylko wtedy, gdy tamten przebieg naprawdę już nie działa (jego konsolę zamknięto lub uległa awarii): zdjęcie blokady działającego przebiegu pozwoli dwóm przebiegom jednocześnie zmieniać klaster.</translation>
    </message>
    <message>
        <source>Type the cluster name (%1) to &amp;break the lock:</source>
        <translation>Wpisz nazwę klastra (%1), aby zdjąć &amp;blokadę:</translation>
    </message>
    <message>
        <source>Cluster name to confirm breaking the lock</source>
        <translation>Nazwa klastra potwierdzająca zdjęcie blokady</translation>
    </message>
    <message>
        <source>Break the lock and &amp;retry</source>
        <translation>Zdejmij blokadę i &amp;ponów</translation>
    </message>
    <message>
        <source>Break the lock, then start the run again</source>
        <translation>Zdejmij blokadę, a następnie ponownie rozpocznij przebieg</translation>
    </message>
    <message>
        <source>&amp;Keep the lock</source>
        <translation>&amp;Zachowaj blokadę</translation>
    </message>
    <message>
        <source>Keep the lock and do not run</source>
        <translation>Zachowaj blokadę i nie uruchamiaj</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Breaking the lock…</source>
        <translation>Zdejmowanie blokady…</translation>
    </message>
    <message>
        <source>The lock was not broken: %1</source>
        <translation>Blokada nie została zdjęta: %1</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>nodes, health, versions, load balancer mode, lock</source>
        <translation>węzły, stan, wersje, tryb load balancera, blokada</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Wypisz JSON do przetwarzania maszynowego.</translation>
    </message>
    <message>
        <source>Cluster %1 (%2)</source>
        <translation>Klaster %1 (%2)</translation>
    </message>
    <message>
        <source>Load balancer: %1 on %2</source>
        <translation>Load balancer: %1 na %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>App nodes (%1 runtime):</source>
        <translation>Węzły aplikacji (środowisko %1):</translation>
    </message>
    <message>
        <source>Database: %1 %2 on %3</source>
        <translation>Baza danych: %1 %2 na %3</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis: %1</translation>
    </message>
    <message>
        <source>Shared storage: %1</source>
        <translation>Współdzielona pamięć: %1</translation>
    </message>
    <message>
        <source>Complete the inventory, then run &apos;nbconsole-cli status&apos; again.</source>
        <translation>Uzupełnij inwentarz, potem ponownie uruchom &apos;nbconsole-cli status&apos;.</translation>
    </message>
    <message>
        <source>mode %1, upstream %2</source>
        <translation>tryb %1, upstream %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>działa</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymany</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>%1, health %2, release %3, database at %4</source>
        <translation>%1, stan %2, wydanie %3, baza danych w wersji %4</translation>
    </message>
    <message>
        <source>Lock: %1</source>
        <translation>Blokada: %1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>wolna</translation>
    </message>
    <message>
        <source>Lock: unknown (%1)</source>
        <translation>Blokada: nieznana (%1)</translation>
    </message>
</context>
<context>
    <name>TerminalObserver</name>
    <message>
        <source>Resuming %1 on %2 (run %3)</source>
        <translation>Wznawianie %1 na %2 (przebieg %3)</translation>
    </message>
    <message>
        <source>%1 on %2 (run %3)</source>
        <translation>%1 na %2 (przebieg %3)</translation>
    </message>
    <message>
        <source>confirmed by --yes</source>
        <translation>potwierdzone przez --yes</translation>
    </message>
    <message>
        <source> [y/N]</source>
        <translation> [y/N]</translation>
    </message>
    <message>
        <source>No terminal to confirm on: run with --yes to confirm in advance.</source>
        <translation>Brak terminala do potwierdzenia: uruchom z --yes, aby potwierdzić z góry.</translation>
    </message>
    <message>
        <source>--on-failure rollback</source>
        <translation>--on-failure rollback</translation>
    </message>
    <message>
        <source>What now? (%1)</source>
        <translation>Co teraz? (%1)</translation>
    </message>
    <message>
        <source>What did you do by hand?</source>
        <translation>Co zrobiono ręcznie?</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Done? [y/N]</source>
        <translation>Gotowe? [y/N]</translation>
    </message>
    <message>
        <source>No terminal to confirm on: this load balancer is switched by hand, which --yes cannot confirm. Run interactively, or describe the switch as commands (load_balancer kind: custom).</source>
        <translation>Brak terminala do potwierdzenia: ten load balancer jest przełączany ręcznie, czego --yes nie może potwierdzić. Uruchom w trybie interaktywnym albo opisz przełączanie jako polecenia (load_balancer kind: custom).</translation>
    </message>
</context>
<context>
    <name>TopologyScene</name>
    <message numerus="yes">
        <source>App nodes (%n)</source>
        <translation>
            <numerusform>Węzły aplikacji (%n)</numerusform>
            <numerusform>Węzły aplikacji (%n)</numerusform>
            <numerusform>Węzły aplikacji (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>Cluster topology</source>
        <translation>Topologia klastra</translation>
    </message>
    <message>
        <source>Arrow keys select a node; + and - zoom; 0 fits the cluster</source>
        <translation>Strzałki wybierają węzeł; + i - powiększają; 0 dopasowuje klaster</translation>
    </message>
</context>
<context>
    <name>UnlockCommand</name>
    <message>
        <source>break a stale cluster lock (shows its owner first)</source>
        <translation>zdejmij nieaktualną blokadę klastra (najpierw pokazuje jej właściciela)</translation>
    </message>
    <message>
        <source>Break it without asking for the cluster name.</source>
        <translation>Zdejmij ją bez pytania o nazwę klastra.</translation>
    </message>
    <message>
        <source>Check that the load balancer host is reachable over SSH.</source>
        <translation>Sprawdź, czy host load balancera jest osiągalny przez SSH.</translation>
    </message>
    <message>
        <source>%1: the cluster is not locked.</source>
        <translation>%1: klaster nie jest zablokowany.</translation>
    </message>
    <message>
        <source>%1 is locked by %2.</source>
        <translation>%1 jest zablokowany przez %2.</translation>
    </message>
    <message>
        <source>Break the lock only if that run is really gone. Type the cluster name (%1):</source>
        <translation>Zdejmij blokadę tylko wtedy, gdy tamten przebieg naprawdę już nie działa. Wpisz nazwę klastra (%1):</translation>
    </message>
    <message>
        <source>%1: the lock was kept.</source>
        <translation>%1: blokada została zachowana.</translation>
    </message>
    <message>
        <source>Type the cluster name exactly, or use --yes in scripts.</source>
        <translation>Wpisz dokładnie nazwę klastra albo użyj --yes w skryptach.</translation>
    </message>
    <message>
        <source>%1: lock of %2 broken.</source>
        <translation>%1: blokada %2 zdjęta.</translation>
    </message>
</context>
<context>
    <name>UpgradeCommand</name>
    <message>
        <source>upgrade every node to a version: backup, maintenance page, one node first</source>
        <translation>zaktualizuj każdy węzeł do wersji: kopia zapasowa, strona konserwacji, najpierw jeden węzeł</translation>
    </message>
    <message>
        <source>The exact version to upgrade to (e.g. 2.2.15).</source>
        <translation>Dokładna wersja docelowa aktualizacji (np. 2.2.15).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>After the version change fails: ask (default on a terminal), rollback, or stop (default with --yes or without a terminal).</source>
        <translation>Gdy zmiana wersji się nie powiedzie: ask (domyślnie w terminalu), rollback lub stop (domyślnie z --yes lub bez terminala).</translation>
    </message>
    <message>
        <source>ask|rollback|stop</source>
        <translation>ask|rollback|stop</translation>
    </message>
    <message>
        <source>The node that migrates first (default: the first listed).</source>
        <translation>Węzeł, który migruje jako pierwszy (domyślnie: pierwszy na liście).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>upgrade: --to VERSION is required.</source>
        <translation>upgrade: wymagana jest opcja --to VERSION.</translation>
    </message>
    <message>
        <source>Example: nbconsole-cli upgrade --to 2.2.15</source>
        <translation>Przykład: nbconsole-cli upgrade --to 2.2.15</translation>
    </message>
    <message>
        <source>upgrade: --on-failure must be ask, rollback or stop, not &apos;%1&apos;.</source>
        <translation>upgrade: --on-failure musi mieć wartość ask, rollback lub stop, a nie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>upgrade: %1.</source>
        <translation>upgrade: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Also copy the database backup into this folder on this computer (checked by sha256; the maintenance window lasts until it is here).</source>
        <translation>Skopiuj też kopię zapasową bazy do tego folderu na tym komputerze (sprawdzaną przez sha256; okno konserwacji trwa, aż tu dotrze).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>upgrade: --backup-copy needs a folder.</source>
        <translation>upgrade: --backup-copy wymaga folderu.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>NocoBase Cluster Console</source>
        <translation>Konsola klastra NocoBase</translation>
    </message>
    <message>
        <source>Desktop console for NocoBase clusters.</source>
        <translation>Konsola do zarządzania klastrami NocoBase.</translation>
    </message>
    <message>
        <source>Open the cluster inventory FILE.</source>
        <translation>Otwórz plik inwentarza klastra FILE.</translation>
    </message>
</context>
<context>
    <name>nb</name>
    <message>
        <source>expected a list of at least one node</source>
        <translation>oczekiwano listy z co najmniej jednym węzłem</translation>
    </message>
    <message>
        <source>expected a node with name and host</source>
        <translation>oczekiwano węzła z nazwą i hostem</translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation>powtórzona nazwa węzła &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file is empty or is not a YAML mapping</source>
        <translation>plik jest pusty lub nie jest mapowaniem YAML</translation>
    </message>
    <message>
        <source>no answer within the timeout</source>
        <translation>brak odpowiedzi w wyznaczonym czasie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field path like app.nodes[1].host</source>
        <translation>&apos;%1&apos; nie jest ścieżką pola w rodzaju app.nodes[1].host</translation>
    </message>
    <message>
        <source>%1: the enclosing value is not a mapping</source>
        <translation>%1: wartość nadrzędna nie jest mapowaniem</translation>
    </message>
    <message>
        <source>%1: there is no &apos;%2&apos; section to add it to</source>
        <translation>%1: nie ma sekcji &apos;%2&apos;, do której można to dodać</translation>
    </message>
    <message>
        <source>%1: there is no item %2 in &apos;%3&apos;</source>
        <translation>%1: w &apos;%3&apos; nie ma elementu %2</translation>
    </message>
    <message>
        <source>empty field path</source>
        <translation>pusta ścieżka pola</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command takes no placeholders</source>
        <translation>nieznany symbol zastępczy {%1}; to polecenie nie przyjmuje symboli zastępczych</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}; this command can use %2</source>
        <translation>nieznany symbol zastępczy {%1}; to polecenie może używać %2</translation>
    </message>
    <message>
        <source>must contain {%1}</source>
        <translation>musi zawierać {%1}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image name (e.g. nocobase/nocobase)</source>
        <translation>&apos;%1&apos; nie jest prawidłową nazwą obrazu (np. nocobase/nocobase)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>&apos;%1&apos; nie jest adresem URL http:// ani https://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same host as node &apos;%2&apos; (%3 port %4)</source>
        <translation>&apos;%1&apos; to ten sam host co węzeł &apos;%2&apos; (%3 port %4)</translation>
    </message>
    <message>
        <source>is required for the %1 runtime</source>
        <translation>jest wymagane dla środowiska %1</translation>
    </message>
    <message>
        <source>for the kubernetes runtime</source>
        <translation>dla środowiska kubernetes</translation>
    </message>
    <message>
        <source>for the haproxy load balancer</source>
        <translation>dla load balancera haproxy</translation>
    </message>
    <message>
        <source>for the custom load balancer</source>
        <translation>dla własnego load balancera</translation>
    </message>
    <message>
        <source>expected keychain, ask, env:VARIABLE or none (the password itself never goes into the inventory)</source>
        <translation>oczekiwano keychain, ask, env:VARIABLE lub none (samo hasło nigdy nie trafia do inwentarza)</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>nieprawidłowy YAML: %1</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wykonano</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>skipped because of an earlier failure</source>
        <translation>pominięto z powodu wcześniejszego błędu</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>done by hand</source>
        <translation>wykonano ręcznie</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>powodzenie</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>wycofano</translation>
    </message>
    <message>
        <source>refused, nothing changed</source>
        <translation>odmówiono, nic nie zmieniono</translation>
    </message>
    <message>
        <source>%1: still running after the stop</source>
        <translation>%1: nadal działa po zatrzymaniu</translation>
    </message>
    <message>
        <source>%1: cannot tell whether it stopped: %2</source>
        <translation>%1: nie można ustalić, czy się zatrzymał: %2</translation>
    </message>
    <message>
        <source>lb: sends traffic to %1, expected %2</source>
        <translation>lb: kieruje ruch do %1, oczekiwano %2</translation>
    </message>
    <message>
        <source>%1: migration failed (%2): %3</source>
        <translation>%1: migracja nie powiodła się (%2): %3</translation>
    </message>
    <message>
        <source>%1: NocoBase failed (%2): %3</source>
        <translation>%1: błąd NocoBase (%2): %3</translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation>lb: %1</translation>
    </message>
    <message>
        <source>lb: mode %1, upstream %2</source>
        <translation>lb: tryb %1, upstream %2</translation>
    </message>
    <message>
        <source>%1: cannot read the node&apos;s state: %2</source>
        <translation>%1: nie można odczytać stanu węzła: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>Check that the host is reachable over SSH with a verified key.</source>
        <translation>Sprawdź, czy host jest osiągalny przez SSH ze zweryfikowanym kluczem.</translation>
    </message>
    <message>
        <source>Every host answers over SSH with a verified key, the runtime, the load balancer and the database respond; nothing is changed.</source>
        <translation>Każdy host odpowiada przez SSH ze zweryfikowanym kluczem, środowisko uruchomieniowe, load balancer i baza danych odpowiadają; nic nie jest zmieniane.</translation>
    </message>
    <message>
        <source>%1 — type the cluster name (%2) to go on</source>
        <translation>%1 — wpisz nazwę klastra (%2), aby kontynuować</translation>
    </message>
    <message>
        <source>%1 — go on?</source>
        <translation>%1 — kontynuować?</translation>
    </message>
    <message>
        <source>%1: state unknown (%2)</source>
        <translation>%1: stan nieznany (%2)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>zatrzymany</translation>
    </message>
    <message>
        <source>healthy, version %1</source>
        <translation>sprawny, wersja %1</translation>
    </message>
    <message>
        <source>busy (%1 %2)</source>
        <translation>zajęty (%1 %2)</translation>
    </message>
    <message>
        <source>failed (%1 %2)</source>
        <translation>błąd (%1 %2)</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>nie odpowiada</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>stan nieznany</translation>
    </message>
    <message>
        <source>%1: %2, release %3, %4</source>
        <translation>%1: %2, wydanie %3, %4</translation>
    </message>
    <message>
        <source>Password of database user %1 on %2 (cluster %3):</source>
        <translation>Hasło użytkownika bazy danych %1 na %2 (klaster %3):</translation>
    </message>
    <message>
        <source>db: no database password was given</source>
        <translation>db: nie podano hasła do bazy danych</translation>
    </message>
    <message>
        <source>no password is stored in the keychain yet</source>
        <translation>w pęku kluczy nie ma jeszcze zapisanego hasła</translation>
    </message>
    <message>
        <source>no secure storage for passwords is available (%1); the password will be asked each time and not stored anywhere</source>
        <translation>bezpieczny magazyn haseł jest niedostępny (%1); hasło będzie pytane za każdym razem i nigdzie nie zostanie zapisane</translation>
    </message>
    <message>
        <source>the keychain refused: %1</source>
        <translation>pęk kluczy odmówił: %1</translation>
    </message>
    <message>
        <source>The target &apos;%1&apos; has no host in the inventory %2.</source>
        <translation>Cel &apos;%1&apos; nie ma hosta w inwentarzu %2.</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;: the inventory %2 has the nodes %3 (and the targets all, apps, lb, db).</source>
        <translation>Nieznany cel &apos;%1&apos;: inwentarz %2 zawiera węzły %3 (oraz cele all, apps, lb, db).</translation>
    </message>
    <message>
        <source>The targets &apos;%1&apos; name no host in the inventory %2.</source>
        <translation>Cele &apos;%1&apos; nie wskazują żadnego hosta w inwentarzu %2.</translation>
    </message>
    <message>
        <source>could not start SFTP on %1: %2</source>
        <translation>nie udało się uruchomić SFTP na %1: %2</translation>
    </message>
    <message>
        <source>lb: switched by the operator</source>
        <translation>lb: przełączony przez operatora</translation>
    </message>
    <message>
        <source>lb: the operator did not confirm the switch: %1</source>
        <translation>lb: operator nie potwierdził przełączenia: %1</translation>
    </message>
    <message>
        <source>Switch the load balancer as described, then retry the step.</source>
        <translation>Przełącz load balancer zgodnie z opisem, potem ponów krok.</translation>
    </message>
    <message>
        <source>lb: switched by hand and has no url: nothing can prove its switches</source>
        <translation>lb: przełączany ręcznie i nie ma url: nie da się potwierdzić jego przełączeń</translation>
    </message>
    <message>
        <source>Add the cluster&apos;s public address as load_balancer.url to the inventory.</source>
        <translation>Dodaj do inwentarza publiczny adres klastra jako load_balancer.url.</translation>
    </message>
    <message>
        <source>lb: switched by hand; each switch is asked of you, then checked at %1</source>
        <translation>lb: przełączany ręcznie; o każde przełączenie zostaniesz poproszony, a potem zostanie ono sprawdzone pod adresem %1</translation>
    </message>
    <message>
        <source>this computer: cannot write the backup&apos;s copy into %1: %2</source>
        <translation>ten komputer: nie można zapisać kopii kopii zapasowej w %1: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or leave the copy out.</source>
        <translation>Wybierz folder z prawem zapisu albo zrezygnuj z kopii.</translation>
    </message>
    <message>
        <source>this computer: the backup will also be copied into %1</source>
        <translation>ten komputer: kopia zapasowa zostanie też skopiowana do %1</translation>
    </message>
</context>
<context>
    <name>nb::AdapterClusterControl</name>
    <message>
        <source>%1: the inventory lists no app nodes</source>
        <translation>%1: inwentarz nie zawiera węzłów aplikacji</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>lb: %1</source>
        <translation>lb: %1</translation>
    </message>
    <message>
        <source>db: only %1 MiB free in %2 for the backup</source>
        <translation>db: tylko %1 MiB wolnego miejsca w %2 na kopię zapasową</translation>
    </message>
    <message>
        <source>Free space on the database host or set database.backup_dir elsewhere.</source>
        <translation>Zwolnij miejsce na hoście bazy danych albo ustaw database.backup_dir w innym miejscu.</translation>
    </message>
    <message>
        <source>db: %1 MiB free for the backup</source>
        <translation>db: %1 MiB wolnego miejsca na kopię zapasową</translation>
    </message>
    <message>
        <source>db: %1 (%2 bytes)</source>
        <translation>db: %1 (%2 bajtów)</translation>
    </message>
    <message>
        <source>reading back %1</source>
        <translation>odczyt kontrolny %1</translation>
    </message>
    <message>
        <source>db: the inventory %1 has no database section; the upgrade needs it for the backup</source>
        <translation>db: inwentarz %1 nie ma sekcji database; aktualizacja potrzebuje jej do wykonania kopii zapasowej</translation>
    </message>
    <message>
        <source>Add the database section to the inventory.</source>
        <translation>Dodaj sekcję database do inwentarza.</translation>
    </message>
    <message>
        <source>sftp: download this run&apos;s backup into %1 on this machine, then compare its sha256</source>
        <translation>sftp: pobierz kopię zapasową tego przebiegu do %1 na tym komputerze, potem porównaj jej sha256</translation>
    </message>
    <message>
        <source>db: %1 copied to %2, sha256 matches</source>
        <translation>db: %1 skopiowano do %2, sha256 się zgadza</translation>
    </message>
</context>
<context>
    <name>nb::AnsibleImport</name>
    <message>
        <source>line %1: &apos;%2&apos; is not a [group], [group:vars] or [group:children] header</source>
        <translation>wiersz %1: &apos;%2&apos; nie jest nagłówkiem [group], [group:vars] ani [group:children]</translation>
    </message>
    <message>
        <source>line %1: expected NAME=VALUE in [%2:vars]</source>
        <translation>wiersz %1: oczekiwano NAME=VALUE w [%2:vars]</translation>
    </message>
    <message>
        <source>the YAML inventory is not a mapping of groups</source>
        <translation>inwentarz YAML nie jest mapowaniem grup</translation>
    </message>
    <message>
        <source>line %1: not valid YAML: %2</source>
        <translation>wiersz %1: nieprawidłowy YAML: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ROLE=GROUP with ROLE one of app, lb, db</source>
        <translation>&apos;%1&apos; nie ma postaci ROLE=GROUP, gdzie ROLE to app, lb lub db</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: group &apos;%2&apos; (the app nodes) has no hosts</source>
        <translation>%1: grupa &apos;%2&apos; (węzły aplikacji) nie ma hostów</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has %2 hosts; the first, %3, is the load balancer</source>
        <translation>grupa &apos;%1&apos; ma %2 hostów; pierwszy z nich, %3, jest load balancerem</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: no database section was written</source>
        <translation>grupa &apos;%1&apos; nie ma hostów: nie zapisano sekcji database</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; has no hosts: the load balancer is set to manual; add its public url</source>
        <translation>grupa &apos;%1&apos; nie ma hostów: load balancer ustawiono na manual; dodaj jego publiczny url</translation>
    </message>
</context>
<context>
    <name>nb::ChangedHostKey</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, wiersz %2</translation>
    </message>
</context>
<context>
    <name>nb::ClusterLock</name>
    <message>
        <source>lb: the lock %1 exists but cannot be read</source>
        <translation>lb: blokada %1 istnieje, ale nie można jej odczytać</translation>
    </message>
    <message>
        <source>%1: cannot use the cluster lock %2: %3</source>
        <translation>%1: nie można użyć blokady klastra %2: %3</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
</context>
<context>
    <name>nb::ClusterMonitor</name>
    <message>
        <source>connection refused</source>
        <translation>połączenie odrzucone</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>brak odpowiedzi w ciągu %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 without NocoBase&apos;s error body</source>
        <translation>HTTP %1 bez treści błędu NocoBase</translation>
    </message>
</context>
<context>
    <name>nb::ClusterSteps</name>
    <message>
        <source>Fetch the new version on every node</source>
        <translation>Pobierz nową wersję na każdy węzeł</translation>
    </message>
    <message>
        <source>Every node downloads the target version while the cluster still serves, so the maintenance window does not wait for downloads and a missing version stops the upgrade before anything changes.</source>
        <translation>Każdy węzeł pobiera wersję docelową, gdy klaster nadal obsługuje ruch, więc okno konserwacji nie czeka na pobieranie, a brakująca wersja zatrzymuje aktualizację, zanim cokolwiek się zmieni.</translation>
    </message>
    <message>
        <source>Load balancer to maintenance</source>
        <translation>Load balancer w tryb konserwacji</translation>
    </message>
    <message>
        <source>The load balancer answers every request with the 503 maintenance page. This comes before any node stops: with no node behind it nginx would answer 502 without the page. The cluster is unavailable from here until the last step.</source>
        <translation>Load balancer odpowiada na każde żądanie stroną konserwacji 503. Dzieje się to przed zatrzymaniem jakiegokolwiek węzła: bez węzłów za nim nginx odpowiedziałby 502 bez tej strony. Od tego momentu do ostatniego kroku klaster jest niedostępny.</translation>
    </message>
    <message>
        <source>maintenance page served</source>
        <translation>strona konserwacji jest serwowana</translation>
    </message>
    <message>
        <source>Load balancer back to the cluster</source>
        <translation>Load balancer z powrotem na klaster</translation>
    </message>
    <message>
        <source>Load balancer to every node</source>
        <translation>Load balancer na wszystkie węzły</translation>
    </message>
    <message>
        <source>The load balancer sends traffic to every node again; several answers in a row from its public URL prove the switch.</source>
        <translation>Load balancer znów kieruje ruch do wszystkich węzłów; kilka kolejnych odpowiedzi z jego publicznego adresu URL potwierdza przełączenie.</translation>
    </message>
    <message>
        <source>serving from every node</source>
        <translation>ruch obsługują wszystkie węzły</translation>
    </message>
    <message>
        <source>Load balancer to the one node that stays</source>
        <translation>Load balancer na jeden pozostający węzeł</translation>
    </message>
    <message>
        <source>All traffic goes to one node, so the maintenance done in NocoBase&apos;s own UI happens on the node every user talks to.</source>
        <translation>Cały ruch trafia do jednego węzła, więc konserwacja wykonywana we własnym interfejsie NocoBase odbywa się na węźle, z którym łączy się każdy użytkownik.</translation>
    </message>
    <message>
        <source>serving from %1 only</source>
        <translation>ruch obsługuje tylko %1</translation>
    </message>
    <message>
        <source>Stop every node</source>
        <translation>Zatrzymaj wszystkie węzły</translation>
    </message>
    <message>
        <source>Stop the other nodes</source>
        <translation>Zatrzymaj pozostałe węzły</translation>
    </message>
    <message>
        <source>The nodes stop; nothing is removed (no volumes, no data).</source>
        <translation>Węzły zatrzymują się; nic nie jest usuwane (ani wolumeny, ani dane).</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Utwórz kopię zapasową bazy danych</translation>
    </message>
    <message>
        <source>A dump of the database, taken with every node stopped, then read back to prove it is complete. A rollback restores exactly this dump.</source>
        <translation>Zrzut bazy danych wykonany przy zatrzymanych wszystkich węzłach, a następnie odczytany kontrolnie, aby potwierdzić jego kompletność. Wycofanie przywraca dokładnie ten zrzut.</translation>
    </message>
    <message>
        <source>Set the version on every node</source>
        <translation>Ustaw wersję na każdym węźle</translation>
    </message>
    <message>
        <source>Every node&apos;s host is configured for the new release; nothing starts yet.</source>
        <translation>Host każdego węzła zostaje skonfigurowany dla nowego wydania; nic jeszcze nie jest uruchamiane.</translation>
    </message>
    <message>
        <source>Restore the database from this run&apos;s backup</source>
        <translation>Przywróć bazę danych z kopii zapasowej tego przebiegu</translation>
    </message>
    <message>
        <source>NocoBase cannot downgrade: the database goes back to the dump taken before the version changed. Changes made since then are lost.</source>
        <translation>NocoBase nie obsługuje przejścia na starszą wersję: baza danych wraca do zrzutu wykonanego przed zmianą wersji. Zmiany wprowadzone od tego czasu zostaną utracone.</translation>
    </message>
    <message>
        <source>Start the first node and wait until it is healthy</source>
        <translation>Uruchom pierwszy węzeł i poczekaj, aż będzie sprawny</translation>
    </message>
    <message>
        <source>One node starts alone and runs the install or the migrations; the others wait, because two nodes migrating one database at once conflict. Healthy means: health check &apos;ok&apos;, the expected version in app:getInfo and no error in its log.</source>
        <translation>Jeden węzeł startuje sam i wykonuje instalację lub migracje; pozostałe czekają, bo dwa węzły migrujące jednocześnie tę samą bazę danych wchodzą w konflikt. Sprawny oznacza: sprawdzenie stanu zwraca &apos;ok&apos;, app:getInfo podaje oczekiwaną wersję, a w logu nie ma błędów.</translation>
    </message>
    <message>
        <source>Start the other nodes</source>
        <translation>Uruchom pozostałe węzły</translation>
    </message>
    <message>
        <source>Start every node</source>
        <translation>Uruchom wszystkie węzły</translation>
    </message>
    <message>
        <source>The remaining nodes start on the migrated database and must each become healthy.</source>
        <translation>Pozostałe węzły startują na zmigrowanej bazie danych i każdy z nich musi stać się sprawny.</translation>
    </message>
    <message>
        <source>Verify the first node</source>
        <translation>Zweryfikuj pierwszy węzeł</translation>
    </message>
    <message>
        <source>The first node is probed again before the others join it: health, version and log.</source>
        <translation>Pierwszy węzeł jest ponownie sprawdzany, zanim dołączą pozostałe: stan, wersja i log.</translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s the console&apos;s own steps</source>
        <translation>Niedostępność %1 s: %2 s uruchamiania NocoBase do osiągnięcia sprawności, %3 s zatrzymywania, %4 s kopii zapasowej, %5 s własnych kroków konsoli</translation>
    </message>
    <message>
        <source>Copy the backup to this computer</source>
        <translation>Skopiuj kopię zapasową na ten komputer</translation>
    </message>
    <message>
        <source>The dump is downloaded over SFTP and its sha256 compared with the backup&apos;s, so a way back survives the database host. The maintenance window lasts until it is here.</source>
        <translation>Zrzut jest pobierany przez SFTP, a jego sha256 porównywany z sha256 kopii zapasowej, więc droga powrotu przetrwa utratę hosta bazy danych. Okno konserwacji trwa, aż zrzut tu dotrze.</translation>
    </message>
    <message>
        <source>db: this run has no backup to copy</source>
        <translation>db: ten przebieg nie ma kopii zapasowej do skopiowania</translation>
    </message>
    <message>
        <source>db: copying the backup: %1 % (%2 of %3 MiB)</source>
        <translation>db: kopiowanie kopii zapasowej: %1 % (%2 z %3 MiB)</translation>
    </message>
    <message>
        <source>no folder was given for a copy</source>
        <translation>nie podano folderu na kopię</translation>
    </message>
    <message>
        <source>the run took no backup</source>
        <translation>przebieg nie wykonał kopii zapasowej</translation>
    </message>
    <message>
        <source>Downtime %1 s: %2 s starting NocoBase until healthy, %3 s stopping it, %4 s backup, %5 s waiting for you, %6 s the console&apos;s own steps</source>
        <translation>Niedostępność %1 s: %2 s uruchamiania NocoBase do osiągnięcia sprawności, %3 s zatrzymywania, %4 s kopii zapasowej, %5 s czekania na ciebie, %6 s własnych kroków konsoli</translation>
    </message>
</context>
<context>
    <name>nb::ComposeFile</name>
    <message>
        <source>the compose file has no services</source>
        <translation>plik compose nie definiuje żadnych usług</translation>
    </message>
    <message>
        <source>the compose file has no service &apos;%1&apos;</source>
        <translation>plik compose nie ma usługi &apos;%1&apos;</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no image in the compose file</source>
        <translation>usługa &apos;%1&apos; nie ma obrazu w pliku compose</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is set through a variable (%2); change the version where that variable is defined</source>
        <translation>obraz usługi &apos;%1&apos; jest ustawiany przez zmienną (%2); zmień wersję tam, gdzie ta zmienna jest zdefiniowana</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is pinned by digest (%2); change it by hand</source>
        <translation>obraz usługi &apos;%1&apos; jest przypięty przez digest (%2); zmień go ręcznie</translation>
    </message>
    <message>
        <source>the image of service &apos;%1&apos; is written in a form that cannot be edited in place</source>
        <translation>obraz usługi &apos;%1&apos; jest zapisany w postaci, której nie można edytować w miejscu</translation>
    </message>
    <message>
        <source>the compose file is not valid YAML: %1</source>
        <translation>plik compose nie jest prawidłowym YAML: %1</translation>
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
        <translation>%1: kontener jest w stanie %2 (%3)</translation>
    </message>
    <message>
        <source>no container</source>
        <translation>brak kontenera</translation>
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
        <translation>%1: projekt compose nie ma obrazu dla usługi &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1: brak pliku compose w %2</translation>
    </message>
    <message>
        <source>looking for the compose file</source>
        <translation>wyszukiwanie pliku compose</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>odczyt %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>keeping a backup of %1</source>
        <translation>zachowywanie kopii zapasowej %1</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>przywracanie %1</translation>
    </message>
    <message>
        <source>docker compose config --quiet after the version change</source>
        <translation>docker compose config --quiet po zmianie wersji</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>zapis %1</translation>
    </message>
    <message>
        <source> The previous file was restored.</source>
        <translation> Przywrócono poprzedni plik.</translation>
    </message>
    <message>
        <source> Restoring the previous file failed too: %1</source>
        <translation> Przywrócenie poprzedniego pliku również się nie powiodło: %1</translation>
    </message>
    <message>
        <source>%1: the compose project reports version %2 after the change, not %3</source>
        <translation>%1: po zmianie projekt compose podaje wersję %2, a nie %3</translation>
    </message>
    <message>
        <source>docker compose logs</source>
        <translation>docker compose logs</translation>
    </message>
    <message>
        <source>(download the compose file, change only the image tag of &apos;%1&apos; to %2, show the diff)</source>
        <translation>(pobierz plik compose, zmień tylko tag obrazu &apos;%1&apos; na %2, pokaż różnice)</translation>
    </message>
    <message>
        <source>cp -p -- %1 %1.nbconsole-TIMESTAMP</source>
        <translation>cp -p -- %1 %1.nbconsole-TIMESTAMP</translation>
    </message>
    <message>
        <source>the edited compose file</source>
        <translation>zmieniony plik compose</translation>
    </message>
    <message>
        <source>(if that fails: cp -p -- %1.nbconsole-TIMESTAMP %1)</source>
        <translation>(jeśli to się nie powiedzie: cp -p -- %1.nbconsole-TIMESTAMP %1)</translation>
    </message>
</context>
<context>
    <name>nb::CustomLoadBalancer</name>
    <message>
        <source>the status command</source>
        <translation>polecenie status</translation>
    </message>
    <message>
        <source>lb: the status command printed &apos;%1&apos;, not serve, maintenance or one-node</source>
        <translation>lb: polecenie status wypisało &apos;%1&apos;, a nie serve, maintenance ani one-node</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>włączenie konserwacji</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>wyłączenie konserwacji</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb: w inwentarzu nie ma węzła &apos;%1&apos;</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb: upstream wymaga co najmniej jednego węzła; zamiast tego użyj trybu konserwacji</translation>
    </message>
    <message>
        <source>the upstream command</source>
        <translation>polecenie upstream</translation>
    </message>
</context>
<context>
    <name>nb::CustomRuntime</name>
    <message>
        <source>%1: status exited %2: %3</source>
        <translation>%1: status zakończył się kodem %2: %3</translation>
    </message>
</context>
<context>
    <name>nb::DatabaseAdapter</name>
    <message>
        <source>creating %1</source>
        <translation>tworzenie %1</translation>
    </message>
    <message>
        <source>the database dump</source>
        <translation>zrzut bazy danych</translation>
    </message>
    <message>
        <source>reading back the dump %1</source>
        <translation>odczyt kontrolny zrzutu %1</translation>
    </message>
    <message>
        <source>db: the dump %1 is incomplete (it does not read back)</source>
        <translation>db: zrzut %1 jest niekompletny (nie daje się odczytać)</translation>
    </message>
    <message>
        <source>recording the dump&apos;s checksum and size</source>
        <translation>zapisywanie sumy kontrolnej i rozmiaru zrzutu</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>sprawdzanie %1</translation>
    </message>
    <message>
        <source>db: %1 changed since it was taken (sha256 %2, expected %3); not restoring it</source>
        <translation>db: %1 zmienił się od czasu wykonania (sha256 %2, oczekiwano %3); nie zostanie przywrócony</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>przywracanie %1</translation>
    </message>
    <message>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <source>db: df printed no free space for %1</source>
        <translation>db: df nie podało wolnego miejsca dla %1</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>pobieranie %1</translation>
    </message>
    <message>
        <source>db: cannot read back the copy %1: %2</source>
        <translation>db: nie można odczytać kopii %1: %2</translation>
    </message>
    <message>
        <source>db: the copy of %1 differs from the backup (sha256 %2, expected %3); it was removed</source>
        <translation>db: kopia %1 różni się od kopii zapasowej (sha256 %2, oczekiwano %3); usunięto ją</translation>
    </message>
</context>
<context>
    <name>nb::DatabasePassword</name>
    <message>
        <source>db: the environment variable %1 that should hold the database password is not set</source>
        <translation>db: zmienna środowiskowa %1, która powinna zawierać hasło do bazy danych, nie jest ustawiona</translation>
    </message>
    <message>
        <source>db: no password for database user %1 of cluster %2 is stored in the keychain, and none was typed</source>
        <translation>db: w pęku kluczy nie ma hasła użytkownika bazy danych %1 klastra %2 i nie wpisano żadnego</translation>
    </message>
    <message>
        <source>db: the keychain did not give the password of database user %1 (%2), and none was typed</source>
        <translation>db: pęk kluczy nie wydał hasła użytkownika bazy danych %1 (%2) i nie wpisano żadnego</translation>
    </message>
    <message>
        <source>Run the command once on a terminal to type it (it is then stored), or set database.password to env:NAME and export NAME for scripts.</source>
        <translation>Uruchom polecenie raz w terminalu, aby wpisać hasło (zostanie wtedy zapisane), albo ustaw database.password na env:NAME i wyeksportuj NAME dla skryptów.</translation>
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
        <translation>lb: HAProxy nie zgłasza żadnych serwerów w backendzie &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>lb: HAProxy refused %1: %2</source>
        <translation>lb: HAProxy odrzucił %1: %2</translation>
    </message>
    <message>
        <source>lb: after %1 HAProxy sends traffic to [%2], not [%3]</source>
        <translation>lb: po %1 HAProxy kieruje ruch do [%2], a nie [%3]</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>włączenie konserwacji</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>wyłączenie konserwacji</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb: upstream wymaga co najmniej jednego węzła; zamiast tego użyj trybu konserwacji</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb: w inwentarzu nie ma węzła &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>upstream %1</translation>
    </message>
</context>
<context>
    <name>nb::HealthCheck</name>
    <message>
        <source>ready</source>
        <translation>gotowy</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>nie nasłuchuje</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nieosiągalny: %1</translation>
    </message>
</context>
<context>
    <name>nb::HealthProbe</name>
    <message>
        <source>app:getInfo answered %1 without a version</source>
        <translation>app:getInfo odpowiedział %1 bez wersji</translation>
    </message>
</context>
<context>
    <name>nb::HostCommand</name>
    <message>
        <source>the command was not sent: %1</source>
        <translation>polecenie nie zostało wysłane: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>kod wyjścia %1: %2</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>zabity sygnałem %1</translation>
    </message>
    <message>
        <source>it did not run</source>
        <translation>nie zostało uruchomione</translation>
    </message>
    <message>
        <source>%1: %2 failed (%3)</source>
        <translation>%1: %2 nie powiodło się (%3)</translation>
    </message>
    <message>
        <source>(refused: %1)</source>
        <translation>(odmowa: %1)</translation>
    </message>
    <message>
        <source>(upload %1 to %2)</source>
        <translation>(wyślij %1 do %2)</translation>
    </message>
</context>
<context>
    <name>nb::HostKeyVerifier</name>
    <message>
        <source>%1: the host did not present a host key.</source>
        <translation>%1: host nie przedstawił klucza hosta.</translation>
    </message>
    <message>
        <source>%1: could not check the host key of %2 against %3: %4</source>
        <translation>%1: nie udało się sprawdzić klucza hosta %2 względem %3: %4</translation>
    </message>
    <message>
        <source>%1: the host key of %2 is not in %3 (%4 %5); it was not accepted.</source>
        <translation>%1: klucza hosta %2 nie ma w %3 (%4 %5); nie został zaakceptowany.</translation>
    </message>
    <message>
        <source>Check the fingerprint with the host&apos;s administrator, then accept it in the console or run the CLI with --accept-new-host-keys.</source>
        <translation>Sprawdź odcisk klucza z administratorem hosta, potem zaakceptuj go w konsoli albo uruchom CLI z --accept-new-host-keys.</translation>
    </message>
    <message>
        <source>%1: the host key was accepted but could not be saved to %2: %3</source>
        <translation>%1: klucz hosta został zaakceptowany, ale nie udało się go zapisać do %2: %3</translation>
    </message>
    <message>
        <source>%1: the host key of %2 has CHANGED (it now presents %3 %4) and does not match %5; the connection was refused because this can be an attack.</source>
        <translation>%1: klucz hosta %2 ZMIENIŁ SIĘ (teraz przedstawia %3 %4) i nie zgadza się z %5; połączenie odrzucono, ponieważ może to być atak.</translation>
    </message>
    <message>
        <source>If the host was really reinstalled, remove that line (%1) and connect again.</source>
        <translation>Jeśli host naprawdę został przeinstalowany, usuń ten wiersz (%1) i połącz się ponownie.</translation>
    </message>
</context>
<context>
    <name>nb::HostMetricsPoller</name>
    <message>
        <source>no answer over SSH</source>
        <translation>brak odpowiedzi przez SSH</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nb::HttpTunnel</name>
    <message>
        <source>the host could not open a connection to %1 for us: %2</source>
        <translation>host nie mógł otworzyć dla nas połączenia z %1: %2</translation>
    </message>
    <message>
        <source>no HTTP answer from %1 within %2 ms.</source>
        <translation>brak odpowiedzi HTTP od %1 w ciągu %2 ms.</translation>
    </message>
    <message>
        <source>%1 did not answer with HTTP (%2 bytes received).</source>
        <translation>%1 nie odpowiedział przez HTTP (odebrano %2 bajtów).</translation>
    </message>
</context>
<context>
    <name>nb::InventoryDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
    <message>
        <source>%1 is a section, not a single value</source>
        <translation>%1 jest sekcją, a nie pojedynczą wartością</translation>
    </message>
    <message>
        <source>%1 cannot be added here</source>
        <translation>%1 nie może zostać tu dodane</translation>
    </message>
    <message>
        <source>%1: the enclosing mapping does not end</source>
        <translation>%1: mapowanie nadrzędne nie ma zakończenia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>app.nodes is not a list of nodes</source>
        <translation>app.nodes nie jest listą węzłów</translation>
    </message>
    <message>
        <source>app.nodes does not end</source>
        <translation>app.nodes nie ma zakończenia</translation>
    </message>
    <message>
        <source>app.nodes is written as [ ... ]: remove the node by hand</source>
        <translation>app.nodes zapisano jako [ ... ]: usuń węzeł ręcznie</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only node; a cluster needs at least one</source>
        <translation>&apos;%1&apos; to jedyny węzeł; klaster potrzebuje co najmniej jednego</translation>
    </message>
    <message>
        <source>there is no node named &apos;%1&apos;</source>
        <translation>nie ma węzła o nazwie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>nie można zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>nb::InventoryLoader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nie można odczytać pliku: %1</translation>
    </message>
</context>
<context>
    <name>nb::JournalReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a run journal (no start event)</source>
        <translation>%1 nie jest dziennikiem przebiegu (brak zdarzenia startu)</translation>
    </message>
</context>
<context>
    <name>nb::JournalStore</name>
    <message>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>&apos;%1&apos; nie jest identyfikatorem przebiegu</translation>
    </message>
</context>
<context>
    <name>nb::KubernetesRuntime</name>
    <message>
        <source>%1: kubectl get failed: %2</source>
        <translation>%1: kubectl get nie powiodło się: %2</translation>
    </message>
    <message>
        <source>%1/%2 replicas ready</source>
        <translation>gotowe repliki: %1/%2</translation>
    </message>
</context>
<context>
    <name>nb::LoadBalancerSwitch</name>
    <message>
        <source>lb: %1 (%2 answers %3 in a row)</source>
        <translation>lb: %1 (%2 odpowiedzi %3 z rzędu)</translation>
    </message>
    <message>
        <source>lb: %1 not confirmed: the public URL answers %2, not %3</source>
        <translation>lb: %1 niepotwierdzone: publiczny adres URL odpowiada %2, a nie %3</translation>
    </message>
    <message>
        <source>Check the load balancer&apos;s configuration and log.</source>
        <translation>Sprawdź konfigurację i log load balancera.</translation>
    </message>
</context>
<context>
    <name>nb::LockHolder</name>
    <message>
        <source>%1 (run %2, since %3)</source>
        <translation>%1 (przebieg %2, od %3)</translation>
    </message>
</context>
<context>
    <name>nb::ManualLoadBalancer</name>
    <message>
        <source>Check on the load balancer which nodes get traffic and whether it shows the maintenance page.</source>
        <translation>Sprawdź na load balancerze, które węzły dostają ruch i czy wyświetla stronę konserwacji.</translation>
    </message>
    <message>
        <source>On the load balancer, answer every request with 503 and the maintenance page, so no request reaches a node. Confirm when done.</source>
        <translation>Na load balancerze odpowiadaj na każde żądanie kodem 503 i stroną konserwacji, aby żadne żądanie nie dotarło do węzła. Potwierdź po wykonaniu.</translation>
    </message>
    <message>
        <source>On the load balancer, remove the maintenance page and send traffic to the nodes again. Confirm when done.</source>
        <translation>Na load balancerze usuń stronę konserwacji i ponownie kieruj ruch do węzłów. Potwierdź po wykonaniu.</translation>
    </message>
    <message>
        <source>On the load balancer, send traffic only to: %1. Confirm when done.</source>
        <translation>Na load balancerze kieruj ruch tylko do: %1. Potwierdź po wykonaniu.</translation>
    </message>
    <message>
        <source>(by hand) %1</source>
        <translation>(ręcznie) %1</translation>
    </message>
</context>
<context>
    <name>nb::NginxLoadBalancer</name>
    <message>
        <source>reading %1</source>
        <translation>odczyt %1</translation>
    </message>
    <message>
        <source>lb: the maintenance page is missing from this build</source>
        <translation>lb: w tej kompilacji brakuje strony konserwacji</translation>
    </message>
    <message>
        <source>uploading the maintenance page</source>
        <translation>wysyłanie strony konserwacji</translation>
    </message>
    <message>
        <source>maintenance on</source>
        <translation>włączenie konserwacji</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>wyłączenie konserwacji</translation>
    </message>
    <message>
        <source>lb: an upstream needs at least one node; use maintenance instead</source>
        <translation>lb: upstream wymaga co najmniej jednego węzła; zamiast tego użyj trybu konserwacji</translation>
    </message>
    <message>
        <source>lb: there is no node &apos;%1&apos; in the inventory</source>
        <translation>lb: w inwentarzu nie ma węzła &apos;%1&apos;</translation>
    </message>
    <message>
        <source>upstream %1</source>
        <translation>upstream %1</translation>
    </message>
    <message>
        <source> The previous files were restored.</source>
        <translation> Przywrócono poprzednie pliki.</translation>
    </message>
    <message>
        <source> Restoring %1 failed: fix it by hand.</source>
        <translation> Przywrócenie %1 nie powiodło się: napraw to ręcznie.</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>zapis %1</translation>
    </message>
    <message>
        <source>lb: nginx refused the new configuration (%1): %2.%3</source>
        <translation>lb: nginx odrzucił nową konfigurację (%1): %2.%3</translation>
    </message>
    <message>
        <source>nginx -s reload</source>
        <translation>nginx -s reload</translation>
    </message>
    <message>
        <source>lb: %1 changed again right after the switch; another operator may be at work</source>
        <translation>lb: %1 zmienił się ponownie tuż po przełączeniu; możliwe, że pracuje inny operator</translation>
    </message>
    <message>
        <source>(if that fails: put back the previous %1)</source>
        <translation>(jeśli to się nie powiedzie: przywróć poprzedni %1)</translation>
    </message>
    <message>
        <source>(read %1 and %2)</source>
        <translation>(odczytaj %1 i %2)</translation>
    </message>
    <message>
        <source>the maintenance page</source>
        <translation>strona konserwacji</translation>
    </message>
    <message>
        <source>the maintenance mode (503 + page)</source>
        <translation>tryb konserwacji (503 + strona)</translation>
    </message>
    <message>
        <source>the serve mode</source>
        <translation>tryb obsługi ruchu (serve)</translation>
    </message>
    <message>
        <source>server lines for %1</source>
        <translation>wiersze server dla %1</translation>
    </message>
</context>
<context>
    <name>nb::NodeReadiness</name>
    <message>
        <source>Read the node&apos;s log; the node stays in this state until it is restarted.</source>
        <translation>Przeczytaj log węzła; węzeł pozostanie w tym stanie do ponownego uruchomienia.</translation>
    </message>
    <message>
        <source>%1: not ready yet (%2)</source>
        <translation>%1: jeszcze niegotowy (%2)</translation>
    </message>
    <message>
        <source>%1: answers health checks but reports version %2 instead of %3</source>
        <translation>%1: odpowiada na sprawdzenia stanu, ale podaje wersję %2 zamiast %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>%1: error in the log since the start: %2</source>
        <translation>%1: błąd w logu od uruchomienia: %2</translation>
    </message>
    <message>
        <source>Check the node&apos;s log before sending traffic to it.</source>
        <translation>Sprawdź log węzła, zanim skierujesz do niego ruch.</translation>
    </message>
    <message>
        <source>%1: healthy, version %2</source>
        <translation>%1: sprawny, wersja %2</translation>
    </message>
    <message>
        <source>%1: the node stopped while starting</source>
        <translation>%1: węzeł zatrzymał się podczas uruchamiania</translation>
    </message>
    <message>
        <source>Read the node&apos;s log for why it exited.</source>
        <translation>Przeczytaj log węzła, aby ustalić, dlaczego się zakończył.</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1: cancelled while waiting for the node</source>
        <translation>%1: anulowano podczas oczekiwania na węzeł</translation>
    </message>
    <message>
        <source>%1: not healthy after %2 s (last answer: %3 %4)</source>
        <translation>%1: niesprawny po %2 s (ostatnia odpowiedź: %3 %4)</translation>
    </message>
    <message>
        <source>Look at the node&apos;s log; retry to wait longer.</source>
        <translation>Sprawdź log węzła; ponów, aby czekać dłużej.</translation>
    </message>
    <message>
        <source>%1: cannot read the installed release: %2</source>
        <translation>%1: nie można odczytać zainstalowanego wydania: %2</translation>
    </message>
    <message>
        <source>%1: the host has release %2, not %3; the node was not started</source>
        <translation>%1: host ma wydanie %2, a nie %3; węzeł nie został uruchomiony</translation>
    </message>
    <message>
        <source>Set the release on the host to %1 first.</source>
        <translation>Najpierw ustaw na hoście wydanie %1.</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>jeszcze brak odpowiedzi</translation>
    </message>
</context>
<context>
    <name>nb::Pm2Runtime</name>
    <message>
        <source>%1: pm2 jlist failed (exit code %2)</source>
        <translation>%1: pm2 jlist nie powiodło się (kod wyjścia %2)</translation>
    </message>
    <message>
        <source>%1: pm2 jlist did not print a JSON list</source>
        <translation>%1: pm2 jlist nie wypisało listy JSON</translation>
    </message>
    <message>
        <source>%1: pm2 reports &apos;%2&apos;</source>
        <translation>%1: pm2 zgłasza &apos;%2&apos;</translation>
    </message>
    <message>
        <source>pm2 has no process &apos;%1&apos;</source>
        <translation>pm2 nie ma procesu &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>nb::Preflight</name>
    <message>
        <source>Preflight: cluster, target version, backup space</source>
        <translation>Kontrola wstępna: klaster, wersja docelowa, miejsce na kopię zapasową</translation>
    </message>
    <message>
        <source>upgrade: %1</source>
        <translation>upgrade: %1</translation>
    </message>
    <message>
        <source>Name an exact release with --to.</source>
        <translation>Podaj dokładne wydanie za pomocą --to.</translation>
    </message>
    <message>
        <source>%1: runs %2, newer than %3; NocoBase cannot downgrade</source>
        <translation>%1: działa w wersji %2, nowszej niż %3; NocoBase nie obsługuje przejścia na starszą wersję</translation>
    </message>
    <message>
        <source>Roll back with the backup of the upgrade that brought %1.</source>
        <translation>Wycofaj, używając kopii zapasowej z aktualizacji, która wprowadziła %1.</translation>
    </message>
    <message>
        <source>Every node already runs %1; nothing to do.</source>
        <translation>Każdy węzeł ma już %1; nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Warning: %1 -&gt; %2 crosses %3 minor versions; NocoBase migrations have failed on skipped versions. Consider an intermediate release.</source>
        <translation>Uwaga: %1 -&gt; %2 przeskakuje %3 wersji pomocniczych; migracje NocoBase zawodziły przy pominiętych wersjach. Rozważ wydanie pośrednie.</translation>
    </message>
    <message>
        <source>Preflight: cluster and release</source>
        <translation>Kontrola wstępna: klaster i wydanie</translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 has %4; every node must run the same release</source>
        <translation>%1: ma wydanie %2, ale %3 ma %4; wszystkie węzły muszą mieć to samo wydanie</translation>
    </message>
    <message>
        <source>Every node already runs %1 and is healthy; nothing to do.</source>
        <translation>Każdy węzeł ma już %1 i jest sprawny; nie ma nic do zrobienia.</translation>
    </message>
    <message>
        <source>Release %1 on every node</source>
        <translation>Wydanie %1 na każdym węźle</translation>
    </message>
    <message>
        <source>Preflight: cluster and the node that stays</source>
        <translation>Kontrola wstępna: klaster i pozostający węzeł</translation>
    </message>
    <message>
        <source>%1: the node that stays is not healthy (%2 %3)</source>
        <translation>%1: pozostający węzeł nie jest sprawny (%2 %3)</translation>
    </message>
    <message>
        <source>%1: has release %2 but %3 runs %4; it would change the database&apos;s version when it starts</source>
        <translation>%1: ma wydanie %2, ale %3 działa w wersji %4; po uruchomieniu zmieniłby wersję bazy danych</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureCatalog</name>
    <message>
        <source>First start</source>
        <translation>Pierwsze uruchomienie</translation>
    </message>
    <message>
        <source>Version upgrade</source>
        <translation>Aktualizacja wersji</translation>
    </message>
    <message>
        <source>Rollback to the previous version</source>
        <translation>Wycofanie do poprzedniej wersji</translation>
    </message>
    <message>
        <source>In-app maintenance: scale down to one node</source>
        <translation>Konserwacja w aplikacji: zmniejsz do jednego węzła</translation>
    </message>
    <message>
        <source>In-app maintenance: back to every node</source>
        <translation>Konserwacja w aplikacji: powrót do wszystkich węzłów</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureRunner</name>
    <message>
        <source>nothing to do</source>
        <translation>nic do zrobienia</translation>
    </message>
    <message>
        <source>%1: the operator declined; the step did not run.</source>
        <translation>%1: operator odmówił; krok nie został wykonany.</translation>
    </message>
    <message>
        <source>Run &apos;nbconsole-cli resume&apos; to continue or &apos;nbconsole-cli rollback&apos; to go back.</source>
        <translation>Uruchom &apos;nbconsole-cli resume&apos;, aby kontynuować, lub &apos;nbconsole-cli rollback&apos;, aby wycofać zmiany.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>%1: cancelled by the operator.</source>
        <translation>%1: anulowane przez operatora.</translation>
    </message>
    <message>
        <source>The journal cannot be written: %1</source>
        <translation>Nie można zapisać dziennika: %1</translation>
    </message>
    <message>
        <source>Free disk space or fix the permissions, then resume the run.</source>
        <translation>Zwolnij miejsce na dysku lub popraw uprawnienia, potem wznów przebieg.</translation>
    </message>
    <message>
        <source>%1 The cluster was rolled back.</source>
        <translation>%1 Klaster został wycofany.</translation>
    </message>
    <message>
        <source>Fix the cause, then run &apos;nbconsole-cli rollback&apos; again.</source>
        <translation>Usuń przyczynę, potem ponownie uruchom &apos;nbconsole-cli rollback&apos;.</translation>
    </message>
    <message>
        <source>The cluster was left as it is. Run &apos;nbconsole-cli rollback&apos; to restore the previous version and database, or fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation>Klaster pozostawiono bez zmian. Uruchom &apos;nbconsole-cli rollback&apos;, aby przywrócić poprzednią wersję i bazę danych, albo usuń przyczynę i uruchom &apos;nbconsole-cli resume&apos;.</translation>
    </message>
    <message>
        <source>The cluster was left as it is. Fix the cause and run &apos;nbconsole-cli resume&apos;.</source>
        <translation>Klaster pozostawiono bez zmian. Usuń przyczynę i uruchom &apos;nbconsole-cli resume&apos;.</translation>
    </message>
    <message>
        <source>This procedure has no rollback.</source>
        <translation>Ta procedura nie ma wycofania.</translation>
    </message>
    <message>
        <source>Rolling back: %1</source>
        <translation>Wycofywanie: %1</translation>
    </message>
    <message>
        <source>The rollback failed: %1</source>
        <translation>Wycofanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>The cluster was rolled back.</source>
        <translation>Klaster został wycofany.</translation>
    </message>
</context>
<context>
    <name>nb::ProcedureSession</name>
    <message>
        <source>Wait for that run to finish; if it is stale, run &apos;nbconsole-cli unlock&apos;.</source>
        <translation>Poczekaj, aż tamto uruchomienie się skończy; jeśli blokada jest nieaktualna, uruchom &apos;nbconsole-cli unlock&apos;.</translation>
    </message>
    <message>
        <source>Check that %1 (%2), which keeps the cluster lock, is reachable over SSH.</source>
        <translation>Sprawdź, czy %1 (%2), na którym jest blokada klastra, jest osiągalny przez SSH.</translation>
    </message>
    <message>
        <source>%1: the cluster %2 is locked by %3.</source>
        <translation>%1: klaster %2 jest zablokowany przez %3.</translation>
    </message>
</context>
<context>
    <name>nb::RemoteCommand</name>
    <message>
        <source>the command was not run: %1</source>
        <translation>polecenie nie zostało uruchomione: %1</translation>
    </message>
    <message>
        <source>could not open a session channel on %1: %2</source>
        <translation>nie udało się otworzyć kanału sesji na %1: %2</translation>
    </message>
    <message>
        <source>the host refused to run the command: %1</source>
        <translation>host odmówił uruchomienia polecenia: %1</translation>
    </message>
    <message>
        <source>the command was cancelled.</source>
        <translation>polecenie zostało anulowane.</translation>
    </message>
    <message>
        <source>the command did not finish within %1 s and was stopped.</source>
        <translation>polecenie nie zakończyło się w ciągu %1 s i zostało przerwane.</translation>
    </message>
    <message>
        <source>the connection to %1 dropped while the command ran (%2).</source>
        <translation>połączenie z %1 zostało zerwane w trakcie wykonywania polecenia (%2).</translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation>brak odpowiedzi przez %1 s</translation>
    </message>
    <message>
        <source>the command was killed by signal %1.</source>
        <translation>polecenie zostało zabite sygnałem %1.</translation>
    </message>
    <message>
        <source>the command exited with code %1.</source>
        <translation>polecenie zakończyło się kodem %1.</translation>
    </message>
    <message>
        <source>the host closed the channel without an exit status.</source>
        <translation>host zamknął kanał bez podania kodu wyjścia.</translation>
    </message>
    <message>
        <source>the command exited with code %1: %2</source>
        <translation>polecenie zakończyło się kodem %1: %2</translation>
    </message>
</context>
<context>
    <name>nb::ResumePlan</name>
    <message>
        <source>lb: state unknown (%1)</source>
        <translation>lb: stan nieznany (%1)</translation>
    </message>
    <message>
        <source>the load balancer is still in maintenance</source>
        <translation>load balancer nadal jest w trybie konserwacji</translation>
    </message>
    <message>
        <source>the load balancer sends traffic to %1 only</source>
        <translation>load balancer kieruje ruch tylko do %1</translation>
    </message>
    <message>
        <source>the load balancer serves from every node</source>
        <translation>ruch z load balancera obsługują wszystkie węzły</translation>
    </message>
    <message>
        <source>the cluster is not locked</source>
        <translation>klaster nie jest zablokowany</translation>
    </message>
    <message>
        <source>the cluster lock is held by %1</source>
        <translation>blokadę klastra trzyma %1</translation>
    </message>
    <message>
        <source>the load balancer is switched by hand: check whether it is in maintenance</source>
        <translation>load balancer jest przełączany ręcznie: sprawdź, czy jest w trybie konserwacji</translation>
    </message>
</context>
<context>
    <name>nb::RunJournal</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>nie można utworzyć folderu dla %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>nie można zachować %1: %2</translation>
    </message>
    <message>
        <source>%1 is being written by another console that is still running</source>
        <translation>%1 jest zapisywany przez inną konsolę, która nadal działa</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>nie można zablokować %1: %2</translation>
    </message>
</context>
<context>
    <name>nb::RunReport</name>
    <message>
        <source>Run %1</source>
        <translation>Przebieg %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Przebieg</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Target version</source>
        <translation>Wersja docelowa</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inwentarz</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończono</translation>
    </message>
    <message>
        <source>Rollback: </source>
        <translation>Wycofanie: </translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>kod wyjścia %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier line(s) are in the journal)</source>
        <translation>
            <numerusform>(%n wcześniejszy wiersz jest w dzienniku)</numerusform>
            <numerusform>(%n wcześniejsze wiersze są w dzienniku)</numerusform>
            <numerusform>(%n wcześniejszych wierszy jest w dzienniku)</numerusform>
        </translation>
    </message>
    <message>
        <source>Operator decisions</source>
        <translation>Decyzje operatora</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>nie można zapisać %1</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing to fetch ahead for the %1 runtime</source>
        <translation>nie ma nic do wcześniejszego pobrania dla środowiska %1</translation>
    </message>
    <message>
        <source>fetching %1</source>
        <translation>pobieranie %1</translation>
    </message>
    <message>
        <source>reading the installed release</source>
        <translation>odczyt zainstalowanego wydania</translation>
    </message>
    <message>
        <source>%1: reading the installed release gave no version</source>
        <translation>%1: odczyt zainstalowanego wydania nie zwrócił wersji</translation>
    </message>
    <message>
        <source>%1: the %2 runtime has no set_version command in the inventory; install %3 on the host by hand</source>
        <translation>%1: środowisko %2 nie ma w inwentarzu polecenia set_version; zainstaluj %3 na hoście ręcznie</translation>
    </message>
    <message>
        <source>changing the release to %1</source>
        <translation>zmiana wydania na %1</translation>
    </message>
    <message>
        <source>undoing the change</source>
        <translation>cofanie zmiany</translation>
    </message>
    <message>
        <source> The change was undone.</source>
        <translation> Zmiana została cofnięta.</translation>
    </message>
    <message>
        <source> Undoing it failed too: %1</source>
        <translation> Cofnięcie również się nie powiodło: %1</translation>
    </message>
    <message>
        <source>%1: the host reports release %2 after the change, not %3</source>
        <translation>%1: po zmianie host podaje wydanie %2, a nie %3</translation>
    </message>
    <message>
        <source>reading the logs</source>
        <translation>odczyt logów</translation>
    </message>
</context>
<context>
    <name>nb::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s (is it locked?); the password will be asked each time</source>
        <translation>pęk kluczy nie odpowiedział w ciągu %1 s (czy jest zablokowany?); hasło będzie pytane za każdym razem</translation>
    </message>
</context>
<context>
    <name>nb::SftpTransfer</name>
    <message>
        <source>could not find the home directory for %1: %2</source>
        <translation>nie udało się ustalić katalogu domowego dla %1: %2</translation>
    </message>
    <message>
        <source>could not create %1: %2</source>
        <translation>nie udało się utworzyć %1: %2</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>could not replace %1: %2</source>
        <translation>nie udało się zastąpić %1: %2</translation>
    </message>
    <message>
        <source>could not open %1: %2</source>
        <translation>nie udało się otworzyć %1: %2</translation>
    </message>
    <message>
        <source>could not write the local file %1: %2</source>
        <translation>nie udało się zapisać pliku lokalnego %1: %2</translation>
    </message>
    <message>
        <source>reading %1 failed after %2 bytes: %3</source>
        <translation>odczyt %1 nie powiódł się po %2 bajtach: %3</translation>
    </message>
</context>
<context>
    <name>nb::ShellCommand</name>
    <message>
        <source>the command contains a NUL character</source>
        <translation>polecenie zawiera znak NUL</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>polecenie jest puste</translation>
    </message>
    <message>
        <source>unknown placeholder {%1}</source>
        <translation>nieznany symbol zastępczy {%1}</translation>
    </message>
    <message>
        <source>{%1}: %2</source>
        <translation>{%1}: %2</translation>
    </message>
    <message>
        <source>the value contains a NUL character</source>
        <translation>wartość zawiera znak NUL</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>wartość jest dłuższa niż %1 znaków</translation>
    </message>
    <message>
        <source>the version is empty</source>
        <translation>wersja jest pusta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid version (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos; only)</source>
        <translation>&apos;%1&apos; nie jest prawidłową wersją (tylko litery, cyfry, &apos;.&apos;, &apos;-&apos; i &apos;_&apos;)</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>ścieżka jest pusta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>&apos;%1&apos; nie jest ścieżką bezwzględną</translation>
    </message>
    <message>
        <source>the path contains a line break</source>
        <translation>ścieżka zawiera znak końca wiersza</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains &apos;..&apos;</source>
        <translation>&apos;%1&apos; zawiera &apos;..&apos;</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nazwa jest pusta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;@&apos;, &apos;:&apos;)</source>
        <translation>&apos;%1&apos; nie jest prawidłową nazwą (litery, cyfry, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;@&apos;, &apos;:&apos;)</translation>
    </message>
    <message>
        <source>the command is longer than %1 bytes</source>
        <translation>polecenie jest dłuższe niż %1 bajtów</translation>
    </message>
</context>
<context>
    <name>nb::SshAuthenticator</name>
    <message>
        <source>%1: the host closed the connection during login: %2</source>
        <translation>%1: host zamknął połączenie podczas logowania: %2</translation>
    </message>
    <message>
        <source>%1: could not log in as %2 (tried: %3).</source>
        <translation>%1: nie udało się zalogować jako %2 (próbowano: %3).</translation>
    </message>
    <message>
        <source>nothing the host accepts</source>
        <translation>nic, co host akceptuje</translation>
    </message>
    <message>
        <source>ssh-agent</source>
        <translation>ssh-agent</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>klucz %1</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Nie można odczytać pliku klucza %1.</translation>
    </message>
    <message>
        <source>The key %1 is encrypted and the passphrase was wrong or not given.</source>
        <translation>Klucz %1 jest zaszyfrowany, a hasło klucza było błędne lub go nie podano.</translation>
    </message>
    <message>
        <source>The key file %1 is not a private key libssh can read.</source>
        <translation>Plik klucza %1 nie jest kluczem prywatnym, który libssh potrafi odczytać.</translation>
    </message>
    <message>
        <source>(a key from ssh_config or ~/.ssh)</source>
        <translation>(klucz z ssh_config lub ~/.ssh)</translation>
    </message>
    <message>
        <source>keys from ssh_config and ~/.ssh</source>
        <translation>klucze z ssh_config i ~/.ssh</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>Hasło dla %1@%2:</translation>
    </message>
    <message>
        <source>password</source>
        <translation>hasło</translation>
    </message>
    <message>
        <source>keyboard-interactive</source>
        <translation>keyboard-interactive</translation>
    </message>
</context>
<context>
    <name>nb::SshConnection</name>
    <message>
        <source>%1: no host name is set.</source>
        <translation>%1: nie ustawiono nazwy hosta.</translation>
    </message>
    <message>
        <source>%1: the SSH configuration %2 could not be read: %3</source>
        <translation>%1: nie udało się odczytać konfiguracji SSH %2: %3</translation>
    </message>
    <message>
        <source>%1: could not create an SSH session (out of memory).</source>
        <translation>%1: nie udało się utworzyć sesji SSH (brak pamięci).</translation>
    </message>
    <message>
        <source>%1: could not connect to %2: %3</source>
        <translation>%1: nie udało się połączyć z %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nie podano przyczyny</translation>
    </message>
</context>
<context>
    <name>nb::SshPool</name>
    <message>
        <source>cancelled before it started.</source>
        <translation>anulowano przed rozpoczęciem.</translation>
    </message>
</context>
<context>
    <name>nb::SystemdRuntime</name>
    <message>
        <source>%1: units are %2</source>
        <translation>%1: jednostki są w stanie %2</translation>
    </message>
</context>
<context>
    <name>nb::VersionPolicy</name>
    <message>
        <source>&apos;%1&apos; is a floating tag, not a release; a cluster upgrade needs an exact version such as 2.2.15</source>
        <translation>&apos;%1&apos; to tag ruchomy, a nie wydanie; aktualizacja klastra wymaga dokładnej wersji, np. 2.2.15</translation>
    </message>
</context>
<context>
    <name>nb::YamlMappingReader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>oczekiwano mapowania kluczy na wartości</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>nieznany klucz</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>oczekiwano wartości tekstowej</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>expected a text value or a list of them</source>
        <translation>oczekiwano wartości tekstowej lub ich listy</translation>
    </message>
    <message>
        <source>expected a port number between 1 and 65535</source>
        <translation>oczekiwano numeru portu z zakresu od 1 do 65535</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; nie jest jedną z wartości: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>jest wymagane</translation>
    </message>
    <message>
        <source>is required %1</source>
        <translation>jest wymagane %1</translation>
    </message>
</context>
<context>
    <name>nb::YamlTextEdit</name>
    <message>
        <source>the value&apos;s place in the file is not known</source>
        <translation>miejsce wartości w pliku jest nieznane</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>niezamknięty cudzysłów w wartości</translation>
    </message>
    <message>
        <source>a block scalar (| or &gt;) cannot be edited in place</source>
        <translation>wartości blokowej (| lub &gt;) nie można edytować w miejscu</translation>
    </message>
    <message>
        <source>a value written over several lines cannot be edited in place</source>
        <translation>wartości zapisanej w kilku wierszach nie można edytować w miejscu</translation>
    </message>
</context>
</TS>
