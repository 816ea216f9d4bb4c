#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

// The lab as the procedure tests see it: lab.py to reset and shape it, the inventory
// for the real nbconsole-cli, and the outside views an operator would check (HTTP
// answers of the load balancer and the nodes, rows in PostgreSQL, the lock file).
struct ProcedureLab
{
    struct Cli
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString dir;
    QString labPy;
    QString inventory;
    QString lbUrl;
    QString lockPath;
    QString backupDir;
    QString dbHost;
    int dbPort = 0;
    QString dbName;
    QString dbUser;
    QString dbPassword;
    QStringList nodeUrls; // http://address:port/api/ per node
    QTemporaryDir data;   // the CLI's journal lives here (XDG_DATA_HOME)

    bool load()
    {
        dir = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NBLAB_DIR"));
        QFile file(dir + QStringLiteral("/lab.json"));
        if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject lab = QJsonDocument::fromJson(file.readAll()).object();
        labPy = lab.value(QStringLiteral("lab_py")).toString();
        inventory = lab.value(QStringLiteral("inventory")).toString();
        const QJsonObject lb = lab.value(QStringLiteral("lb")).toObject();
        lbUrl = lb.value(QStringLiteral("url")).toString();
        lockPath = lb.value(QStringLiteral("lock_path")).toString();
        const QJsonObject db = lab.value(QStringLiteral("db")).toObject();
        backupDir = db.value(QStringLiteral("backup_dir")).toString();
        dbHost = db.value(QStringLiteral("host")).toString();
        dbPort = db.value(QStringLiteral("port")).toInt();
        dbName = db.value(QStringLiteral("name")).toString();
        dbUser = db.value(QStringLiteral("user")).toString();
        dbPassword = db.value(QStringLiteral("password")).toString();
        for (const auto &value : lab.value(QStringLiteral("apps")).toArray()) {
            const QJsonObject app = value.toObject();
            nodeUrls.append(QStringLiteral("http://%1:%2/api/")
                                .arg(app.value(QStringLiteral("address")).toString())
                                .arg(app.value(QStringLiteral("http_port")).toInt()));
        }
        return !labPy.isEmpty() && !nodeUrls.isEmpty();
    }

    bool labCommand(const QStringList &arguments) const
    {
        QProcess process;
        process.start(QStringLiteral("/usr/bin/python3"), QStringList{labPy} + arguments);
        return process.waitForFinished(180000) && process.exitCode() == 0;
    }
    bool reset() const { return labCommand({QStringLiteral("reset"), QStringLiteral("--dir"), dir}); }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        return env;
    }

    Cli cli(const QStringList &arguments, int timeoutMs = 300000) const
    {
        QProcess process;
        process.setProcessEnvironment(cliEnvironment());
        process.start(QStringLiteral(NB_CLI_PATH), QStringList{QStringLiteral("--inventory"), inventory} + arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // status code (0 when nothing answered) and body of a GET.
    static QPair<int, QByteArray> get(const QString &url, int timeoutMs = 3000)
    {
        QNetworkAccessManager manager;
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }
    int lbStatus() const { return get(lbUrl + QStringLiteral("api/__health_check")).first; }
    int healthyNodes() const
    {
        int healthy = 0;
        for (const QString &url : nodeUrls) {
            const auto answer = get(url + QStringLiteral("__health_check"));
            healthy += answer.first == 200 && answer.second == "ok" ? 1 : 0;
        }
        return healthy;
    }
    int answeringNodes() const
    {
        int answering = 0;
        for (const QString &url : nodeUrls)
            answering += get(url + QStringLiteral("__health_check")).first ? 1 : 0;
        return answering;
    }
    QStringList versions() const
    {
        QStringList result;
        for (const QString &url : nodeUrls) {
            const auto answer = get(url + QStringLiteral("app:getInfo"));
            result.append(QJsonDocument::fromJson(answer.second).object().value(QStringLiteral("data")).toObject()
                              .value(QStringLiteral("version")).toString());
        }
        return result;
    }

    QString sql(const QString &statement) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), dbPassword);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("psql"), {QStringLiteral("-h"), dbHost, QStringLiteral("-p"), QString::number(dbPort),
                                               QStringLiteral("-U"), dbUser, QStringLiteral("-d"), dbName,
                                               QStringLiteral("-AtX"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-c"), statement});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    // Rows and an order-independent checksum of the data a user wrote.
    QString usersFingerprint() const
    {
        return sql(QStringLiteral("SELECT count(*) || ':' || md5(string_agg(email || nickname, ',' ORDER BY id)) "
                                  "FROM users"));
    }
    void writeUsers(int count) const
    {
        sql(QStringLiteral("INSERT INTO users (email, nickname, password) SELECT 'u' || g || '@lab', 'user ' || g, 'x' "
                           "FROM generate_series(1, %1) g").arg(count));
    }

    QJsonArray runs() const
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("runs"), QStringLiteral("--json")}).out.toUtf8()).array();
    }
};
